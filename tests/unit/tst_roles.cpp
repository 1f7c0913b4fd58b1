#include "domain/session.h"

#include <QTest>

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void permissions_data();
    void permissions();
    void refusalNamesRoleAndAction();
    void keysRoundTrip();
};

void TestRoles::permissions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    using P = Permission;
    const struct
    {
        P permission;
        bool admin, manager, clerk, cashier;
    } matrix[] = {
        {P::ViewCatalogue, true, true, true, true},
        {P::EditGoods, true, true, false, false},
        {P::ChangePrices, true, true, false, false},
        {P::ArchiveGoods, true, true, false, false},
        {P::ManageUsers, true, false, false, false},
        {P::ManageDatabase, true, false, false, false},
        {P::ReceiveStock, true, true, true, false},
        {P::CountStock, true, true, true, false},
        {P::Sell, true, true, false, true},
        {P::TakePayments, true, true, false, true},
        {P::Refund, true, true, false, false},
        {P::ManageCustomers, true, true, false, true},
        {P::ManagePurchasing, true, true, false, false},
        {P::ManageWarehouses, true, true, false, false},
        {P::ViewReports, true, true, false, false},
    };
    for (const auto& row : matrix) {
        const QByteArray name = RoleNames::permissionName(row.permission).toUtf8();
        QTest::newRow(("admin " + name).constData()) << int(Role::Admin) << int(row.permission) << row.admin;
        QTest::newRow(("manager " + name).constData())
            << int(Role::Manager) << int(row.permission) << row.manager;
        QTest::newRow(("clerk " + name).constData()) << int(Role::Clerk) << int(row.permission) << row.clerk;
        QTest::newRow(("cashier " + name).constData())
            << int(Role::Cashier) << int(row.permission) << row.cashier;
    }
}

void TestRoles::permissions()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(roleHas(Role(role), Permission(permission)), allowed);
    Session session;
    session.role = Role(role);
    QCOMPARE(requirePermission(session, Permission(permission)).ok(), allowed);
}

void TestRoles::refusalNamesRoleAndAction()
{
    Session clerk;
    clerk.role = Role::Clerk;
    clerk.displayName = QStringLiteral("Li Lei");
    const Status refused = requirePermission(clerk, Permission::ChangePrices);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    QVERIFY(refused.error().message.contains(QLatin1String("Li Lei")));
    QVERIFY(refused.error().message.contains(QLatin1String("Warehouse clerk")));
    QVERIFY(refused.error().message.contains(QLatin1String("change prices")));
}

void TestRoles::keysRoundTrip()
{
    for (Role role : {Role::Admin, Role::Manager, Role::Clerk, Role::Cashier})
        QCOMPARE(RoleNames::fromKey(RoleNames::key(role)), std::optional<Role>(role));
    QVERIFY(!RoleNames::fromKey(QStringLiteral("root")).has_value());
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
