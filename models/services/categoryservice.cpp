#include "categoryservice.h"

#include "audit.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/textrules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <functional>

Result<QList<Category>> CategoryService::list() const
{
    auto rows = Sql::exec(m_connection, QStringLiteral("SELECT id, parent_id, name FROM categories "
                                                       "ORDER BY sort_order, name, id"));
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Category>> children;
    QSet<qint64> known;
    while (rows.value().next()) {
        Category category;
        category.id = rows.value().value(0).toLongLong();
        category.parentId = rows.value().value(1).toLongLong();
        category.name = rows.value().value(2).toString();
        children[category.parentId].append(category);
        known.insert(category.id);
    }
    QList<Category> ordered;
    // Depth first from the top; a parent that no longer exists makes its children top level.
    std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
        const QList<Category> siblings = children.value(parent);
        for (Category category : siblings) {
            category.depth = depth;
            ordered.append(category);
            if (depth < 32)
                visit(category.id, depth + 1);
        }
    };
    visit(0, 0);
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        if (it.key() != 0 && !known.contains(it.key())) {
            for (Category category : it.value()) {
                ordered.append(category);
                visit(category.id, 1);
            }
        }
    }
    return ordered;
}

Result<qint64> CategoryService::create(const Session& session, const QString& nameInput,
                                       qint64 parentId) const
{
    if (auto allowed = requirePermission(session, Permission::ManageCategories); !allowed)
        return allowed.error();
    const QString name = nameInput.trimmed();
    if (QString problem = TextRules::problem(name, 100, true); !problem.isEmpty())
        return Error::validation({{QStringLiteral("name"), problem}}, problem);

    Transaction transaction(m_connection);
    if (!transaction.ok())
        return transaction.error();
    const QString taken = tr("There is already a category \"%1\" here.").arg(name);
    auto existing = Sql::scalar(m_connection,
                                QStringLiteral("SELECT id FROM categories WHERE parent_key = ? AND name = ?"),
                                {parentId, name});
    if (!existing)
        return existing.error();
    if (existing.value().isValid())
        return Error::validation({{QStringLiteral("name"), taken}}, taken);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant parent = parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
    auto id = Sql::insert(m_connection,
                          QStringLiteral("INSERT INTO categories (parent_id, parent_key, name, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?)"),
                          {parent, parentId, name, now, now});
    if (!id && id.error().kind == Error::Kind::Duplicate) // created at the same moment elsewhere
        return Error::validation({{QStringLiteral("name"), taken}}, taken);
    if (!id)
        return id.error();
    const qint64 categoryId = id.value();
    auto audited = Audit::record(m_connection, session, QStringLiteral("category"),
                                 QString::number(categoryId), QStringLiteral("create"), {},
                                 {{QStringLiteral("name"), name}, {QStringLiteral("parent_id"), parentId}});
    if (!audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return categoryId;
}
