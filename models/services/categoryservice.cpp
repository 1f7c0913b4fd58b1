#include "categoryservice.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "goodscounts.h"
#include "writescope.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <functional>

namespace {

const QString selectCategory =
    QStringLiteral("SELECT id, parent_id, name, archived, version FROM categories WHERE id = ?");

QJsonObject toJson(const Category& category)
{
    return {{QStringLiteral("name"), category.name},
            {QStringLiteral("parent_id"), category.parentId},
            {QStringLiteral("archived"), category.archived},
            {QStringLiteral("version"), category.version}};
}

Error nameTaken(const QString& name)
{
    const QString message = CategoryService::tr("There is already a category \"%1\" here.").arg(name);
    return Error::validation({{CategoryRules::nameField, message}}, message);
}

// An active category never sits inside an archived one: archiving waits for its subcategories,
// restoring waits for its parent, and nothing new goes under an archived category.
Error parentArchived(const QString& parent)
{
    const QString message =
        CategoryService::tr("\"%1\" is archived: restore it first, or choose another category.").arg(parent);
    return Error::validation({{CategoryRules::parentField, message}}, message);
}

} // namespace

Result<QList<Category>> CategoryService::list(bool includeArchived, SortKey::Language language) const
{
    auto rows = Sql::exec(m_connection,
                          QStringLiteral("SELECT id, parent_id, name, archived, version FROM categories"));
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Category>> children;
    QHash<qint64, QByteArray> keys;
    QSet<qint64> known;
    while (rows.value().next()) {
        Category category;
        category.id = rows.value().value(0).toLongLong();
        category.parentId = rows.value().value(1).toLongLong();
        category.name = rows.value().value(2).toString();
        category.archived = rows.value().value(3).toInt() != 0;
        category.version = rows.value().value(4).toInt();
        if (category.archived && !includeArchived)
            continue;
        keys.insert(category.id, SortKey::of(category.name, language));
        children[category.parentId].append(category);
        known.insert(category.id);
    }
    rows.value().finish();
    auto counts = GoodsCounts::byCategory(m_connection, false);
    if (!counts)
        return counts.error();
    for (QList<Category>& siblings : children) {
        std::sort(siblings.begin(), siblings.end(), [&](const Category& a, const Category& b) {
            return keys.value(a.id) != keys.value(b.id) ? keys.value(a.id) < keys.value(b.id) : a.id < b.id;
        });
    }
    QList<Category> ordered;
    // Depth first from the top; the tree has no loops (the service refuses them, check finds them),
    // and a category whose parent is not listed (archived) is shown at the top rather than lost.
    std::function<qint64(qint64, int)> visit = [&](qint64 parent, int depth) {
        qint64 total = 0;
        for (Category category : children.value(parent)) {
            category.depth = depth;
            category.ownGoods = counts->value(category.id);
            const int at = int(ordered.size());
            ordered.append(category);
            const qint64 below = depth < 64 ? visit(category.id, depth + 1) : 0;
            ordered[at].totalGoods = category.ownGoods + below;
            total += ordered[at].totalGoods;
        }
        return total;
    };
    visit(0, 0);
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        if (it.key() != 0 && !known.contains(it.key())) {
            for (Category category : it.value()) {
                category.ownGoods = counts->value(category.id);
                const int at = int(ordered.size());
                ordered.append(category);
                ordered[at].totalGoods = category.ownGoods + visit(category.id, 1);
            }
        }
    }
    return ordered;
}

