#include "services/lookup.h"
#include "suppliertesting.h"

#include <QTest>
#include <map>
#include <memory>

Q_DECLARE_METATYPE(SupplierDraft)

// Suppliers against real engines: what is saved comes back, bad input is refused with a note on its
// field and writes nothing, codes stay unique whatever the case, edits never overwrite someone
// else's, every change is audited, and roles get what they may have, offers and costs included.
// The offers themselves: tst_supplieroffers; the lists: tst_supplierlists.
class TestSupplierService : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void createReturnsWhatWasSaved_data() { TestDatabase::addEngineRows(); }
    void createReturnsWhatWasSaved();
    void hostileTextIsStoredVerbatim_data() { TestDatabase::addEngineRows(); }
    void hostileTextIsStoredVerbatim();
    void invalidDraftWritesNothing_data();
    void invalidDraftWritesNothing();
    void codeTakenByTheIndexNotesTheCode_data() { TestDatabase::addEngineRows(); }
    void codeTakenByTheIndexNotesTheCode();
    void suggestedCodeFollowsTheHighest_data() { TestDatabase::addEngineRows(); }
    void suggestedCodeFollowsTheHighest();
    void staleUpdateIsAConflictWithTheirs_data() { TestDatabase::addEngineRows(); }
    void staleUpdateIsAConflictWithTheirs();
    void archiveAndRestore_data() { TestDatabase::addEngineRows(); }
    void archiveAndRestore();
    void everyChangeWritesOneAuditRow_data() { TestDatabase::addEngineRows(); }
    void everyChangeWritesOneAuditRow();
    void permissionsFollowTheRole_data() { TestDatabase::addEngineRows(); }
    void permissionsFollowTheRole();

private:
    // One database per engine for the refusals, which write nothing: S-TAKEN and S-OTHER in it.
    TestDatabase& shared(const QString& engine);
    std::map<QString, std::unique_ptr<TestDatabase>> m_shared;
};

using namespace SupplierTesting;

TestDatabase& TestSupplierService::shared(const QString& engine)
{
    auto& slot = m_shared[engine];
    if (!slot) {
        slot = std::make_unique<TestDatabase>(engine);
        for (const char* code : {"S-TAKEN", "S-OTHER"}) {
            if (!slot->ok())
                break;
            auto created = SupplierService(slot->connection())
                               .create(Session::maintenance(),
                                       draft(code, code == QLatin1String("S-TAKEN") ? "Taken Ltd" : "Other"));
            if (!created)
                qWarning("%s: %s", code, qPrintable(created.error().message));
        }
    }
    return *slot;
}

void TestSupplierService::createReturnsWhatWasSaved()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const SupplierService service(db.connection());

    SupplierDraft input = draft("  s-hz01 ", "  杭州龙井茶业有限公司 ");
    input.contact = " 陈国强 ";
    input.phone = "0571-8765 4321";
    input.email = " Sales@LongJing-Tea.Example ";
    input.address = "浙江省杭州市西湖区\n龙井路 1 号";
    input.paymentTerms = "月结 30 天";
    input.notes = "Ships Mondays.\nCall before noon.";
    const auto created = service.create(admin, input);
    QVERIFY2(created.ok(), why(created));
    const SupplierRecord& r = created.value();
    QVERIFY(r.id > 0);
    QCOMPARE(r.draft.code, QStringLiteral("S-HZ01"));
    QCOMPARE(r.draft.name, QStringLiteral("杭州龙井茶业有限公司"));
    QCOMPARE(r.draft.contact, QStringLiteral("陈国强"));
    QCOMPARE(r.draft.phone, QStringLiteral("0571-8765 4321"));
    QCOMPARE(r.draft.email, QStringLiteral("sales@longjing-tea.example"));
    QCOMPARE(r.draft.address, QStringLiteral("浙江省杭州市西湖区\n龙井路 1 号"));
    QCOMPARE(r.draft.paymentTerms, QStringLiteral("月结 30 天"));
    QCOMPARE(r.draft.notes, QStringLiteral("Ships Mondays.\nCall before noon."));
    QCOMPARE(r.version, 1);
    QCOMPARE(r.archived, false);
    QVERIFY(r.createdAt > 0);
    QCOMPARE(r.updatedAt, r.createdAt);

    const auto read = service.get(managerSession(), r.id);
    QVERIFY2(read.ok(), why(read));
    QCOMPARE(read->draft.address, r.draft.address);
    QCOMPARE(read->draft.notes, r.draft.notes);
    const auto byCode = service.findByCode(managerSession(), "s-hz01");
    QVERIFY2(byCode.ok(), why(byCode));
    QCOMPARE(byCode->id, r.id);

    // Empty optional fields are stored as nothing, and come back empty.
    const auto bare = service.create(admin, draft("S-2", "Bare"));
    QVERIFY2(bare.ok(), why(bare));
    QCOMPARE(bare->draft.contact, QString());
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM suppliers WHERE email IS NULL AND id = ?",
                       {bare->id}),
             qint64(1));
}

