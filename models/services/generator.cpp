#include "generator.h"

#include "audit.h"
#include "categoryservice.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/barcode.h"
#include "domain/goods.h"
#include "domain/uuid7.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

const char* const zhBrands[] = {"康师傅", "统一",   "农夫",     "三只松鼠", "良品铺子",
                                "百草味", "蒙牛",   "伊利",     "旺旺",     "徐福记",
                                "海天",   "李锦记", "元气森林", "东方树叶", "金龙鱼"};
const char* const zhAdjectives[] = {"有机", "低糖", "经典", "原味", "香辣", "无糖",
                                    "全麦", "进口", "精选", "特浓", "清爽", "手工"};
const char* const zhNouns[] = {"绿茶",   "红茶", "牛奶",   "饼干",   "薯片",   "坚果",   "咖啡",
                               "果汁",   "面包", "巧克力", "酸奶",   "矿泉水", "牛肉干", "瓜子",
                               "方便面", "酱油", "大米",   "食用油", "蜂蜜",   "挂面"};
const char* const enBrands[] = {"Nestlé",  "Lay's", "Oreo",     "Kirkland", "Heinz",  "Kellogg's",
                                "Barilla", "Lindt", "Twinings", "Quaker",   "Danone", "Pringles"};
const char* const enAdjectives[] = {"Organic", "Classic",  "Spicy", "Sugar-free", "Wholegrain",
                                    "Premium", "Original", "Light", "Smoked",     "Honey"};
const char* const enNouns[] = {"Green Tea",    "Coffee Beans", "Potato Chips", "Cookies", "Almonds",
                               "Orange Juice", "Pasta",        "Chocolate",    "Yogurt",  "Cereal",
                               "Olive Oil",    "Oat Milk",     "Crackers"};
const char* const sizes[] = {"100g",  "250g",  "500g", "1kg",     "2kg",
                             "330ml", "500ml", "1L",   "6×330ml", "12 pack"};
const char* const zhUnits[] = {"袋", "瓶", "盒", "罐", "箱"};
const char* const enUnits[] = {"bag", "bottle", "box", "can", "case"};

const char* const zhSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                  "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
const char* const zhGiven[] = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇",
                               "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"};
const char* const enFirst[] = {"Emily", "David",  "Sarah",  "Michael", "Olivia",
                               "James", "Sophia", "Daniel", "Grace",   "Ryan"};
const char* const enLast[] = {"Chen", "Wang", "Li", "Zhang", "Liu", "Smith", "Brown", "Lee", "Wong", "Ng"};

template<typename T, std::size_t N> QString pick(QRandomGenerator& random, T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(quint32(N))]);
}

// Rows per INSERT: large enough to save round trips to a server, small enough for every
// engine's limit on bound values.
constexpr int batchRows = 200;

Result<QList<qint64>> ensureCategories(const Connection& connection, const Session& session)
{
    const CategoryService categories(connection);
    auto existing = categories.list();
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    for (const Category& category : existing.value())
        ids.append(category.id);
    if (!ids.isEmpty())
        return ids;
    for (const char* name : {"食品", "饮料", "日用品", "Imported food", "Snacks", "Household"}) {
        auto id = categories.create(session, QString::fromUtf8(name), 0);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    return ids;
}

QString placeholders(int rows, int columns)
{
    const QString row = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringList(rows, row).join(QLatin1Char(','));
}

// Inserts COUNT rows made by MAKEROW(index, values) in batches.
Status insertRows(const Connection& connection, const QString& head, int columns, qint64 count,
                  const std::function<void(qint64, QVariantList&)>& makeRow,
                  const Generator::Progress& progress, qint64 doneBefore, qint64 total)
{
    QSqlQuery full(connection.db);
    if (!full.prepare(head + placeholders(batchRows, columns)))
        return Sql::failure(connection, full);
    QVariantList values;
    values.reserve(batchRows * columns);
    for (qint64 start = 0; start < count; start += batchRows) {
        const int rows = int(std::min<qint64>(batchRows, count - start));
        values.clear();
        for (int r = 0; r < rows; ++r)
            makeRow(start + r, values);
        QSqlQuery partial(connection.db);
        QSqlQuery& query = rows == batchRows ? full : partial;
        if (rows != batchRows && !query.prepare(head + placeholders(rows, columns)))
            return Sql::failure(connection, query);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Sql::failure(connection, query);
        if (progress && (start / batchRows) % 50 == 0 && !progress(doneBefore + start + rows, total))
            return Error::make(Error::Kind::Validation, Generator::tr("Cancelled; nothing was added."));
    }
    return Done{};
}

// The number after the highest GEN-nnnnnnnn code so far: counting rows would reuse the number of a
// generated row someone deleted.
Result<qint64> nextSerial(const Connection& connection, const QString& table, const QString& column)
{
    auto highest = Sql::scalar(
        connection, QStringLiteral("SELECT MAX(%1) FROM %2 WHERE %1 LIKE 'GEN-%'").arg(column, table));
    if (!highest)
        return highest.error();
    return highest.value().toString().mid(4).toLongLong() + 1;
}

Status finishBulkLoad(const Connection& connection, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto done = Sql::exec(connection, statement); !done)
            return done.error();
    }
    return Done{};
}

} // namespace

