#pragma once

#include "domain/session.h"
#include "listmodel.h"

struct AuditFilter
{
    QString entity;    // empty: every kind of record
    QString entityId;  // with an entity: that one record
    qint64 userId = 0; // 0: anyone; -1: the maintenance tool
    qint64 from = 0;   // UTC milliseconds, inclusive; 0: from the start
    qint64 until = 0;  // UTC milliseconds, exclusive; 0: up to now
};

namespace AuditList {

ListSpec spec();
ListFilter filter(const AuditFilter& filter);

} // namespace AuditList

// The audit log, read-only, newest first: when, who, which record, what was done and what changed
// (field by field, old → new).
class AuditListModel : public ListModel
{
    Q_OBJECT
public:
    AuditListModel(const Database& database, const Session& session, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }

protected:
    QVariant cellData(const QVector<QVariant>& row, int column, int role) const override;

private:
    AuditFilter m_filter;
    int m_whoColumn;
    int m_entityColumn;
    int m_actionColumn;
    int m_changesColumn;
};
