#pragma once

// What GUI suites share: finding widgets by name, typing the way a person does, answering a modal
// dialog, and the workspace a window is opened with.
#include "common/mainwindow.h"
#include "common/workspace.h"
#include "domain/goods.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <functional>
#include <memory>

namespace GuiTest {

template<typename T> T* find(QWidget* parent, const char* name)
{
    T* child = parent->findChild<T*>(QString::fromLatin1(name));
    if (!child)
        qWarning("no widget named %s", name);
    return child;
}

// Types TEXT into the line edit or text box NAME, replacing what it held. QTest types Latin-1 keys
// only; other text arrives the way an input method commits it.
inline void type(QWidget* parent, const char* name, const QString& text)
{
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (auto* box = parent->findChild<QPlainTextEdit*>(QString::fromLatin1(name))) {
        box->setFocus();
        box->clear();
        if (latin1)
            QTest::keyClicks(box, text);
        else
            box->insertPlainText(text);
        return;
    }
    auto* edit = find<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus(); // as a click into it does: leaving it later is a real change of focus
    edit->clear();
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

// Runs STEPS inside the modal dialog that CLICKING opens, the way a person would use it, whether
// it opens at once or once a service call off the window's thread has answered. A timer looks for
// the dialog from inside its own event loop, where the steps must run.
inline void withModalDialog(const std::function<void()>& clicking, const std::function<void(QWidget*)>& steps)
{
    bool ran = false;
    QWidget* before = QApplication::activeModalWidget();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (ran || !dialog || dialog == before || !dialog->isVisible())
            return;
        ran = true;
        poll.stop();
        steps(dialog);
        // A failed check inside the steps returns early with the dialog still open: close it, so the
        // test reports the failure instead of waiting for a click that never comes.
        if (QApplication::activeModalWidget() == dialog)
            dialog->close();
    });
    poll.start();
    clicking();
    QTRY_VERIFY(ran);
}

// The workspace of SESSION on DB, with its own runner for service calls, as the application makes it.
inline Workspace workspaceFor(const TestDatabase& db, const Session& session)
{
    return Workspace{db.database(), db.connection(), session, std::make_shared<JobRunner>(db.database())};
}

// A goods item in pieces at a price of CENTS, costing half of it.
inline GoodsDraft goodsItem(const char* sku, const char* name, qint64 cents)
{
    GoodsDraft draft;
    draft.sku = QString::fromLatin1(sku);
    draft.name = QString::fromLatin1(name);
    draft.unit = QStringLiteral("pcs");
    draft.price = Money::fromCents(cents);
    draft.cost = Money::fromCents(cents / 2);
    return draft;
}

// The area KEY of WINDOW, shown (and built) now.
template<typename Area> Area* area(MainWindow& window, const char* key)
{
    return qobject_cast<Area*>(window.showArea(QString::fromLatin1(key)));
}

// The visible labels of WINDOW whose text does not fit the space the layout gave them (a wrapped
// one is too short for its lines, another too narrow for its text), each as "name: text".
// Whether a word-wrapped LABEL shows all of its text: tall enough for its lines, and no word
// (such as a path with nowhere to break) wider than the label.
inline bool wrapsInside(QLabel* label)
{
    if (label->heightForWidth(label->width()) > label->height())
        return false;
    QTextDocument text;
    text.setDefaultFont(label->font());
    text.setDocumentMargin(0);
    if (Qt::mightBeRichText(label->text()))
        text.setHtml(label->text());
    else
        text.setPlainText(label->text());
    const int width = label->contentsRect().width() - 2 * label->margin() - label->indent();
    text.setTextWidth(width);
    return text.idealWidth() <= width + 1;
}

inline QStringList cutLabels(QWidget* window)
{
    QStringList cut;
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool fits =
            label->wordWrap() ? wrapsInside(label) : label->sizeHint().width() <= label->width() + 1;
        if (!fits)
            cut << QStringLiteral("%1 (%2x%3): %4")
                       .arg(label->objectName())
                       .arg(label->width())
                       .arg(label->height())
                       .arg(label->text().left(80));
    }
    return cut;
}

} // namespace GuiTest
