#include "db/sql.h"
#include "services/customerservice.h"
#include "services/integritycheck.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Customers against real engines: what is saved comes back exactly, with one default address
// whatever was marked; bad input writes nothing; edits from two desks never overwrite each other;
// a merge moves everything the duplicate had and is audited; and the integrity check finds nothing
// wrong after any of it. tst_customerlist covers what the list shows.
class TestCustomerService : public QObject
{
    Q_OBJECT
private slots:
    void createReadsBackExactly_data() { TestDatabase::addEngineRows(); }
    void createReadsBackExactly();
    void oneDefaultAddressWhateverIsMarked_data() { TestDatabase::addEngineRows(); }
    void oneDefaultAddressWhateverIsMarked();
    void hostileTextIsStoredVerbatim_data() { TestDatabase::addEngineRows(); }
    void hostileTextIsStoredVerbatim();
    void badInputWritesNothing_data() { TestDatabase::addEngineRows(); }
    void badInputWritesNothing();
    void staleUpdateIsAConflict_data() { TestDatabase::addEngineRows(); }
    void staleUpdateIsAConflict();
    void concurrentEditFromTwoConnections_data() { TestDatabase::addEngineRows(); }
    void concurrentEditFromTwoConnections();
    void deactivateAndActivate_data() { TestDatabase::addEngineRows(); }
    void deactivateAndActivate();
    void mergeMovesEverything_data() { TestDatabase::addEngineRows(); }
    void mergeMovesEverything();
    void mergeRefused_data() { TestDatabase::addEngineRows(); }
    void mergeRefused();
};

namespace {

template<typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

CustomerAddress address(const QString& label, const QString& text, bool isDefault = false,
                        const QString& phone = {})
{
    return CustomerAddress{{}, label, QStringLiteral("收件人 ") + label, phone, text, isDefault};
}

CustomerDraft customer(const QString& name, const QString& code = {}, const QString& phone = {},
                       const QString& email = {})
{
    CustomerDraft d;
    d.name = name;
    d.code = code;
    d.phone = phone;
    d.email = email;
    return d;
}

// The integrity check's findings, or its error as the only one.
QStringList findings(const Connection& c)
{
    auto found = IntegrityCheck::run(c);
    return found ? found.value() : QStringList{"error: " + found.error().message};
}

qint64 customerRows(const Connection& c)
{
    return countRows(c, "SELECT COUNT(*) FROM customers");
}

qint64 auditRows(const Connection& c, const QString& id = {}, const QString& action = {})
{
    if (id.isEmpty())
        return countRows(c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'customer'");
    return countRows(
        c, "SELECT COUNT(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ? AND action = ?",
        {id, action});
}

QJsonObject auditJson(const Connection& c, const QString& id, const QString& action, const char* column)
{
    auto value =
        Sql::scalar(c,
                    QStringLiteral("SELECT %1 FROM audit_log WHERE entity = 'customer' AND entity_id = "
                                   "? AND action = ?")
                        .arg(QLatin1String(column)),
                    {id, action});
    return value ? QJsonDocument::fromJson(value.value().toString().toUtf8()).object() : QJsonObject();
}

QStringList addressTexts(const CustomerRecord& record)
{
    QStringList texts;
    for (const CustomerAddress& a : record.draft.addresses)
        texts << a.address;
    return texts;
}

QList<bool> defaults(const CustomerRecord& record)
{
    QList<bool> marks;
    for (const CustomerAddress& a : record.draft.addresses)
        marks << a.isDefault;
    return marks;
}

CustomerRecord stored(const Connection& c, const QString& id)
{
    auto record = CustomerService(c).get(managerSession(), id);
    if (!record)
        qWarning("customer %s: %s", qPrintable(id), qPrintable(record.error().message));
    return record ? record.value() : CustomerRecord();
}

} // namespace

void TestCustomerService::createReadsBackExactly()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(db.connection());

