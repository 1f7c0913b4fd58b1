#include "suppliertesting.h"

#include <QTest>

using namespace SupplierTesting;

// The goods a supplier sells, on every engine: each offer is added, changed and removed in its own
// versioned transaction with its audit row, their SKU is unique per supplier, and a change from an
// older version is a conflict carrying the offer as it is now.
class TestSupplierOffers : public QObject
{
    Q_OBJECT
private slots:
    void offersAddChangeAndRemove_data() { TestDatabase::addEngineRows(); }
    void offersAddChangeAndRemove();
};

void TestSupplierOffers::offersAddChangeAndRemove()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mgr");
    const SupplierService service(c);
    const auto farm = service.create(manager, draft("S-FARM", "杭州龙井茶业有限公司"));
    const auto trader = service.create(manager, draft("S-TRADE", "Global Snacks Import Ltd."));
    QVERIFY(farm.ok() && trader.ok());
    const qint64 longjing = goodsItem(c, "TEA-1", "西湖龙井 250g"), oolong = goodsItem(c, "TEA-2", "乌龙茶");
    QVERIFY(longjing > 0 && oolong > 0);

    qint64 audits = auditRows(c, "supplier_offer");
    const auto added =
        service.saveOffer(manager, offerDraft(farm->id, longjing, " LJ-250 ", 4'294'967'297, 7), 0);
    QVERIFY2(added.ok(), why(added));
    QCOMPARE(added->draft.supplierSku, QStringLiteral("LJ-250"));
    QCOMPARE(added->draft.cost.cents(), qint64(4'294'967'297));
    QCOMPARE(added->draft.leadDays, 7);
    QCOMPARE(added->goodsName, QStringLiteral("西湖龙井 250g"));
    QCOMPARE(added->supplierCode, QStringLiteral("S-FARM"));
    QCOMPARE(added->version, 1);
    QVERIFY(added->updatedAt > 0);
    QCOMPARE(auditRows(c, "supplier_offer"), ++audits);
    AuditRow row = audit(c, "supplier_offer", offerKey(farm->id, longjing), "create");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QCOMPARE(row.newJson().value("cost_cents").toInteger(), qint64(4'294'967'297));

    // Adding it again is a conflict carrying the offer that is there.
    const auto twice = service.saveOffer(manager, offerDraft(farm->id, longjing, "LJ-X", 100), 0);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    QCOMPARE(twice.error().current.value<SupplierOffer>().draft.supplierSku, QStringLiteral("LJ-250"));

    // Their SKU is unique per supplier: another of their items may not use it, another supplier may.
    const auto sameSku = service.saveOffer(manager, offerDraft(farm->id, oolong, "LJ-250", 500), 0);
    QVERIFY(!sameSku.ok());
    QCOMPARE(sameSku.error().kind, Error::Kind::Validation);
    QCOMPARE(sameSku.error().fields.keys(), QStringList{SupplierRules::supplierSkuField});
    const auto otherSupplier =
        service.saveOffer(manager, offerDraft(trader->id, longjing, "LJ-250", 3900), 0);
    QVERIFY2(otherSupplier.ok(), why(otherSupplier));
    // Items without their SKU do not clash with one another.
    QVERIFY(service.saveOffer(manager, offerDraft(trader->id, oolong, "", 1200), 0).ok());
    QCOMPARE(auditRows(c, "supplier_offer"), audits += 2);

    // The goods item's suppliers, cheapest first.
    auto offers = service.suppliersOf(manager, longjing);
    QVERIFY2(offers.ok(), why(offers));
    QCOMPARE(offers->size(), 2);
    QCOMPARE(offers->at(0).supplierCode, QStringLiteral("S-TRADE"));
    QCOMPARE(offers->at(1).draft.cost.cents(), qint64(4'294'967'297));

    const auto changed = service.saveOffer(manager, offerDraft(farm->id, longjing, "LJ-250B", 4500, -1), 1);
    QVERIFY2(changed.ok(), why(changed));
    QCOMPARE(changed->version, 2);
    QCOMPARE(changed->draft.leadDays, -1);
    QCOMPARE(changed->draft.cost.cents(), qint64(4500));
    QCOMPARE(auditRows(c, "supplier_offer"), ++audits);
    row = audit(c, "supplier_offer", offerKey(farm->id, longjing), "update");
    QCOMPARE(row.oldJson().value("supplier_sku").toString(), QStringLiteral("LJ-250"));
    QCOMPARE(row.newJson().value("supplier_sku").toString(), QStringLiteral("LJ-250B"));

    // A change from the version before is a conflict with theirs; nothing is written.
    const auto stale = service.saveOffer(manager, offerDraft(farm->id, longjing, "LJ-OLD", 1), 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(stale.error().current.value<SupplierOffer>().draft.supplierSku, QStringLiteral("LJ-250B"));
    const auto staleRemove = service.removeOffer(manager, farm->id, longjing, 1);
    QVERIFY(!staleRemove.ok());
    QCOMPARE(staleRemove.error().kind, Error::Kind::Conflict);
    QCOMPARE(auditRows(c, "supplier_offer"), audits);

    // Bad input is noted on its field.
    const auto badLead = service.saveOffer(manager, offerDraft(farm->id, oolong, "", 100, 400), 0);
    QVERIFY(!badLead.ok());
    QVERIFY(badLead.error().fields.contains(SupplierRules::leadDaysField));
    const auto negative = service.saveOffer(manager, offerDraft(farm->id, oolong, "", -1), 0);
    QVERIFY(!negative.ok());
    QVERIFY(negative.error().fields.contains(SupplierRules::costField));
    const auto noGoods = service.saveOffer(manager, offerDraft(farm->id, 999999, "", 100), 0);
    QVERIFY(!noGoods.ok());
    QVERIFY(noGoods.error().fields.contains(SupplierRules::goodsField));

    const auto removed = service.removeOffer(manager, farm->id, longjing, 2);
    QVERIFY2(removed.ok(), why(removed));
    QCOMPARE(auditRows(c, "supplier_offer"), ++audits);
    row = audit(c, "supplier_offer", offerKey(farm->id, longjing), "delete");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.oldJson().value("supplier_sku").toString(), QStringLiteral("LJ-250B"));
    QVERIFY(row.newValue.isNull());
    const auto gone = service.offer(manager, farm->id, longjing);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM supplier_goods"), qint64(2));
}

QTEST_GUILESS_MAIN(TestSupplierOffers)
#include "tst_supplieroffers.moc"
