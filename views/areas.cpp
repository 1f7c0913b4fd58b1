#include "areas.h"

#include "common/workspace.h"
#include "customers/customersview.h"
#include "goods/goodsview.h"

#include <QCoreApplication>

namespace Areas {

const QList<AreaDescriptor>& all()
{
    static const QList<AreaDescriptor> areas = {
        {QStringLiteral("goods"), QT_TRANSLATE_NOOP("Areas", "Goods"), QStringLiteral("view-list-details"),
         Permission::ViewCatalogue, QKeySequence(Qt::CTRL | Qt::Key_1),
         [](const Workspace& workspace) -> AreaView* { return new GoodsView(workspace); }},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("Areas", "Customers"),
         QStringLiteral("x-office-address-book"), Permission::ManageCustomers,
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](const Workspace& workspace) -> AreaView* { return new CustomersView(workspace); }},
    };
    return areas;
}

} // namespace Areas