    CustomerDraft input =
        customer("  王小明 Wang  ", " m-100001 ", " 138 0013 8001 ", " Wang.XM@Example.COM ");
    input.note = "VIP\n送货前请电话联系";
    input.addresses = {address("家", "浙江省杭州市西湖区文三路 90 号\n3 单元 501"),
                       address("Office", "1 Infinite Loop, Cupertino", true, "+1 408 996 1010"),
                       address("仓库", "上海市浦东新区 100 号")};
    const auto created = service.create(cashier, input);
    QVERIFY2(created.ok(), why(created));
    const CustomerRecord& r = created.value();
    QCOMPARE(r.id.size(), 36); // a client-made UUID
    QCOMPARE(r.draft.code, QStringLiteral("M-100001"));
    QCOMPARE(r.draft.name, QStringLiteral("王小明 Wang"));
    QCOMPARE(r.draft.phone, QStringLiteral("138 0013 8001"));
    QCOMPARE(r.draft.email, QStringLiteral("wang.xm@example.com"));
    QCOMPARE(r.draft.note, QStringLiteral("VIP\n送货前请电话联系"));
    QCOMPARE(r.active, true);
    QVERIFY(r.mergedInto.isEmpty());
    QCOMPARE(r.version, 1);
    QVERIFY(r.createdAt > 0);

    const CustomerRecord read = stored(db.connection(), r.id);
    QCOMPARE(read.draft.name, r.draft.name);
    QCOMPARE(addressTexts(read), (QStringList{"浙江省杭州市西湖区文三路 90 号\n3 单元 501",
                                              "1 Infinite Loop, Cupertino", "上海市浦东新区 100 号"}));
    QCOMPARE(defaults(read), (QList<bool>{false, true, false}));
    QCOMPARE(read.draft.addresses.at(1).label, QStringLiteral("Office"));
    QCOMPARE(read.draft.addresses.at(1).recipient, QStringLiteral("收件人 Office"));
    QCOMPARE(read.draft.addresses.at(1).phone, QStringLiteral("+1 408 996 1010"));
    for (const CustomerAddress& a : read.draft.addresses)
        QCOMPARE(a.id.size(), 36);
    const auto byCode = service.findByCode(cashier, "m-100001");
    QVERIFY2(byCode.ok(), why(byCode));
    QCOMPARE(byCode->id, r.id);
    QCOMPARE(auditRows(db.connection(), r.id, "create"), qint64(1));
    QCOMPARE(auditJson(db.connection(), r.id, "create", "new_value").value("addresses").toArray().size(), 3);

    // Saving the addresses again keeps their ids, so nothing that points at one loses it.
    CustomerDraft edited = read.draft;
    edited.addresses.move(2, 0);
    const auto updated = service.update(cashier, r.id, read.version, edited);
    QVERIFY2(updated.ok(), why(updated));
    QCOMPARE(updated->draft.addresses.at(0).id, read.draft.addresses.at(2).id);
    QCOMPARE(defaults(updated.value()), (QList<bool>{false, false, true}));
    QCOMPARE(findings(db.connection()).join("\n"), QString());
}

void TestCustomerService::oneDefaultAddressWhateverIsMarked()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(db.connection());

    CustomerDraft none = customer("None marked");
    none.addresses = {address("A", "First street"), address("B", "Second street")};
    CustomerDraft two = customer("Two marked");
    two.addresses = {address("A", "First street"), address("B", "Second street", true),
                     address("C", "Third street", true)};
    CustomerDraft blankRow = customer("Blank row first");
    blankRow.addresses = {CustomerAddress{{}, " ", {}, {}, " ", true}, address("B", "Second street")};
    const QList<QPair<CustomerDraft, QList<bool>>> cases = {
        {none, {true, false}}, {two, {false, true, false}}, {blankRow, {true}}};
    for (const auto& [input, expected] : cases) {
        const auto created = service.create(cashier, input);
        QVERIFY2(created.ok(), why(created));
        QCOMPARE(defaults(stored(db.connection(), created->id)), expected);
    }
    // An edit that unmarks every address still leaves one default.
    const auto first = service.create(cashier, two);
    QVERIFY2(first.ok(), why(first));
    CustomerDraft unmarked = first->draft;
    for (CustomerAddress& a : unmarked.addresses)
        a.isDefault = false;
    const auto saved = service.update(cashier, first->id, first->version, unmarked);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(defaults(saved.value()), (QList<bool>{true, false, false}));
    QCOMPARE(findings(db.connection()).join("\n"), QString());
}

