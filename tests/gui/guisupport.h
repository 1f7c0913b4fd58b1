#pragma once

// What GUI suites share: finding widgets by name, typing the way a person does, answering a modal
// dialog, and the workspace a window is opened with.
#include "common/mainwindow.h"
#include "common/workspace.h"
#include "testdatabase.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
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
        box->clear();
        if (latin1)
            QTest::keyClicks(box, text);
        else
            box->insertPlainText(text);
        return;
    }
    auto* edit = find<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->clear();
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

// Runs STEPS inside the modal dialog that CLICKING opens, the way a person would use it.
inline void withModalDialog(const std::function<void()>& clicking, const std::function<void(QWidget*)>& steps)
{
    bool ran = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        ran = true;
        QWidget* dialog = QApplication::activeModalWidget();
        steps(dialog);
        // A failed check inside the steps returns early with the dialog still open: close it, so the
        // test reports the failure instead of waiting for a click that never comes.
        if (QApplication::activeModalWidget() == dialog)
            dialog->close();
    });
    clicking();
    QVERIFY(ran);
}

// The workspace of SESSION on DB, with its own runner for service calls, as the application makes it.
inline Workspace workspaceFor(const TestDatabase& db, const Session& session)
{
    return Workspace{db.database(), db.connection(), session, std::make_shared<JobRunner>(db.database())};
}

// The area KEY of WINDOW, shown (and built) now.
template<typename Area> Area* area(MainWindow& window, const char* key)
{
    return qobject_cast<Area*>(window.showArea(QString::fromLatin1(key)));
}

} // namespace GuiTest
