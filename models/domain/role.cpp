#include "role.h"

#include <initializer_list>

namespace {

constexpr Role allRoles[] = {Role::Admin, Role::Manager, Role::Clerk, Role::Cashier};

} // namespace

QString RoleNames::key(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Cashier:
        return QStringLiteral("cashier");
    }
    return {};
}

std::optional<Role> RoleNames::fromKey(const QString& text)
{
    for (Role role : allRoles) {
        if (key(role) == text)
            return role;
    }
    return std::nullopt;
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Manager:
        return tr("Manager");
    case Role::Clerk:
        return tr("Warehouse clerk");
    case Role::Cashier:
        return tr("Cashier");
    }
    return {};
}

QString RoleNames::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewCatalogue:
        return tr("view the catalogue");
    case Permission::ViewCosts:
        return tr("see cost prices");
    case Permission::EditGoods:
        return tr("edit goods");
    case Permission::ChangePrices:
        return tr("change prices");
    case Permission::ArchiveGoods:
        return tr("archive goods");
    case Permission::ManageCategories:
        return tr("manage categories");
    case Permission::ManageUsers:
        return tr("manage staff accounts");
    case Permission::ViewAudit:
        return tr("see the audit log");
    case Permission::ManageDatabase:
        return tr("manage the database");
    case Permission::ReceiveStock:
        return tr("receive stock");
    case Permission::MoveStock:
        return tr("move stock");
    case Permission::CountStock:
        return tr("count stock");
    case Permission::Sell:
        return tr("take orders");
    case Permission::TakePayments:
        return tr("take payments");
    case Permission::Refund:
        return tr("refund orders");
    case Permission::ManageCustomers:
        return tr("manage customers");
    case Permission::MergeCustomers:
        return tr("merge customers");
    case Permission::ManageSuppliers:
        return tr("manage suppliers");
    case Permission::ManagePurchasing:
        return tr("manage purchase orders");
    case Permission::ManageWarehouses:
        return tr("manage warehouses");
    case Permission::ViewReports:
        return tr("view sales analysis");
    }
    return {};
}

bool roleHas(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return permission != P::ManageUsers && permission != P::ManageDatabase;
    case Role::Clerk:
        for (P allowed : {P::ViewCatalogue, P::ReceiveStock, P::MoveStock, P::CountStock}) {
            if (permission == allowed)
                return true;
        }
        return false;
    case Role::Cashier:
        for (P allowed : {P::ViewCatalogue, P::Sell, P::TakePayments, P::ManageCustomers}) {
            if (permission == allowed)
                return true;
        }
        return false;
    }
    return false;
}