Status Generator::run(const Connection& connection, const Session& session, const Request& request,
                      const Progress& progress)
{
    if (auto allowed = requirePermission(session, Permission::ManageDatabase); !allowed)
        return allowed.error();
    if (request.goods < 0 || request.customers < 0 || request.goods > maxRows || request.customers > maxRows)
        return Error::make(Error::Kind::Validation,
                           tr("Give counts between 0 and %1.").arg(QLocale().toString(maxRows)));
    Transaction transaction(connection);
    if (!transaction.ok())
        return transaction.error();
    QRandomGenerator random(request.seed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = request.goods + request.customers;

    if (request.goods > 0) {
        auto categoryIds = ensureCategories(connection, session);
        if (!categoryIds)
            return categoryIds.error();
        auto next = nextSerial(connection, QStringLiteral("goods"), QStringLiteral("sku"));
        if (!next)
            return next.error();
        const qint64 first = next.value();
        auto finishLoad = connection.sql().startBulkLoad(connection, QStringLiteral("goods"));
        if (!finishLoad)
            return finishLoad.error();
        const auto makeGoods = [&](qint64 index, QVariantList& values) {
            const qint64 serial = first + index;
            GoodsDraft draft;
            draft.sku = QStringLiteral("GEN-%1").arg(serial, 8, 10, QLatin1Char('0'));
            // In-store range 2x: never clashes with a manufacturer's barcode.
            const QString digits =
                QStringLiteral("2%1").arg(serial % 100'000'000'000LL, 11, 10, QLatin1Char('0'));
            draft.barcode = digits + QString::number(gtinCheckDigit(digits));
            const bool chinese = random.bounded(3) != 0;
            draft.name = chinese ? pick(random, zhBrands) + pick(random, zhAdjectives) +
                                       pick(random, zhNouns) + QLatin1Char(' ') + pick(random, sizes)
                                 : pick(random, enBrands) + QLatin1Char(' ') + pick(random, enAdjectives) +
                                       QLatin1Char(' ') + pick(random, enNouns) + QLatin1Char(' ') +
                                       pick(random, sizes);
            draft.unit = chinese ? pick(random, zhUnits) : pick(random, enUnits);
            const qint64 price = 50 + random.bounded(99'950);
            draft.price = Money::fromCents(price);
            draft.cost = Money::fromCents(price * (40 + random.bounded(40)) / 100);
            draft.categoryId = categoryIds->at(int(random.bounded(quint32(categoryIds->size()))));
            values << draft.sku << draft.barcode << draft.name << draft.categoryId << draft.unit
                   << draft.price.cents() << draft.cost.cents() << GoodsRules::searchText(draft) << now
                   << now;
        };
        auto inserted = insertRows(
            connection,
            QStringLiteral("INSERT INTO goods (sku, barcode, name, category_id, unit, "
                           "price_cents, cost_cents, search_text, created_at, updated_at) VALUES "),
            10, request.goods, makeGoods, progress, 0, total);
        if (!inserted)
            return inserted;
        if (auto finished = finishBulkLoad(connection, finishLoad.value()); !finished)
            return finished;
    }

    if (request.customers > 0) {
        auto next = nextSerial(connection, QStringLiteral("customers"), QStringLiteral("code"));
        if (!next)
            return next.error();
        const qint64 first = next.value();
        auto finishLoad = connection.sql().startBulkLoad(connection, QStringLiteral("customers"));
        if (!finishLoad)
            return finishLoad.error();
        const auto makeCustomer = [&](qint64 index, QVariantList& values) {
            const qint64 serial = first + index;
            const bool chinese = random.bounded(4) != 0;
            const QString name = chinese ? pick(random, zhSurnames) + pick(random, zhGiven) +
                                               (random.bounded(2) ? pick(random, zhGiven) : QString())
                                         : pick(random, enFirst) + QLatin1Char(' ') + pick(random, enLast);
            const QString phone = QStringLiteral("1%1%2")
                                      .arg(3 + random.bounded(7))
                                      .arg(random.bounded(1'000'000'000), 9, 10, QLatin1Char('0'));
            values << newUuid7() << QStringLiteral("GEN-%1").arg(serial, 8, 10, QLatin1Char('0')) << name
                   << phone << now << now;
        };
        auto inserted = insertRows(connection,
                                   QStringLiteral("INSERT INTO customers (id, code, name, phone, created_at, "
                                                  "updated_at) VALUES "),
                                   6, request.customers, makeCustomer, progress, request.goods, total);
        if (!inserted)
            return inserted;
        if (auto finished = finishBulkLoad(connection, finishLoad.value()); !finished)
            return finished;
    }

    if (auto audited = Audit::record(connection, session, QStringLiteral("database"),
                                     QStringLiteral("generate"), QStringLiteral("generate"), {},
                                     {{QStringLiteral("goods"), request.goods},
                                      {QStringLiteral("customers"), request.customers},
                                      {QStringLiteral("seed"), qint64(request.seed)}});
        !audited)
        return audited.error();
    if (progress)
        progress(total, total);
    return transaction.commit();
}
