#include "domain/auditdiff.h"

#include <QJsonArray>
#include <QTest>

// What the audit viewer says changed, from the JSON the services write: only fields that differ,
// bookkeeping left out, amounts from cents, a creation as its values.
class TestAuditDiff : public QObject
{
    Q_OBJECT
private slots:
    void onlyWhatDiffers()
    {
        const QJsonObject before = {
            {"name", "Tea"}, {"price_cents", 199}, {"version", 3}, {"archived", false}};
        const QJsonObject after = {{"name", "Tea"}, {"price_cents", 219}, {"version", 4}, {"archived", true}};
        const QList<AuditDiff::Field> fields = AuditDiff::fields(before, after);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(AuditDiff::summary(before, after),
                 QStringLiteral("Price: 1.99 → 2.19 · Archived: no → yes"));
    }
    void aCreationListsItsValues()
    {
        const QJsonObject after = {{"sku", "T-1"},
                                   {"barcodes", QJsonArray{"6901234567892", "4006381333931"}}};
        QCOMPARE(AuditDiff::summary({}, after),
                 QStringLiteral("SKU: T-1 · Barcodes: 6901234567892, 4006381333931"));
    }
    void aRemovedValueSaysNone()
    {
        QCOMPARE(AuditDiff::summary({{"description", "Old"}}, {{"description", ""}}),
                 QStringLiteral("Description: Old → (none)"));
        QCOMPARE(AuditDiff::summary({{"cost_cents", -5}}, {{"cost_cents", 123456}}),
                 QStringLiteral("Cost: -0.05 → 1234.56"));
    }
    void unknownKeysAndActionsShowAsStored()
    {
        QCOMPARE(AuditDiff::summary({{"mystery", 1}}, {{"mystery", 2}}), QStringLiteral("mystery: 1 → 2"));
        QCOMPARE(AuditDiff::actionName(QStringLiteral("reset-password")), QStringLiteral("password reset"));
        QCOMPARE(AuditDiff::actionName(QStringLiteral("frobnicate")), QStringLiteral("frobnicate"));
        QCOMPARE(AuditDiff::entityName(QStringLiteral("user")), QStringLiteral("Staff account"));
        QCOMPARE(AuditDiff::actionName(QStringLiteral("rename")), QStringLiteral("renamed"));
        // Roles as people call them, not as stored.
        QCOMPARE(AuditDiff::summary({{"role", "cashier"}}, {{"role", "admin"}}),
                 QStringLiteral("Role: Cashier → Administrator"));
    }
};

QTEST_GUILESS_MAIN(TestAuditDiff)
#include "tst_auditdiff.moc"
