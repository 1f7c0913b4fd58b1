#pragma once

#include "workspace.h"

#include <QDialog>

class AuditListModel;

// The audit log of one record, newest first, from its form's History button: who changed what and
// when, field by field. Read-only.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const Workspace& workspace, const QString& entity, const QString& entityId,
                  const QString& title, QWidget* parent = nullptr);
    AuditListModel* model() const { return m_model; }

private:
    AuditListModel* m_model;
};
