// The connection dialog says what is wrong with the form in the form's own terms, and what a
// server that cannot be reached said, on one readable line.
#include "common/connectiondialog.h"
#include "common/messagewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

namespace {

template<typename T> T* field(QDialog& dialog, const char* name)
{
    return dialog.findChild<T*>(QString::fromLatin1(name));
}

ConnectionProfile mariadbProfile()
{
    ConnectionProfile profile;
    profile.engine = ConnectionProfile::Engine::MySQL;
    profile.host = QStringLiteral("localhost");
    profile.user = QStringLiteral("shop");
    profile.database = QStringLiteral("storekeeper");
    return profile;
}

QString messageAfterConnect(ConnectionDialog& dialog)
{
    dialog.show(); // a message is only there while the dialog shows it
    dialog.accept();
    return field<MessageWidget>(dialog, "connectionMessage")->text();
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void namesTheFieldThatIsWrong_data();
    void namesTheFieldThatIsWrong();
    void unreachableServerIsOneReadableLine();
};

void TestConnectionDialog::namesTheFieldThatIsWrong_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");
    QTest::newRow("no user") << "connectionUser"
                             << ""
                             << "user name you sign in";
    QTest::newRow("no host") << "connectionHost"
                             << "  "
                             << "host name or IP address";
    QTest::newRow("space in host") << "connectionHost"
                                   << "local host"
                                   << "\"local host\" is not a host name";
    QTest::newRow("no database") << "connectionDatabase"
                                 << ""
                                 << "name of the database";
    QTest::newRow("slash in database") << "connectionDatabase"
                                       << "a/b"
                                       << "without \"/\"";
}

void TestConnectionDialog::namesTheFieldThatIsWrong()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, says);
    ConnectionDialog dialog(mariadbProfile());
    field<QLineEdit>(dialog, fieldName.toLatin1().constData())->setText(typed);
    const QString message = messageAfterConnect(dialog);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("mysql://")), qPrintable(message)); // not the address's syntax
    QCOMPARE(dialog.result(), int(QDialog::Rejected));                           // still open, nothing chosen
}

void TestConnectionDialog::unreachableServerIsOneReadableLine()
{
    QTcpServer closed; // a port that was free a moment ago: the connection is refused
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ConnectionProfile profile = mariadbProfile();
    profile.engine = ConnectionProfile::Engine::PostgreSQL;
    profile.host = QStringLiteral("127.0.0.1");
    ConnectionDialog dialog(profile);
    field<QSpinBox>(dialog, "connectionPort")->setValue(port);
    const QString message = messageAfterConnect(dialog);
    QVERIFY2(message.contains(QLatin1String("Cannot connect to PostgreSQL")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(port)), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\t')),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("QPSQL")), qPrintable(message));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