void TestSupplierService::hostileTextIsStoredVerbatim()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const SupplierService service(db.connection());
    const QStringList names = {
        "'); DROP TABLE suppliers;--",          "O'Brien's \"best\" tea",
        "back\\slash 100% _under_ ?",           "茶 🍵 emoji 😀 тест ελληνικά",
        "e\u0301 combining, \u200b zero width",
    };
    int serial = 0;
    for (const QString& name : names) {
        SupplierDraft d = draft(QStringLiteral("H-%1").arg(++serial), name);
        d.contact = name;
        d.paymentTerms = name;
        d.address = name + "\n" + name;
        d.notes = name + "\n\t" + name;
        const auto created = service.create(admin, d);
        QVERIFY2(created.ok(), qPrintable(name + ": " + QString::fromUtf8(why(created))));
        const auto read = service.get(admin, created->id);
        QVERIFY2(read.ok(), why(read));
        QCOMPARE(read->draft.name, name);
        QCOMPARE(read->draft.contact, name);
        QCOMPARE(read->draft.paymentTerms, name);
        QCOMPARE(read->draft.address, name + "\n" + name);
        QCOMPARE(read->draft.notes, name + "\n\t" + name);
    }
    QCOMPARE(supplierRows(db.connection()), qint64(names.size()));
    QCOMPARE(auditRows(db.connection()), qint64(names.size()));
    const auto found = Lookup::suppliers(db.connection(), admin, "O'Brien");
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().name, names.at(1));

    // Control characters in a one-line field are refused, with a note on that field alone.
    const QList<std::tuple<QString, QString SupplierDraft::*, QString>> controls = {
        {SupplierRules::nameField, &SupplierDraft::name, "Tea\u0007 farm"},
        {SupplierRules::contactField, &SupplierDraft::contact, "Mr\tWang"},
        {SupplierRules::paymentTermsField, &SupplierDraft::paymentTerms, "30 days\nnet"},
        {SupplierRules::notesField, &SupplierDraft::notes, "bell \u0007 in the notes"}};
    for (const auto& [field, member, text] : controls) {
        SupplierDraft d = draft("CTRL-1", "Control");
        d.*member = text;
        const auto refused = service.create(admin, d);
        QVERIFY2(!refused.ok(), qPrintable(field));
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(refused.error().fields.keys(), QStringList{field});
        QVERIFY(refused.error().fields.value(field).contains("control character"));
    }
    QCOMPARE(supplierRows(db.connection()), qint64(names.size()));
    QCOMPARE(auditRows(db.connection()), qint64(names.size()));
}

void TestSupplierService::invalidDraftWritesNothing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<SupplierDraft>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("note");
    SupplierDraft badEmail = draft("X-1", "Tea farm");
    badEmail.email = "sales at farm.example";
    SupplierDraft badPhone = draft("X-2", "Tea farm");
    badPhone.phone = "call me";
    for (const QString& engine : TestDatabase::engines()) {
        const auto row = [&](const char* what, const SupplierDraft& d, const QString& field,
                             const char* note) {
            QTest::addRow("%s/%s", qPrintable(engine), what) << engine << d << field << QString(note);
        };
        row("empty name", draft("X-3", " "), SupplierRules::nameField, "Required");
        row("empty code", draft("", "Tea farm"), SupplierRules::codeField, "Required");
        row("code with a space", draft("S 1", "Tea farm"), SupplierRules::codeField, "letters, digits");
        row("code taken, typed in lower case", draft("s-taken", "Another"), SupplierRules::codeField,
            "already used by \"Taken Ltd\"");
        row("code taken, with spaces around", draft(" S-TAKEN ", "Another"), SupplierRules::codeField,
            "already used");
        row("e-mail", badEmail, SupplierRules::emailField, "Not an e-mail address");
        row("phone", badPhone, SupplierRules::phoneField, "Not a phone number");
        row("name too long", draft("X-4", QString(SupplierRules::maxNameLength + 1, u'茶')),
            SupplierRules::nameField, "Too long");
    }
}