void TestCustomerService::hostileTextIsStoredVerbatim()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(db.connection());
    const QStringList texts = {
        "'); DROP TABLE customers;--",  "O'Brien's \"best\" customer",          "back\\slash 100% _under_ ?",
        "张伟 🍵 emoji 😀 тест ελληνικά", "e\u0301 combining, \u200b zero width",
    };
    int serial = 0;
    for (const QString& text : texts) {
        CustomerDraft d = customer(text, QStringLiteral("H-%1").arg(++serial));
        d.note = text + "\n" + text;
        d.addresses = {address(text.left(20), text + "\n" + text)};
        const auto created = service.create(cashier, d);
        QVERIFY2(created.ok(), qPrintable(text + ": " + QString::fromUtf8(why(created))));
        const CustomerRecord read = stored(db.connection(), created->id);
        QCOMPARE(read.draft.name, text);
        QCOMPARE(read.draft.note, text + "\n" + text);
        QCOMPARE(read.draft.addresses.value(0).address, text + "\n" + text);
        QCOMPARE(read.draft.addresses.value(0).label, text.left(20).trimmed());
    }
    QCOMPARE(customerRows(db.connection()), qint64(texts.size()));
    QCOMPARE(auditRows(db.connection()), qint64(texts.size()));
    QCOMPARE(findings(db.connection()).join("\n"), QString());
}

void TestCustomerService::badInputWritesNothing()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(c);
    QVERIFY(service.create(cashier, customer("张伟", "M-1")).ok());
    const qint64 audits = auditRows(c);

    CustomerDraft badAddressPhone = customer("Li Na");
    badAddressPhone.addresses = {address("A", "Good street"), address("B", "Bad street", false, "call me")};
    CustomerDraft noAddressText = customer("Li Na");
    noAddressText.addresses = {CustomerAddress{{}, "Home", "Li", {}, {}, true}};
    const QList<std::tuple<const char*, CustomerDraft, QString, QString>> cases = {
        {"code taken in another case", customer("Another", "m-1"), CustomerRules::codeField, "张伟"},
        {"no name", customer("  "), CustomerRules::nameField, {}},
        {"phone", customer("Li Na", {}, "abc"), CustomerRules::phoneField, "phone"},
        {"email", customer("Li Na", {}, {}, "li.na@"), CustomerRules::emailField, "e-mail"},
        {"code", customer("Li Na", "M 1"), CustomerRules::codeField, {}},
        {"address phone", badAddressPhone, CustomerRules::addressesField, "Address 2: "},
        {"address text", noAddressText, CustomerRules::addressesField, "Address 1: "},
    };
    for (const auto& [what, input, field, says] : cases) {
        const auto created = service.create(cashier, input);
        QVERIFY2(!created.ok(), what);
        QCOMPARE(created.error().kind, Error::Kind::Validation);
        QVERIFY2(created.error().fields.contains(field), qPrintable(created.error().message));
        QVERIFY2(created.error().fields.value(field).contains(says),
                 qPrintable(created.error().fields.value(field)));
    }
    QCOMPARE(customerRows(c), qint64(1));
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM customer_addresses"), qint64(0));
    QCOMPARE(auditRows(c), audits);

    // The same code on an edit is refused too, and a clerk may not touch customers at all.
    const auto other = service.create(cashier, customer("Other", "M-2"));
    QVERIFY2(other.ok(), why(other));
    const auto taken = service.update(cashier, other->id, other->version, customer("Other", "M-1"));
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().fields.contains(CustomerRules::codeField));
    const auto byClerk = service.create(db.createUser(Role::Clerk, "clerk"), customer("Clerk's"));
    QVERIFY(!byClerk.ok());
    QCOMPARE(byClerk.error().kind, Error::Kind::Permission);
    QCOMPARE(stored(c, other->id).draft.code, QStringLiteral("M-2"));
    QCOMPARE(customerRows(c), qint64(2));
}

