#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// Who a staff account is (DESIGN.md, "Who uses it"). The database stores the key.
enum class Role
{
    Admin,
    Manager,
    Clerk,
    Cashier
};

// What a service checks before it acts. A role grants a fixed set; checked in services, so a view
// that forgets to hide a button still cannot do what the role does not allow.
enum class Permission
{
    ViewCatalogue,
    ViewCosts, // cost prices and margins: manager information
    EditGoods,
    ChangePrices,
    ArchiveGoods,
    ManageCategories,
    ManageUsers,
    ManageDatabase,
    ReceiveStock,
    MoveStock,
    CountStock,
    Sell,
    TakePayments,
    Refund,
    ManageCustomers,
    MergeCustomers,
    ManageSuppliers,
    ManagePurchasing,
    ManageWarehouses, // create, rename and archive warehouses
    ViewReports,
    ViewAudit, // who changed what: administrators and managers
};

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    static QString displayName(Role role);
    static QString permissionName(Permission permission);
};

bool roleHas(Role role, Permission permission);