void TestSupplierService::invalidDraftWritesNothing()
{
    QFETCH(QString, engine);
    QFETCH(SupplierDraft, input);
    QFETCH(QString, field);
    QFETCH(QString, note);
    TestDatabase& db = shared(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const SupplierService service(db.connection());
    const auto other = service.findByCode(Session::maintenance(), "S-OTHER");
    QVERIFY2(other.ok(), why(other));
    const qint64 audits = countRows(db.connection(), "SELECT COUNT(*) FROM audit_log");

    const auto created = service.create(Session::maintenance(), input);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::Validation);
    QVERIFY2(created.error().fields.value(field).contains(note),
             qPrintable(created.error().fields.value(field)));
    QCOMPARE(supplierRows(db.connection()), qint64(2));

    // An edit of another supplier meets the same rules.
    const auto updated = service.update(Session::maintenance(), other->id, other->version, input);
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().fields.contains(field));
    const auto stored = service.get(Session::maintenance(), other->id);
    QVERIFY2(stored.ok(), why(stored));
    QCOMPARE(stored->draft.code, QStringLiteral("S-OTHER"));
    QCOMPARE(stored->version, other->version);
    QCOMPARE(countRows(db.connection(), "SELECT COUNT(*) FROM audit_log"), audits);
}

void TestSupplierService::codeTakenByTheIndexNotesTheCode()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const auto first = SupplierService(c).create(Session::maintenance(), draft("S-RACE", "First desk"));
    QVERIFY2(first.ok(), why(first));
    // What another desk's insert meets when it passed the check just before this one committed: the
    // engine's own refusal, named by its index on every engine...
    const auto second = Sql::insert(c,
                                    "INSERT INTO suppliers (code, name, search_text, created_at, updated_at) "
                                    "VALUES ('S-RACE', 'Second desk', '', 1, 1)",
                                    {});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Duplicate);
    QCOMPARE(second.error().constraint, QStringLiteral("ux_suppliers_code"));
    // ... which the service turns into a note on the code field.
    const Error mapped = WriteScope::fieldOfDuplicate(second.error(), SupplierService::uniqueFields());
    QCOMPARE(mapped.kind, Error::Kind::Validation);
    QCOMPARE(mapped.fields.keys(), QStringList{SupplierRules::codeField});
    QVERIFY(mapped.fields.value(SupplierRules::codeField).contains("just given to another supplier"));
    QCOMPARE(supplierRows(c), qint64(1));
}

void TestSupplierService::suggestedCodeFollowsTheHighest()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const SupplierService service(db.connection());
    const Session manager = managerSession();
    auto suggested = service.suggestCode(manager);
    QVERIFY2(suggested.ok(), why(suggested));
    QCOMPARE(suggested.value(), QStringLiteral("S00001"));
    for (const char* code : {"S00007", "S00012", "SX-999", "T99999"})
        QVERIFY(service.create(manager, draft(code, QString::fromLatin1(code))).ok());
    suggested = service.suggestCode(manager);
    QVERIFY2(suggested.ok(), why(suggested));
    QCOMPARE(suggested.value(), QStringLiteral("S00013"));
    const auto clerk = service.suggestCode(TestDatabase::sessionFor(Role::Clerk));
    QVERIFY(!clerk.ok());
    QCOMPARE(clerk.error().kind, Error::Kind::Permission);
}