void TestCustomerService::staleUpdateIsAConflict()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(db.connection());
    const auto created = service.create(cashier, customer("Original", "C-1", "138 0000 0000"));
    QVERIFY2(created.ok(), why(created));

    CustomerDraft first = created->draft;
    first.name = "First save";
    const auto saved = service.update(cashier, created->id, created->version, first);
    QVERIFY2(saved.ok(), why(saved));
    const qint64 audits = auditRows(db.connection());

    CustomerDraft second = created->draft;
    second.email = "second@example.com";
    const auto stale = service.update(cashier, created->id, created->version, second);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    // The conflict carries the record as it is now, for the form to show beside the person's own.
    QVERIFY(stale.error().current.canConvert<CustomerRecord>());
    const auto current = stale.error().current.value<CustomerRecord>();
    QCOMPARE(current.draft.name, QStringLiteral("First save"));
    QCOMPARE(current.version, saved->version);
    const auto staleDeactivate = service.setActive(cashier, created->id, created->version, false);
    QVERIFY(!staleDeactivate.ok());
    QCOMPARE(staleDeactivate.error().kind, Error::Kind::Conflict);

    const CustomerRecord now = stored(db.connection(), created->id);
    QCOMPARE(now.draft.name, QStringLiteral("First save"));
    QVERIFY(now.draft.email.isEmpty());
    QCOMPARE(now.active, true);
    QCOMPARE(auditRows(db.connection()), audits);
    QCOMPARE(findings(db.connection()).join("\n"), QString());
}

void TestCustomerService::concurrentEditFromTwoConnections()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Session cashier = db.createUser(Role::Cashier, "till");
    const Session manager = db.createUser(Role::Manager, "boss");
    const QString otherName = QStringLiteral("other-desk-%1").arg(engine);
    {
        // A second desk: its own connection to the same database, as another computer would have.
        auto other = db.database().connect(otherName);
        QVERIFY2(other.ok(), why(other));
        const CustomerService here(db.connection());
        const CustomerService there(other.value());
        CustomerDraft d = customer("陈静", "C-7", "139 0000 1111");
        d.addresses = {address("家", "北京市朝阳区 1 号", true)};
        const auto created = here.create(cashier, d);
        QVERIFY2(created.ok(), why(created));
        // Both desks open version 1.
        const auto seenThere = there.get(manager, created->id);
        QVERIFY2(seenThere.ok(), why(seenThere));
        QCOMPARE(seenThere->version, created->version);

        CustomerDraft mine = created->draft;
        mine.email = "chen.jing@example.com";
        mine.addresses << address("公司", "北京市海淀区 2 号");
        const auto savedHere = here.update(cashier, created->id, created->version, mine);
        QVERIFY2(savedHere.ok(), why(savedHere));

        CustomerDraft theirs = seenThere->draft;
        theirs.name = "陈静 Chen Jing";
        theirs.addresses.clear();
        const auto savedThere = there.update(manager, created->id, seenThere->version, theirs);
        QVERIFY(!savedThere.ok());
        QCOMPARE(savedThere.error().kind, Error::Kind::Conflict);
        const auto current = savedThere.error().current.value<CustomerRecord>();
        QCOMPARE(current.draft.email, QStringLiteral("chen.jing@example.com"));
        QCOMPARE(current.draft.addresses.size(), 2);

        // Nothing of the first save was lost, as either desk reads it.
        for (const CustomerService* service : {&here, &there}) {
            const auto now = service->get(manager, created->id);
            QVERIFY2(now.ok(), why(now));
            QCOMPARE(now->draft.name, QStringLiteral("陈静"));
            QCOMPARE(now->draft.email, QStringLiteral("chen.jing@example.com"));
            QCOMPARE(addressTexts(now.value()), (QStringList{"北京市朝阳区 1 号", "北京市海淀区 2 号"}));
            QCOMPARE(now->version, savedHere->version);
        }
        QCOMPARE(auditRows(db.connection(), created->id, "update"), qint64(1));

        // Having seen the other version, the second desk combines both and saves over it.
        CustomerDraft combined = current.draft;
        combined.name = theirs.name;
        const auto resaved = there.update(manager, created->id, current.version, combined);
        QVERIFY2(resaved.ok(), why(resaved));
        const CustomerRecord last = stored(db.connection(), created->id);
        QCOMPARE(last.draft.name, QStringLiteral("陈静 Chen Jing"));
        QCOMPARE(last.draft.email, QStringLiteral("chen.jing@example.com"));
        QCOMPARE(last.draft.addresses.size(), 2);
        QCOMPARE(findings(other.value()).join("\n"), QString());
    }
    Database::disconnect(otherName);
}

