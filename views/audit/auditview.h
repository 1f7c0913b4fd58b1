#pragma once

#include "common/listareaview.h"

class AuditListModel;
class QComboBox;
class QDateEdit;

// The audit log (administrators and managers), read-only: who changed what and when, field by
// field, old → new; filtered by person, kind of record, one record (its number in the search
// field) and days.
class AuditView : public ListAreaView
{
    Q_OBJECT
public:
    explicit AuditView(const Workspace& workspace, QWidget* parent = nullptr);

    AuditListModel* model() const { return m_model; }
    // Shows the history of one record: kind ENTITY, number ENTITYID.
    void showRecord(const QString& entity, const QString& entityId);

protected:
    void applyFilter() override;
    QString countText(qint64 count) const override;
    void reloadAround() override;

private:
    void loadPeople();

    AuditListModel* m_model;
    QComboBox* m_who;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_until;
};