void TestSupplierService::staleUpdateIsAConflictWithTheirs()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session admin = db.createUser(Role::Admin, "owner");
    const SupplierService service(db.connection());
    const auto created = service.create(admin, draft("C-1", "Original"));
    QVERIFY2(created.ok(), why(created));

    SupplierDraft first = created->draft;
    first.name = "First save";
    first.paymentTerms = "60 days";
    const auto saved = service.update(admin, created->id, created->version, first);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(saved->version, created->version + 1);
    const qint64 audits = auditRows(db.connection());

    SupplierDraft second = created->draft;
    second.name = "Second save";
    const auto stale = service.update(admin, created->id, created->version, second);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    // The conflict carries their record as stored, for the form to show beside the person's own.
    QVERIFY(stale.error().current.canConvert<SupplierRecord>());
    const auto theirs = stale.error().current.value<SupplierRecord>();
    QCOMPARE(theirs.draft.name, QStringLiteral("First save"));
    QCOMPARE(theirs.draft.paymentTerms, QStringLiteral("60 days"));
    QCOMPARE(theirs.version, saved->version);
    QVERIFY(stale.error().message.contains("First save"));

    const auto staleArchive = service.setArchived(admin, created->id, created->version, true);
    QVERIFY(!staleArchive.ok());
    QCOMPARE(staleArchive.error().kind, Error::Kind::Conflict);
    const auto now = service.get(admin, created->id);
    QVERIFY2(now.ok(), why(now));
    QCOMPARE(now->draft.name, QStringLiteral("First save"));
    QCOMPARE(now->archived, false);
    QCOMPARE(auditRows(db.connection()), audits);

    // Saving over theirs, once seen, is a decision the service takes from their version.
    const auto mine = service.update(admin, created->id, theirs.version, second);
    QVERIFY2(mine.ok(), why(mine));
    QCOMPARE(mine->draft.name, QStringLiteral("Second save"));
}

void TestSupplierService::archiveAndRestore()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session manager = db.createUser(Role::Manager, "mgr");
    const SupplierService service(db.connection());
    const auto created = service.create(manager, draft("AR-1", "Seasonal mooncakes"));
    QVERIFY2(created.ok(), why(created));
    const auto choices = [&] {
        auto found = Lookup::suppliers(db.connection(), manager, "mooncakes");
        return found ? found->size() : -1;
    };
    QCOMPARE(choices(), 1);

    const auto archived = service.setArchived(manager, created->id, created->version, true);
    QVERIFY2(archived.ok(), why(archived));
    QCOMPARE(archived->archived, true);
    QCOMPARE(archived->version, created->version + 1);
    QCOMPARE(choices(), 0); // no longer offered as a goods item's supplier
    QCOMPARE(supplierRows(db.connection()), qint64(1));
    // Archiving what is archived changes nothing: no new version, no audit row.
    const qint64 audits = auditRows(db.connection());
    const auto again = service.setArchived(manager, created->id, archived->version, true);
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again->version, archived->version);
    QCOMPARE(auditRows(db.connection()), audits);

    const auto restored = service.setArchived(manager, created->id, archived->version, false);
    QVERIFY2(restored.ok(), why(restored));
    QCOMPARE(restored->archived, false);
    QCOMPARE(restored->draft.name, QStringLiteral("Seasonal mooncakes"));
    QCOMPARE(choices(), 1);
}