void TestCustomerService::deactivateAndActivate()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session cashier = db.createUser(Role::Cashier, "till");
    const CustomerService service(c);
    const auto created = service.create(cashier, customer("李娜", "L-1"));
    QVERIFY2(created.ok(), why(created));

    const auto off = service.setActive(cashier, created->id, created->version, false);
    QVERIFY2(off.ok(), why(off));
    QCOMPARE(off->active, false);
    QCOMPARE(off->version, created->version + 1);
    QCOMPARE(countRows(c, "SELECT archived FROM customers WHERE id = ?", {created->id}), qint64(1));
    QCOMPARE(auditRows(c, created->id, "deactivate"), qint64(1));
    QCOMPARE(auditJson(c, created->id, "deactivate", "new_value").value("active").toBool(true), false);
    QCOMPARE(findings(c).join("\n"), QString());

    const auto on = service.setActive(cashier, created->id, off->version, true);
    QVERIFY2(on.ok(), why(on));
    QCOMPARE(on->active, true);
    QCOMPARE(auditRows(c, created->id, "activate"), qint64(1));
    // Activating an active customer changes nothing: no new version, no audit row.
    const auto again = service.setActive(cashier, created->id, on->version, true);
    QVERIFY2(again.ok(), why(again));
    QCOMPARE(again->version, on->version);
    QCOMPARE(auditRows(c, created->id, "activate"), qint64(1));

    // A customer merged into another stays inactive: their orders are with the survivor now.
    const auto survivor = service.create(cashier, customer("李娜 (new)", "L-2"));
    QVERIFY2(survivor.ok(), why(survivor));
    const Session manager = db.createUser(Role::Manager, "boss");
    QVERIFY(service.merge(manager, survivor->id, survivor->version, created->id, on->version).ok());
    const CustomerRecord merged = stored(c, created->id);
    const auto refused = service.setActive(manager, created->id, merged.version, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QVERIFY2(refused.error().message.contains("merged"), qPrintable(refused.error().message));
    QCOMPARE(stored(c, created->id).active, false);
    QCOMPARE(findings(c).join("\n"), QString());
}

