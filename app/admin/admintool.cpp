#include "admintool.h"

#include "databaseoptions.h"
#include "db/migrations.h"
#include "domain/session.h"
#include "services/demodata.h"
#include "services/generator.h"
#include "services/integritycheck.h"
#include "services/userservice.h"
#include "terminal.h"

#include <QElapsedTimer>
#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace {

const QString connectionName = QStringLiteral("admin");
const QStringList commands = {QStringLiteral("migrate"),   QStringLiteral("create-admin"),
                              QStringLiteral("demo-data"), QStringLiteral("generate"),
                              QStringLiteral("check"),     QStringLiteral("users"),
                              QStringLiteral("import"),    QStringLiteral("export")};

} // namespace

AdminTool::AdminTool() : m_out(stdout), m_err(stderr)
{
    m_parser.setApplicationDescription(
        tr("Storekeeper maintenance.\n\nCommands:\n"
           "  migrate        create the database or bring it up to date\n"
           "  create-admin   add an administrator account (--username, --display-name)\n"
           "  demo-data      fill an empty catalogue with a demo shop and staff accounts\n"
           "  generate       add synthetic goods, suppliers, customers, warehouses and stock movements\n"
           "                 (--goods N, --suppliers N, --customers N, --warehouses N, --movements N)\n"
           "  check          look for inconsistencies; exits with 1 when it finds any\n"
           "  users list     the staff accounts: role, state, lock, last sign-in\n"
           "  users reset-password USER\n"
           "                 set a password USER must change at the next sign-in (asked for, or\n"
           "                 read from STOREKEEPER_NEW_PASSWORD); lifts any lock\n"
           "  users unlock USER\n"
           "                 let USER, locked out by wrong passwords, sign in again now\n"
           "  import KIND FILE\n"
           "                 import goods, categories, suppliers, supplier-goods, customers or stock\n"
           "                 (opening balances, received into each warehouse) from a CSV file\n"
           "                 (UTF-8 or GBK, comma, semicolon or tab), all rows or none; exits\n"
           "                 with 1 and a report of every bad row when any is wrong (--existing,\n"
           "                 --dry-run, --encoding, --delimiter)\n"
           "  export KIND    write them as CSV or an Excel workbook, in the columns import reads\n"
           "                 (--output, --encoding, --format); export movements writes the stock\n"
           "                 ledger, oldest first"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    DatabaseOptions::addTo(m_parser);
    m_parser.addOption({QStringLiteral("username"), tr("create-admin: the user name."), tr("name")});
    m_parser.addOption(
        {QStringLiteral("display-name"), tr("create-admin: the name shown in the program."), tr("name")});
    m_parser.addOption(
        {QStringLiteral("goods"), tr("generate: how many goods to add."), tr("count"), QStringLiteral("0")});
    m_parser.addOption({QStringLiteral("customers"), tr("generate: how many customers to add."), tr("count"),
                        QStringLiteral("0")});
    m_parser.addOption({QStringLiteral("suppliers"),
                        tr("generate: how many suppliers to add; generated goods are offered by them."),
                        tr("count"), QStringLiteral("0")});
    m_parser.addOption({QStringLiteral("warehouses"), tr("generate: how many warehouses to add."),
                        tr("count"), QStringLiteral("0")});
    m_parser.addOption({QStringLiteral("movements"),
                        tr("generate: how many stock movements to add, into the generated warehouses."),
                        tr("count"), QStringLiteral("0")});
    m_parser.addOption({QStringLiteral("seed"), tr("generate: seed for repeatable data."), tr("number"),
                        QStringLiteral("20261129")});
    m_parser.addOption({QStringLiteral("existing"),
                        tr("import: what a row whose SKU or code is already there does: update or skip."),
                        tr("update|skip"), QStringLiteral("update")});
    m_parser.addOption(
        {QStringLiteral("dry-run"), tr("import: check every row and report, but write nothing.")});
    m_parser.addOption({QStringLiteral("progress"), tr("import: print how far it got, a line at a time.")});
    m_parser.addOption({QStringLiteral("encoding"),
                        tr("import: the file's encoding, when guessing is not enough; export: utf-8 (with a "
                           "byte order mark, the default) or gbk."),
                        tr("utf-8|gbk")});
    m_parser.addOption({QStringLiteral("delimiter"),
                        tr("import: the delimiter, when guessing is not enough."), tr(",|;|tab")});
    m_parser.addOption({QStringLiteral("format"),
                        tr("export: csv or xlsx (an Excel workbook); by default as --output ends, else csv."),
                        tr("csv|xlsx")});
    m_parser.addOption({{QStringLiteral("output"), QStringLiteral("o")},
                        tr("export: the file to write; - or none for standard output."),
                        tr("file")});
    m_parser.addPositionalArgument(tr("command"), tr("One of: %1.").arg(commands.join(QStringLiteral(", "))));
    m_parser.addPositionalArgument(
        tr("arguments"),
        tr("users: list, reset-password USER or unlock USER; import: KIND FILE; export: KIND."),
        tr("[arguments…]"));
}

int AdminTool::usage(const QString& message)
{
    m_err << tr("storekeeper-admin: %1").arg(message) << Qt::endl
          << tr("Run \"storekeeper-admin --help\" for the commands and options.") << Qt::endl;
    return 2;
}

int AdminTool::fail(const Error& error)
{
    m_err << tr("storekeeper-admin: %1").arg(error.message) << Qt::endl;
    const QMap<QString, QString> labels = {{QStringLiteral("username"), tr("User name")},
                                           {QStringLiteral("displayName"), tr("Display name")},
                                           {QStringLiteral("password"), tr("Password")}};
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it)
        m_err << "  "
              << tr("%1: %2", "a field and what is wrong with it")
                     .arg(labels.value(it.key(), it.key()), it.value())
              << Qt::endl;
    return 1;
}

int AdminTool::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText() << Qt::flush;
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "storekeeper-admin " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("Name a command."));
    const QString command = positional.first();
    if (!commands.contains(command))
        return usage(tr("Unknown command \"%1\"; use one of: %2.")
                         .arg(command.left(40), commands.join(QStringLiteral(", "))));
    const bool takesArguments = command == QLatin1String("users") || command == QLatin1String("import") ||
                                command == QLatin1String("export");
    if (!takesArguments && positional.size() != 1)
        return usage(tr("Give exactly one command."));
    if (command == QLatin1String("users")) {
        if (auto wrong = usersUsage(positional.mid(1)); !wrong.isEmpty())
            return usage(wrong);
    }
    if (command == QLatin1String("import") || command == QLatin1String("export")) {
        if (auto wrong = transferUsage(command, positional.mid(1)); !wrong.isEmpty())
            return usage(wrong);
    }
    auto profile = DatabaseOptions::resolve(m_parser, DatabaseOptions::Fallback::Embedded);
    if (!profile)
        return usage(profile.error().message);
    m_profile = profile.value();
    if (!DatabaseOptions::given(m_parser))
        m_err
            << tr("Database: %1 (the embedded one; choose another with --database)").arg(m_profile.location())
            << Qt::endl;
    if (command == QLatin1String("migrate"))
        return migrate();
    if (command == QLatin1String("create-admin"))
        return createAdmin();
    if (command == QLatin1String("demo-data"))
        return demoData();
    if (command == QLatin1String("generate"))
        return generate();
    if (command == QLatin1String("users"))
        return users(positional.mid(1));
    if (command == QLatin1String("import"))
        return importFile(positional.mid(1));
    if (command == QLatin1String("export"))
        return exportFile(positional.mid(1));
    return check();
}

