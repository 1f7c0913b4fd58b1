#include "auditlistmodel.h"

#include "domain/auditdiff.h"

#include <QJsonDocument>

namespace AuditList {

ListSpec spec()
{
    using Kind = ListColumn::Kind;
    ListSpec spec;
    spec.table = QStringLiteral("audit_log l");
    spec.joins = QStringLiteral("LEFT JOIN users u ON u.id = l.user_id");
    spec.key = QStringLiteral("l.id");
    // Only time sorts: ix_audit_log_time, _user and _kind serve it with each filter.
    spec.columns = {
        ListColumn(QStringLiteral("when"), QT_TRANSLATE_NOOP("ListColumns", "When"),
                   QStringLiteral("l.changed_at"), {QStringLiteral("l.changed_at")}, Kind::DateTime)
            .startingWidth(21),
        ListColumn(QStringLiteral("who"), QT_TRANSLATE_NOOP("ListColumns", "Who"),
                   QStringLiteral("u.display_name"))
            .startingWidth(16),
        ListColumn(QStringLiteral("entity"), QT_TRANSLATE_NOOP("ListColumns", "Record"),
                   QStringLiteral("l.entity"))
            .startingWidth(15),
        ListColumn(QStringLiteral("entityId"), QT_TRANSLATE_NOOP("ListColumns", "Number"),
                   QStringLiteral("l.entity_id"), {}, Kind::Code)
            .startingWidth(10),
        ListColumn(QStringLiteral("action"), QT_TRANSLATE_NOOP("ListColumns", "Action"),
                   QStringLiteral("l.action"))
            .startingWidth(14),
        // Both values in one cell, a line apart (JSON writes no raw line breaks), for one read.
        {QStringLiteral("changes"), QT_TRANSLATE_NOOP("ListColumns", "What changed (before → after)"),
         QStringLiteral("COALESCE(l.old_value, '') || '\n' || COALESCE(l.new_value, '')")},
    };
    spec.defaultSort = QStringLiteral("when");
    spec.defaultOrder = Qt::DescendingOrder; // what happened last first
    return spec;
}

ListFilter filter(const AuditFilter& filter)
{
    ListFilter result;
    QStringList conditions;
    if (!filter.entity.isEmpty()) {
        conditions << QStringLiteral("l.entity = ?");
        result.values << filter.entity;
        if (!filter.entityId.isEmpty()) {
            conditions << QStringLiteral("l.entity_id = ?");
            result.values << filter.entityId;
        }
    }
    if (filter.userId > 0) {
        conditions << QStringLiteral("l.user_id = ?");
        result.values << filter.userId;
    } else if (filter.userId < 0) {
        conditions << QStringLiteral("l.user_id IS NULL");
    }
    if (filter.from > 0) {
        conditions << QStringLiteral("l.changed_at >= ?");
        result.values << filter.from;
    }
    if (filter.until > 0) {
        conditions << QStringLiteral("l.changed_at < ?");
        result.values << filter.until;
    }
    result.where = conditions.join(QStringLiteral(" AND "));
    return result;
}

} // namespace AuditList

AuditListModel::AuditListModel(const Database& database, const Session& session, QObject* parent)
    : ListModel(database, AuditList::spec().visibleTo(session), parent),
      m_whoColumn(spec().indexOf(QStringLiteral("who"))),
      m_entityColumn(spec().indexOf(QStringLiteral("entity"))),
      m_actionColumn(spec().indexOf(QStringLiteral("action"))),
      m_changesColumn(spec().indexOf(QStringLiteral("changes")))
{}

void AuditListModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    ListModel::setFilter(AuditList::filter(filter));
}

QVariant AuditListModel::cellData(const QVector<QVariant>& row, int column, int role) const
{
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && column == m_changesColumn))
        return ListModel::cellData(row, column, role);
    const QString raw = ListModel::cellData(row, column, RawRole).toString();
    if (column == m_whoColumn && raw.isEmpty())
        return tr("Maintenance tool"); // storekeeper-admin, run by whoever may open the database
    if (column == m_entityColumn)
        return AuditDiff::entityName(raw);
    if (column == m_actionColumn)
        return AuditDiff::actionName(raw);
    if (column == m_changesColumn) {
        const qsizetype split = raw.indexOf(QLatin1Char('\n'));
        const QJsonObject before = QJsonDocument::fromJson(raw.left(split).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(raw.mid(split + 1).toUtf8()).object();
        if (role == Qt::DisplayRole)
            return AuditDiff::summary(before, after);
        QStringList lines;
        for (const AuditDiff::Field& field : AuditDiff::fields(before, after))
            lines << tr("%1: %2 → %3").arg(field.name, field.before, field.after);
        return lines.join(QLatin1Char('\n'));
    }
    return ListModel::cellData(row, column, role);
}