void TestCustomerService::mergeMovesEverything()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session cashier = db.createUser(Role::Cashier, "till");
    const Session manager = db.createUser(Role::Manager, "boss");
    const CustomerService service(c);

    CustomerDraft keep = customer("张伟", "M-100");
    keep.addresses = {address("家", "杭州市文三路 90 号", true)};
    CustomerDraft dup = customer("张伟 (dup)", "M-200", "138 0013 8001", "zhang.wei@example.com");
    dup.note = "Prefers mornings";
    dup.addresses = {address("Home again", "杭州市文三路 90 号", true), address("公司", "杭州市滨江区 8 号")};
    const auto survivor = service.create(cashier, keep);
    const auto duplicate = service.create(cashier, dup);
    QVERIFY2(survivor.ok(), why(survivor));
    QVERIFY2(duplicate.ok(), why(duplicate));
    const QString orderId = "00000000-0000-7000-8000-000000000001";
    for (const auto& [sql, values] : QList<QPair<QString, QVariantList>>{
             {"INSERT INTO warehouses (code, name, created_at, updated_at) VALUES ('W1', 'Main', 1, 1)", {}},
             {"INSERT INTO orders (id, order_no, customer_id, warehouse_id, status, subtotal_cents, "
              "total_cents, "
              "currency, created_at, updated_at) VALUES (?, 'SO-1', ?, (SELECT MAX(id) FROM warehouses), "
              "'draft', 0, 0, 'CNY', 1, 1)",
              {orderId, duplicate->id}}}) {
        const auto done = Sql::exec(c, sql, values);
        QVERIFY2(done.ok(), why(done));
    }
    QCOMPARE(findings(c).join("\n"), QString());

    const auto merged =
        service.merge(manager, survivor->id, survivor->version, duplicate->id, duplicate->version);
    QVERIFY2(merged.ok(), why(merged));
    const CustomerRecord after = stored(c, survivor->id);
    // The survivor keeps what it had and takes what it lacked.
    QCOMPARE(after.draft.name, QStringLiteral("张伟"));
    QCOMPARE(after.draft.code, QStringLiteral("M-100"));
    QCOMPARE(after.draft.phone, QStringLiteral("138 0013 8001"));
    QCOMPARE(after.draft.email, QStringLiteral("zhang.wei@example.com"));
    QCOMPARE(after.draft.note, QStringLiteral("Prefers mornings"));
    // The same address is not doubled, the new one comes after, and the survivor's default stays.
    QCOMPARE(addressTexts(after), (QStringList{"杭州市文三路 90 号", "杭州市滨江区 8 号"}));
    QCOMPARE(defaults(after), (QList<bool>{true, false}));
    QCOMPARE(after.version, survivor->version + 1);
    QCOMPARE(merged->version, after.version);
    // Every reference follows the survivor.
    auto owner = Sql::scalar(c, "SELECT customer_id FROM orders WHERE id = ?", {orderId});
    QVERIFY2(owner.ok(), why(owner));
    QCOMPARE(owner.value().toString(), survivor->id);
    QCOMPARE(countRows(c, "SELECT COUNT(*) FROM customer_addresses WHERE customer_id = ?", {duplicate->id}),
             qint64(0));
    const CustomerRecord gone = stored(c, duplicate->id);
    QCOMPARE(gone.active, false);
    QCOMPARE(gone.mergedInto, survivor->id);
    QCOMPARE(gone.draft.name, QStringLiteral("张伟 (dup)"));
    // Both sides are audited, with what each was and became.
    QCOMPARE(auditRows(c, survivor->id, "merge"), qint64(1));
    QCOMPARE(auditRows(c, duplicate->id, "merged"), qint64(1));
    QVERIFY(auditJson(c, survivor->id, "merge", "old_value").value("phone").toString().isEmpty());
    QCOMPARE(auditJson(c, survivor->id, "merge", "new_value").value("phone").toString(),
             QStringLiteral("138 0013 8001"));
    QCOMPARE(auditJson(c, duplicate->id, "merged", "new_value").value("merged_into").toString(),
             survivor->id);
    QCOMPARE(auditJson(c, duplicate->id, "merged", "old_value").value("addresses").toArray().size(), 2);
    QCOMPARE(findings(c).join("\n"), QString());

    // Undone only by a new edit of the survivor: the merged one can be neither merged again nor activated.
    const auto twice = service.merge(manager, survivor->id, after.version, duplicate->id, gone.version);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::Validation);
    CustomerDraft undo = after.draft;
    undo.addresses.removeLast();
    undo.note.clear();
    QVERIFY(service.update(manager, survivor->id, after.version, undo).ok());
    QCOMPARE(addressTexts(stored(c, survivor->id)), QStringList{"杭州市文三路 90 号"});
    QCOMPARE(findings(c).join("\n"), QString());
}