QString AdminTool::databasePassword(const ConnectionProfile& profile, bool* ok)
{
    *ok = true;
    if (!profile.isServer())
        return {};
    if (qEnvironmentVariableIsSet("STOREKEEPER_DB_PASSWORD"))
        return qEnvironmentVariable("STOREKEEPER_DB_PASSWORD");
    const QString password = Terminal::askSecret(tr("Password for %1: ").arg(profile.location()), ok);
    if (!*ok)
        m_err
            << tr("storekeeper-admin: no password for %1. Set STOREKEEPER_DB_PASSWORD or run in a terminal.")
                   .arg(profile.location())
            << Qt::endl;
    return password;
}

Result<Connection> AdminTool::open(Database::Access access, Need need)
{
    bool ok = false;
    const QString password = databasePassword(m_profile, &ok);
    if (!ok)
        return Error::make(Error::Kind::Authentication, tr("No password given; nothing was done."));
    const Database database(m_profile, password, access);
    auto connection = database.connect(connectionName);
    if (!connection)
        return connection;
    if (need == Need::CreateAndMigrate) {
        auto version = Migrations::migrate(connection.value());
        if (!version)
            return version.error();
    } else {
        auto version = Migrations::inspect(connection.value());
        if (!version)
            return version.error();
    }
    return connection;
}

int AdminTool::migrate()
{
    auto connection = open(Database::Access::ReadWriteCreate, Need::Existing);
    if (!connection)
        return fail(connection.error());
    auto before = Migrations::inspect(connection.value());
    auto after = Migrations::migrate(connection.value());
    if (!after)
        return fail(after.error());
    if (before && before.value() == after.value())
        m_out << tr("%1 is up to date (schema version %2).").arg(m_profile.location()).arg(after.value())
              << Qt::endl;
    else
        m_out << tr("%1 is now at schema version %2.").arg(m_profile.location()).arg(after.value())
              << Qt::endl;
    return 0;
}