Result<Category> CategoryService::fetch(qint64 id, bool lock) const
{
    auto rows = Sql::exec(m_connection,
                          selectCategory +
                              (lock ? m_connection.sql().forUpdate(QStringLiteral("categories")) : QString()),
                          {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return Error::make(
            Error::Kind::NotFound,
            tr("This category no longer exists; someone may have merged it. Refresh the list."));
    Category category;
    category.id = rows.value().value(0).toLongLong();
    category.parentId = rows.value().value(1).toLongLong();
    category.name = rows.value().value(2).toString();
    category.archived = rows.value().value(3).toInt() != 0;
    category.version = rows.value().value(4).toInt();
    return category;
}

Result<Category> CategoryService::get(qint64 id) const
{
    return fetch(id, false);
}

Status CategoryService::lockTree() const
{
    // One row every change of the tree's shape updates: they run one after the other.
    auto ensured =
        Sql::change(m_connection,
                  m_connection.sql().insertOrIgnore(
                      QStringLiteral("INSERT INTO meta (meta_key, meta_value) VALUES ('category_tree', '0')"),
                      QStringLiteral("meta_key")));
    if (!ensured)
        return ensured.error();
    auto locked =
        Sql::change(m_connection, QStringLiteral("UPDATE meta SET meta_value = meta_value WHERE meta_key = "
                                               "'category_tree'"));
    return locked ? Status(Done{}) : Status(locked.error());
}

Result<QList<qint64>> CategoryService::ancestorsOf(qint64 id) const
{
    QList<qint64> ancestors;
    qint64 current = id;
    for (int guard = 0; guard < 1000; ++guard) {
        auto parent = Sql::scalar(m_connection,
                                  QStringLiteral("SELECT parent_id FROM categories WHERE id = ?"), {current});
        if (!parent)
            return parent.error();
        if (!parent.value().isValid() || parent.value().isNull())
            return ancestors;
        current = parent.value().toLongLong();
        if (ancestors.contains(current))
            break;
        ancestors << current;
    }
    return Error::make(Error::Kind::Database,
                       tr("The category tree has a loop; run \"storekeeper-admin check\" and repair it."));
}

Status CategoryService::checkSiblingName(qint64 parentId, const QString& name, qint64 exceptId) const
{
    auto existing =
        Sql::scalar(m_connection,
                    QStringLiteral("SELECT id FROM categories WHERE parent_key = ? AND name = ? AND id <> ?"),
                    {parentId, name, exceptId});
    if (!existing)
        return existing.error();
    if (existing.value().isValid())
        return nameTaken(name);
    return Done{};
}

Error CategoryService::conflict(const Category& current) const
{
    return WriteScope::conflict(
        tr("Someone else changed the category \"%1\" a moment ago. Look at it again and "
           "repeat the change if it is still wanted.")
            .arg(current.name),
        QVariant::fromValue(current));
}

Result<qint64> CategoryService::create(const Session& session, const QString& nameInput,
                                       qint64 parentId) const
{
    WriteScope scope(m_connection, session, QStringLiteral("category"));
    const QString name = nameInput.trimmed();
    if (auto begun = scope.begin({Permission::ManageCategories}); !begun)
        return begun.error();
    if (QString problem = CategoryRules::nameProblem(name); !problem.isEmpty())
        return Error::validation({{CategoryRules::nameField, problem}}, problem);
    // Under the tree's lock, so the parent cannot be archived or merged away meanwhile.
    if (auto locked = lockTree(); !locked)
        return locked.error();
    if (parentId > 0) {
        auto parent = fetch(parentId, false);
        if (!parent)
            return parent.error();
        if (parent->archived)
            return parentArchived(parent->name);
    }
    if (auto free = checkSiblingName(parentId, name, 0); !free)
        return free.error();
    auto id = Sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO categories (parent_id, parent_key, name, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {nullableId(parentId), std::max<qint64>(parentId, 0), name, scope.now(), scope.now()});
    if (!id && id.error().kind == Error::Kind::Duplicate) // created at the same moment elsewhere
        return nameTaken(name);
    if (!id)
        return id.error();
    Category created{id.value(), std::max<qint64>(parentId, 0), name, 0, false, 1, 0, 0};
    if (auto audited =
            scope.audit(QString::number(id.value()), QStringLiteral("create"), {}, toJson(created));
        !audited)
        return audited.error();
    if (auto committed = scope.commit(); !committed)
        return committed.error();
    return id.value();
}

WriteScope::Kind<Category> CategoryService::kind(qint64 id) const
{
    return {[this, id](bool lock) { return fetch(id, lock); }, &toJson,
            [this](const Category& current) { return conflict(current); }};
}

Result<Category> CategoryService::rename(const Session& session, qint64 id, int expectedVersion,
                                         const QString& nameInput) const
{
    WriteScope scope(m_connection, session, QStringLiteral("category"));
    const QString name = nameInput.trimmed();
    if (auto begun = scope.begin({Permission::ManageCategories}); !begun)
        return begun.error();
    if (QString problem = CategoryRules::nameProblem(name); !problem.isEmpty())
        return Error::validation({{CategoryRules::nameField, problem}}, problem);
    return scope.edit<Category>(
        QString::number(id), expectedVersion, QStringLiteral("rename"), kind(id),
        [&](const Category& before) -> Status {
            if (auto free = checkSiblingName(before.parentId, name, id); !free)
                return free;
            auto updated = scope.updateVersioned(QStringLiteral("categories"), QStringLiteral("name = ?"),
                                                 {name}, id, expectedVersion, conflict(before));
            return updated || updated.error().kind != Error::Kind::Duplicate ? updated
                                                                             : Status(nameTaken(name));
        },
        [&](const Category& before) { return before.name == name; });
}

Result<Category> CategoryService::move(const Session& session, qint64 id, int expectedVersion,
                                       qint64 newParentId) const
{
    WriteScope scope(m_connection, session, QStringLiteral("category"));
    if (auto begun = scope.begin({Permission::ManageCategories}); !begun)
        return begun.error();
    if (auto locked = lockTree(); !locked)
        return locked.error();
    newParentId = std::max<qint64>(newParentId, 0);
    return scope.edit<Category>(
        QString::number(id), expectedVersion, QStringLiteral("move"), kind(id),
        [&](const Category& before) -> Status {
            if (newParentId > 0) {
                auto parent = fetch(newParentId, false);
                if (!parent)
                    return parent.error();
                auto ancestors = ancestorsOf(newParentId);
                if (!ancestors)
                    return ancestors.error();
                if (newParentId == id || ancestors->contains(id))
                    return Error::validation({{CategoryRules::parentField,
                                               tr("\"%1\" cannot go under \"%2\": that lies inside it.")
                                                   .arg(before.name, parent->name)}},
                                             tr("A category cannot be moved into itself or below itself."));
                if (parent->archived && !before.archived)
                    return parentArchived(parent->name);
            }
            if (auto free = checkSiblingName(newParentId, before.name, id); !free)
                return free;
            auto updated = scope.updateVersioned(
                QStringLiteral("categories"), QStringLiteral("parent_id = ?, parent_key = ?"),
                {nullableId(newParentId), newParentId}, id, expectedVersion, conflict(before));
            return updated || updated.error().kind != Error::Kind::Duplicate ? updated
                                                                             : Status(nameTaken(before.name));
        },
        [&](const Category& before) { return before.parentId == newParentId; });
}

Status CategoryService::merge(const Session& session, qint64 sourceId, int sourceVersion,
                              qint64 targetId) const
{
    WriteScope scope(m_connection, session, QStringLiteral("category"));
    if (auto begun = scope.begin({Permission::ManageCategories}); !begun)
        return begun;
    if (auto locked = lockTree(); !locked)
        return locked;
    auto source = fetch(sourceId, true);
    if (!source)
        return source.error();
    if (source->version != sourceVersion)
        return conflict(source.value());
    auto target = fetch(targetId, true);
    if (!target)
        return target.error();
    auto ancestors = ancestorsOf(targetId);
    if (!ancestors)
        return ancestors.error();
    if (targetId == sourceId || ancestors->contains(sourceId))
        return Error::make(
            Error::Kind::Validation,
            tr("\"%1\" cannot be merged into \"%2\": that lies inside it.").arg(source->name, target->name));
    auto clash =
        Sql::scalar(m_connection,
                    QStringLiteral("SELECT a.name FROM categories a JOIN categories b ON b.name = a.name "
                                   "WHERE a.parent_key = ? AND b.parent_key = ?"),
                    {sourceId, targetId});
    if (!clash)
        return clash.error();
    if (clash.value().isValid())
        return Error::make(Error::Kind::Validation,
                           tr("Both categories have a subcategory \"%1\". Merge those two first, then these.")
                               .arg(clash.value().toString()));
    if (target->archived)
        return Error::make(
            Error::Kind::Validation,
            tr("\"%1\" is archived: restore it before merging another category into it.").arg(target->name));

    // Each goods item moved is a change of that item: its version moves on and its history says so.
    // Locked, so an item archived meanwhile cannot be counted in the wrong state.
    auto goods = Sql::exec(m_connection,
                           QStringLiteral("SELECT id, archived FROM goods WHERE category_id = ?") +
                               m_connection.sql().forUpdate(QStringLiteral("goods")),
                           {sourceId});
    if (!goods)
        return goods.error();
    QList<QPair<qint64, bool>> moved;
    while (goods.value().next())
        moved << qMakePair(goods.value().value(0).toLongLong(), goods.value().value(1).toInt() != 0);
    goods.value().finish();
    const WriteScope goodsAudit(m_connection, session, QStringLiteral("goods"));
    for (const auto& [goodsId, archived] : qAsConst(moved)) {
        Q_UNUSED(archived)
        if (auto audited = goodsAudit.audit(QString::number(goodsId), QStringLiteral("update"),
                                            {{QStringLiteral("category_id"), sourceId}},
                                            {{QStringLiteral("category_id"), targetId}});
            !audited)
            return audited;
    }
    // Subcategories change parent, and their version with it: each one's history says so too.
    auto children = Sql::exec(m_connection,
                              QStringLiteral("SELECT id FROM categories WHERE parent_key = ?") +
                                  m_connection.sql().forUpdate(QStringLiteral("categories")),
                              {sourceId});
    if (!children)
        return children.error();
    QList<qint64> movedChildren;
    while (children.value().next())
        movedChildren << children.value().value(0).toLongLong();
    children.value().finish();
    for (qint64 child : qAsConst(movedChildren)) {
        if (auto audited = scope.audit(QString::number(child), QStringLiteral("move"),
                                       {{QStringLiteral("parent_id"), sourceId}},
                                       {{QStringLiteral("parent_id"), targetId}});
            !audited)
            return audited;
    }
    qint64 active = 0, archivedCount = 0;
    for (const auto& item : qAsConst(moved))
        (item.second ? archivedCount : active) += 1;
    for (const auto& [sql, values] :
         {std::pair{
              QStringLiteral("UPDATE goods SET category_id = ?, version = version + 1, updated_at = ? WHERE "
                             "category_id = ?"),
              QVariantList{targetId, scope.now(), sourceId}},
          std::pair{
              QStringLiteral("UPDATE categories SET parent_id = ?, parent_key = ?, version = version + 1, "
                             "updated_at = ? WHERE parent_key = ?"),
              QVariantList{targetId, targetId, scope.now(), sourceId}},
          std::pair{QStringLiteral("DELETE FROM categories WHERE id = ?"), QVariantList{sourceId}}}) {
        if (auto done = Sql::exec(m_connection, sql, values); !done)
            return done.error();
    }
    for (const auto& [state, count] : {std::pair{false, active}, std::pair{true, archivedCount}}) {
        for (const auto& [category, delta] : {std::pair{sourceId, -count}, std::pair{targetId, count}}) {
            if (auto counted = GoodsCounts::adjust(m_connection, category, state, delta); !counted)
                return counted;
        }
    }
    if (auto audited = scope.audit(QString::number(sourceId), QStringLiteral("merge"), toJson(source.value()),
                                   {{QStringLiteral("merged_into"), targetId},
                                    {QStringLiteral("goods_moved"), qint64(moved.size())},
                                    {QStringLiteral("subcategories_moved"), qint64(movedChildren.size())}});
        !audited)
        return audited;
    return scope.commit();
}

Result<Category> CategoryService::setArchived(const Session& session, qint64 id, int expectedVersion,
                                              bool archived) const
{
    WriteScope scope(m_connection, session, QStringLiteral("category"));
    if (auto begun = scope.begin({Permission::ManageCategories}); !begun)
        return begun.error();
    if (auto locked = lockTree(); !locked)
        return locked.error();
    return scope.edit<Category>(
        QString::number(id), expectedVersion,
        archived ? QStringLiteral("archive") : QStringLiteral("restore"), kind(id),
        [&](const Category& before) -> Status {
            if (archived) {
                auto goods = Sql::scalar(
                    m_connection,
                    QStringLiteral("SELECT COUNT(*) FROM goods WHERE category_id = ? AND archived = 0"),
                    {id});
                if (!goods)
                    return goods.error();
                auto children = Sql::scalar(
                    m_connection,
                    QStringLiteral("SELECT COUNT(*) FROM categories WHERE parent_key = ? AND archived = 0"),
                    {id});
                if (!children)
                    return children.error();
                const qint64 inside = goods.value().toLongLong() + children.value().toLongLong();
                if (inside > 0)
                    return Error::make(
                        Error::Kind::Validation,
                        tr("\"%1\" still holds %n active goods item(s) or subcategories. Move or archive "
                           "them first, or merge the category into another.",
                           nullptr, int(std::min<qint64>(inside, INT_MAX)))
                            .arg(before.name));
            } else if (before.parentId > 0) {
                auto parent = fetch(before.parentId, false);
                if (!parent)
                    return parent.error();
                if (parent->archived)
                    return Error::make(Error::Kind::Validation,
                                       tr("\"%1\" is inside \"%2\", which is archived: restore that first.")
                                           .arg(before.name, parent->name));
            }
            return scope.updateVersioned(QStringLiteral("categories"), QStringLiteral("archived = ?"),
                                         {archived ? 1 : 0}, id, expectedVersion, conflict(before));
        },
        [&](const Category& before) { return before.archived == archived; });
}

Result<qint64> CategoryService::ensurePath(const Session& session, const QString& path) const
{
    // Every level is looked at before anything is written, and the levels are made in one
    // transaction: a path refused at its third level leaves no first two behind.
    QStringList parts = path.split(CategoryRules::pathSeparator);
    for (QString& part : parts) {
        part = part.trimmed();
        const QString problem = part.isEmpty() ? tr("The category path \"%1\" has an empty level.").arg(path)
                                               : CategoryRules::nameProblem(part);
        if (!problem.isEmpty())
            return Error::validation({{CategoryRules::nameField, problem}}, problem);
    }
    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    // Two imports naming the same new path at once: the second waits, then finds the levels made.
    if (auto locked = lockTree(); !locked)
        return locked.error();
    qint64 parent = 0;
    for (const QString& part : qAsConst(parts)) {
        auto existing = Sql::scalar(
            m_connection, QStringLiteral("SELECT id FROM categories WHERE parent_key = ? AND name = ?"),
            {parent, part});
        if (!existing)
            return existing.error();
        if (existing.value().isValid()) {
            parent = existing.value().toLongLong();
            continue;
        }
        auto created = create(session, part, parent);
        if (!created)
            return created;
        parent = created.value();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return parent;
}