void TestCustomerService::mergeRefused()
{
    QFETCH(QString, engine);
    TestDatabase db(engine);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const Connection& c = db.connection();
    const Session cashier = db.createUser(Role::Cashier, "till");
    const Session manager = db.createUser(Role::Manager, "boss");
    const Session admin = db.createUser(Role::Admin, "root");
    const CustomerService service(c);
    CustomerDraft dup = customer("Dup", "D-2", "139 1111 2222");
    dup.addresses = {address("Home", "Elm street 1")};
    const auto survivor = service.create(cashier, customer("Keep", "D-1"));
    const auto duplicate = service.create(cashier, dup);
    QVERIFY(survivor.ok() && duplicate.ok());
    // What a refused merge must leave as it was.
    const auto state = [&] {
        const CustomerRecord kept = stored(c, survivor->id);
        const CustomerRecord other = stored(c, duplicate->id);
        return QStringList{QString::number(kept.version),
                           kept.draft.phone,
                           QString::number(other.version),
                           other.active ? "active" : "inactive",
                           other.mergedInto,
                           QString::number(countRows(c,
                                                     "SELECT COUNT(*) FROM customer_addresses WHERE "
                                                     "customer_id = ?",
                                                     {duplicate->id})),
                           QString::number(auditRows(c))};
    };
    const QStringList before = state();
    QCOMPARE(before.at(5), QStringLiteral("1"));

    // A cashier manages customers but may not merge them.
    const auto byCashier =
        service.merge(cashier, survivor->id, survivor->version, duplicate->id, duplicate->version);
    QVERIFY(!byCashier.ok());
    QCOMPARE(byCashier.error().kind, Error::Kind::Permission);
    QCOMPARE(state(), before);

    // Either side changed since the person looked: a conflict, nothing merged.
    const auto staleSurvivor =
        service.merge(manager, survivor->id, survivor->version - 1, duplicate->id, duplicate->version);
    QVERIFY(!staleSurvivor.ok());
    QCOMPARE(staleSurvivor.error().kind, Error::Kind::Conflict);
    QCOMPARE(staleSurvivor.error().current.value<CustomerRecord>().id, survivor->id);
    const auto staleDuplicate =
        service.merge(admin, survivor->id, survivor->version, duplicate->id, duplicate->version + 1);
    QVERIFY(!staleDuplicate.ok());
    QCOMPARE(staleDuplicate.error().kind, Error::Kind::Conflict);
    QCOMPARE(staleDuplicate.error().current.value<CustomerRecord>().id, duplicate->id);
    const auto itself =
        service.merge(admin, survivor->id, survivor->version, survivor->id, survivor->version);
    QVERIFY(!itself.ok());
    QCOMPARE(itself.error().kind, Error::Kind::Validation);
    QCOMPARE(state(), before);
    QCOMPARE(findings(c).join("\n"), QString());

    const auto byManager =
        service.merge(manager, survivor->id, survivor->version, duplicate->id, duplicate->version);
    QVERIFY2(byManager.ok(), why(byManager));
    QCOMPARE(byManager->draft.phone, QStringLiteral("139 1111 2222"));
    QCOMPARE(findings(c).join("\n"), QString());
}

QTEST_GUILESS_MAIN(TestCustomerService)
#include "tst_customerservice.moc"