int AdminTool::createAdmin()
{
    NewUser user;
    user.username = m_parser.value(QStringLiteral("username"));
    user.displayName = m_parser.value(QStringLiteral("display-name"));
    user.role = Role::Admin;
    if (user.username.isEmpty())
        return usage(tr("create-admin needs --username."));
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    if (qEnvironmentVariableIsSet("STOREKEEPER_ADMIN_PASSWORD")) {
        user.password = qEnvironmentVariable("STOREKEEPER_ADMIN_PASSWORD");
    } else {
        bool ok = false;
        user.password = Terminal::askSecret(tr("New password for %1: ").arg(user.username), &ok);
        bool again = false;
        const QString repeated = ok ? Terminal::askSecret(tr("Repeat the password: "), &again) : QString();
        // Not a wrong command line (exit 2): the command was right, the password is missing.
        if (!ok || !again)
            return fail(
                Error::make(Error::Kind::Validation,
                            tr("No password given. Set STOREKEEPER_ADMIN_PASSWORD or run in a terminal.")));
        if (repeated != user.password)
            return fail(
                Error::make(Error::Kind::Validation, tr("The two passwords differ; nothing was changed.")));
    }
    if (auto problems = UserService::problems(user); !problems.isEmpty())
        return fail(Error::validation(problems, tr("The account was not created:")));
    auto connection = open(Database::Access::ReadWriteCreate, Need::CreateAndMigrate);
    if (!connection)
        return fail(connection.error());
    auto id = UserService(connection.value()).create(Session::maintenance(), user);
    if (!id)
        return fail(id.error());
    m_out << tr("Administrator \"%1\" created.").arg(UserService::normalizedUsername(user.username))
          << Qt::endl;
    return 0;
}

int AdminTool::demoData()
{
    auto connection = open(Database::Access::ReadWriteCreate, Need::CreateAndMigrate);
    if (!connection)
        return fail(connection.error());
    auto summary = DemoData::load(connection.value(), Session::maintenance());
    if (!summary)
        return fail(summary.error());
    m_out
        << tr("Demo data added. Categories: %1, goods: %2, suppliers: %3, customers: %4, staff accounts: %5.")
               .arg(summary->categories)
               .arg(summary->goods)
               .arg(summary->suppliers)
               .arg(summary->customers)
               .arg(summary->staff)
        << Qt::endl;
    for (const DemoData::Account& account : summary->accounts)
        m_out << "  "
              << tr("%1 / %2 (%3)")
                     .arg(QLatin1String(account.username), QLatin1String(account.password),
                          RoleNames::displayName(account.role))
              << Qt::endl;
    return 0;
}

int AdminTool::generate()
{
    Generator::Request request;
    const auto count = [&](const QString& option, qint64* out) {
        bool ok = false;
        const qint64 value = m_parser.value(option).toLongLong(&ok);
        if (!ok || value < 0 || value > Generator::maxRows)
            return false;
        *out = value;
        return true;
    };
    if (!count(QStringLiteral("goods"), &request.goods) ||
        !count(QStringLiteral("customers"), &request.customers) ||
        !count(QStringLiteral("suppliers"), &request.suppliers) ||
        !count(QStringLiteral("warehouses"), &request.warehouses) ||
        !count(QStringLiteral("movements"), &request.movements))
        return usage(tr("--goods, --suppliers, --customers, --warehouses and --movements take a whole number "
                        "from 0 to %1.")
                         .arg(QLocale().toString(Generator::maxRows)));
    bool seedOk = false;
    request.seed = m_parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk)
        return usage(tr("--seed takes a whole number from 0 to 4294967295."));
    if (request.goods == 0 && request.customers == 0 && request.suppliers == 0 && request.warehouses == 0)
        return usage(
            tr("Nothing to generate: give --goods N, --suppliers N, --customers N or --warehouses N, "
               "with N above 0."));
    if (request.movements > 0 && request.warehouses == 0)
        return usage(tr("Movements go into the warehouses generated with them: give --warehouses N too."));

    auto connection = open(Database::Access::ReadWriteCreate, Need::CreateAndMigrate);
    if (!connection)
        return fail(connection.error());
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = isatty(fileno(stderr)) != 0;
    auto done =
        Generator::run(connection.value(), Session::maintenance(), request, [&](qint64 rows, qint64 total) {
            if (showProgress)
                m_err << '\r' << tr("%1 of %2 rows").arg(QLocale().toString(rows), QLocale().toString(total))
                      << Qt::flush;
            return true;
        });
    if (showProgress)
        m_err << Qt::endl;
    if (!done)
        return fail(done.error());
    m_out << tr("Generated in %4 s. Goods: %1, customers: %2, suppliers: %3.")
                 .arg(QLocale().toString(request.goods), QLocale().toString(request.customers),
                      QLocale().toString(request.suppliers),
                      QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << Qt::endl;
    if (request.warehouses > 0)
        m_out << tr("Warehouses: %1, stock movements: %2.")
                     .arg(QLocale().toString(request.warehouses), QLocale().toString(request.movements))
              << Qt::endl;
    return 0;
}

int AdminTool::check()
{
    auto connection = open(Database::Access::ReadOnly, Need::Existing);
    if (!connection)
        return fail(connection.error());
    auto findings = IntegrityCheck::run(connection.value());
    if (!findings)
        return fail(findings.error());
    if (findings->isEmpty()) {
        m_out << tr("No problems found.") << Qt::endl;
        return 0;
    }
    for (const QString& finding : findings.value())
        m_out << finding << Qt::endl;
    m_out << tr("%n problem(s) found.", nullptr, int(findings->size())) << Qt::endl;
    return 1;
}
