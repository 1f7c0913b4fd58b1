#include "areas.h"

#include "audit/auditview.h"
#include "categories/categoriesview.h"
#include "common/workspace.h"
#include "customers/customersview.h"
#include "goods/goodsview.h"
#include "suppliers/suppliersview.h"
#include "users/staffview.h"

#include <QCoreApplication>

namespace Areas {

const QList<AreaDescriptor>& all()
{
    static const QList<AreaDescriptor> areas = {
        {QStringLiteral("goods"), QT_TRANSLATE_NOOP("Areas", "Goods"), QStringLiteral("view-list-details"),
         Permission::ViewCatalogue, QKeySequence(Qt::CTRL | Qt::Key_1),
         [](const Workspace& workspace) -> AreaView* { return new GoodsView(workspace); }},
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("Areas", "Categories"), QStringLiteral("folder"),
         Permission::ManageCategories, QKeySequence(Qt::CTRL | Qt::Key_2),
         [](const Workspace& workspace) -> AreaView* { return new CategoriesView(workspace); }},
        {QStringLiteral("suppliers"), QT_TRANSLATE_NOOP("Areas", "Suppliers"),
         QStringLiteral("x-office-address-book"), Permission::ManageSuppliers,
         QKeySequence(Qt::CTRL | Qt::Key_3),
         [](const Workspace& workspace) -> AreaView* { return new SuppliersView(workspace); }},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("Areas", "Customers"),
         QStringLiteral("x-office-address-book"), Permission::ManageCustomers,
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](const Workspace& workspace) -> AreaView* { return new CustomersView(workspace); }},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("Areas", "Staff"), QStringLiteral("system-users"),
         Permission::ManageUsers, QKeySequence(Qt::CTRL | Qt::Key_5),
         [](const Workspace& workspace) -> AreaView* { return new StaffView(workspace); }},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("Areas", "Audit log"),
         QStringLiteral("document-open-recent"), Permission::ViewAudit, QKeySequence(Qt::CTRL | Qt::Key_6),
         [](const Workspace& workspace) -> AreaView* { return new AuditView(workspace); }},
    };
    return areas;
}

} // namespace Areas
