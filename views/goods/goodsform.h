#pragma once

#include "common/workspace.h"
#include "domain/goods.h"
#include "services/categoryservice.h"

#include <QDialog>
#include <QHash>

class CategoryCombo;
class GoodsConflictWidget;
class MessageWidget;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one goods item. Each field says what is wrong right under it; a save that
// meets someone else's newer save shows both versions instead of overwriting either.
class GoodsForm : public QDialog
{
    Q_OBJECT
public:
    GoodsForm(const Workspace& workspace, const QList<Category>& categories, QWidget* parent = nullptr);
    ~GoodsForm() override;

    // CATEGORYID: the category the new item starts in, 0 for none.
    void startNew(qint64 categoryId = 0);
    void startEdit(const GoodsRecord& record);
    const GoodsRecord& saved() const { return m_saved; }
    // The message under FIELD (GoodsRules::*Field), empty when it has none.
    QString fieldError(const QString& field) const;

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addField(const QString& field, const QString& label, QWidget* input, class QFormLayout* layout);
    GoodsDraft readForm(QMap<QString, QString>* problems) const;
    void fillForm(const GoodsDraft& draft);
    void showProblems(const QMap<QString, QString>& problems);
    void checkField(const QString& field);
    void keepMine();
    void takeTheirs();
    void applyPermissions();

    const Workspace& m_workspace;
    qint64 m_id = 0;
    int m_version = 0;
    GoodsRecord m_saved;
    bool m_messageSumsUpFields = false;

    MessageWidget* m_message;
    GoodsConflictWidget* m_conflict;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_barcode;
    CategoryCombo* m_category;
    QComboBox* m_unit;
    QLineEdit* m_price;
    QLineEdit* m_cost;
    QPlainTextEdit* m_description;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_inputs;
};