void TestSupplierService::everyChangeWritesOneAuditRow()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mgr");
    const SupplierService service(c);

    qint64 audits = auditRows(c);
    const auto created = service.create(manager, draft("AU-1", "Before 之前"));
    QVERIFY2(created.ok(), why(created));
    QCOMPARE(auditRows(c), ++audits);
    const QString id = QString::number(created->id);
    AuditRow row = audit(c, "supplier", id, "create");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.userId, manager.userId);
    QVERIFY(row.oldValue.isNull());
    QCOMPARE(row.newJson().value("name").toString(), QStringLiteral("Before 之前"));
    QCOMPARE(row.newJson().value("code").toString(), QStringLiteral("AU-1"));

    SupplierDraft changed = created->draft;
    changed.name = "After 之后";
    changed.email = "new@example.com";
    const auto updated = service.update(manager, created->id, created->version, changed);
    QVERIFY2(updated.ok(), why(updated));
    QCOMPARE(auditRows(c), ++audits);
    row = audit(c, "supplier", id, "update");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.oldJson().value("name").toString(), QStringLiteral("Before 之前"));
    QCOMPARE(row.newJson().value("name").toString(), QStringLiteral("After 之后"));
    QCOMPARE(row.newJson().value("email").toString(), QStringLiteral("new@example.com"));

    // A save without a change writes nothing.
    const auto unchanged = service.update(manager, created->id, updated->version, updated->draft);
    QVERIFY2(unchanged.ok(), why(unchanged));
    QCOMPARE(unchanged->version, updated->version);
    QCOMPARE(auditRows(c), audits);

    const auto archived = service.setArchived(manager, created->id, updated->version, true);
    QVERIFY2(archived.ok(), why(archived));
    QCOMPARE(auditRows(c), ++audits);
    row = audit(c, "supplier", id, "archive");
    QCOMPARE(row.rows, qint64(1));
    QCOMPARE(row.oldJson().value("archived").toBool(), false);
    QCOMPARE(row.newJson().value("archived").toBool(), true);
    const auto restored = service.setArchived(manager, created->id, archived->version, false);
    QVERIFY2(restored.ok(), why(restored));
    QCOMPARE(auditRows(c), ++audits);
    QCOMPARE(audit(c, "supplier", id, "restore").rows, qint64(1));
}

void TestSupplierService::permissionsFollowTheRole()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session manager = db.createUser(Role::Manager, "mgr");
    const Session clerk = db.createUser(Role::Clerk, "clerk");
    const Session cashier = db.createUser(Role::Cashier, "cashier");
    const SupplierService service(c);

    for (const Session& who : {clerk, cashier}) {
        const auto created = service.create(who, draft("P-1", "Not theirs to add"));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::Permission);
    }
    QCOMPARE(supplierRows(c), qint64(0));

    const auto supplier = service.create(manager, draft("P-2", "Rice mill"));
    QVERIFY2(supplier.ok(), why(supplier));
    const qint64 rice = goodsItem(c, "RICE-5", "Rice 5kg");
    const auto offer = service.saveOffer(manager, offerDraft(supplier->id, rice, "RM-5", 2990, 3), 0);
    QVERIFY2(offer.ok(), why(offer));
    const qint64 audits = countRows(c, "SELECT COUNT(*) FROM audit_log");

    for (const Session& who : {clerk, cashier}) {
        SupplierDraft renamed = supplier->draft;
        renamed.name = "Renamed";
        QCOMPARE(service.update(who, supplier->id, supplier->version, renamed).error().kind,
                 Error::Kind::Permission);
        QCOMPARE(service.setArchived(who, supplier->id, supplier->version, true).error().kind,
                 Error::Kind::Permission);
        QCOMPARE(service.get(who, supplier->id).error().kind, Error::Kind::Permission);
        QCOMPARE(service.saveOffer(who, offerDraft(supplier->id, rice, "X", 1), 1).error().kind,
                 Error::Kind::Permission);
        QCOMPARE(service.removeOffer(who, supplier->id, rice, 1).error().kind, Error::Kind::Permission);
        QCOMPARE(service.offer(who, supplier->id, rice).error().kind, Error::Kind::Permission);
        // They may see who sells an item, but not what it costs: the service leaves the cost out.
        const auto sellers = service.suppliersOf(who, rice);
        QVERIFY2(sellers.ok(), why(sellers));
        QCOMPARE(sellers->size(), 1);
        QCOMPARE(sellers->first().costHidden, true);
        QCOMPARE(sellers->first().draft.cost.cents(), qint64(0));
        QCOMPARE(sellers->first().draft.supplierSku, QStringLiteral("RM-5"));
    }
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM audit_log"), audits);
    const auto read = service.get(manager, supplier->id);
    QVERIFY2(read.ok(), why(read));
    QCOMPARE(read->draft.name, QStringLiteral("Rice mill"));
    QCOMPARE(read->version, supplier->version);
    const auto managerSees = service.suppliersOf(manager, rice);
    QVERIFY2(managerSees.ok(), why(managerSees));
    QCOMPARE(managerSees->first().costHidden, false);
    QCOMPARE(managerSees->first().draft.cost.cents(), qint64(2990));
}

QTEST_GUILESS_MAIN(TestSupplierService)
#include "tst_supplierservice.moc"
