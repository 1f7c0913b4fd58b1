#pragma once

#include "db/connection.h"
#include "db/transaction.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <initializer_list>
#include <optional>

// One change to shared records, made the way every service makes it: the role checked, one
// transaction, the row locked and its version compared, the version moved on, the audit row
// written beside the change. A store working offline will queue the change's command in its outbox
// at commit(), in the same transaction (DESIGN.md, "Offline store operation"), so services need no
// code of their own for it. A conflict carries the record as it is now, so a form can show both
// versions without reading it again.
class WriteScope
{
    Q_DECLARE_TR_FUNCTIONS(WriteScope)
public:
    // ENTITY names the records in the audit log ("goods", "supplier").
    WriteScope(const Connection& connection, const Session& session, QString entity);
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    // Checks every permission, then opens the transaction and checks them again against the account as
    // it is now (its role may have been changed, or the account deactivated, since its owner signed
    // in). Nothing may be written before it succeeds.
    Status begin(const QList<Permission>& needed);
    // That second check alone, inside a transaction the caller opened.
    static Status standing(const Connection& connection, const Session& session,
                           const QList<Permission>& needed);
    const Connection& connection() const { return m_connection; }
    const Session& session() const { return m_session; }
    // One time for every row this change writes, so they all say the same.
    qint64 now() const { return m_now; }

    // CURRENT is the record read under lock; EXPECTED the version the person started from.
    template<typename Record>
    Status checkVersion(const Record& current, int currentVersion, int expected, const QString& message) const
    {
        if (currentVersion == expected)
            return Done{};
        return conflict(message, QVariant::fromValue(current));
    }

    // UPDATE TABLE SET ASSIGNMENTS, version = version + 1, updated_at = now WHERE id = ? AND version = ?.
    // ASSIGNMENTS may be empty (a change of rows that hang off this one). When no row matches, someone
    // saved in between: CONFLICT.
    Status updateVersioned(const QString& table, const QString& assignments, QVariantList values,
                           const QVariant& id, int expectedVersion, const Error& conflict) const;

    // How a service reads and describes one record, for edit().
    template<typename Record> struct Kind
    {
        std::function<Result<Record>(bool lock)> read;  // the record, locked for the change when asked
        std::function<QJsonObject(const Record&)> json; // what the audit log keeps of it
        std::function<Error(const Record&)> conflict;   // the conflict a change over CURRENT meets
    };

    // The whole of an edit of one record: read it under lock, refuse any version but EXPECTEDVERSION
    // as a conflict, run CHANGE (unless UNCHANGED says it would change nothing: no new version, no
    // audit row), read it again, audit ACTION with before and after, commit. Returns it as it is now.
    template<typename Record>
    Result<Record> edit(const QString& auditId, int expectedVersion, const QString& action,
                        const Kind<Record>& kind, const std::function<Status(const Record& before)>& change,
                        const std::function<bool(const Record& before)>& unchanged = {})
    {
        auto before = kind.read(true);
        if (!before)
            return before;
        if (before->version != expectedVersion)
            return kind.conflict(before.value());
        if (unchanged && unchanged(before.value())) {
            // Committed all the same, so an enclosing transaction (an import) does not take the
            // unused one for a failed step.
            if (auto committed = commit(); !committed)
                return committed.error();
            return before;
        }
        if (auto changed = change(before.value()); !changed)
            return changed.error();
        auto after = kind.read(false);
        if (!after)
            return after;
        if (auto audited = audit(auditId, action, kind.json(before.value()), kind.json(after.value()));
            !audited)
            return audited.error();
        if (auto committed = commit(); !committed)
            return committed.error();
        return after;
    }

    Status audit(const QString& id, const QString& action, const QJsonObject& before,
                 const QJsonObject& after) const;
    Status commit();

    // A duplicate that a unique index refused, as a note on the field it belongs to; other errors
    // pass through unchanged.
    struct UniqueField
    {
        QString index;
        QString field;
        QString message;
    };
    static Error fieldOfDuplicate(const Error& error, const QList<UniqueField>& fields);
    static Error conflict(const QString& message, const QVariant& current);
    static QString fieldsNeedAttention();

private:
    Connection m_connection;
    Session m_session;
    QString m_entity;
    qint64 m_now = 0;
    std::optional<Transaction> m_transaction;
};

// Bound values for optional columns: NULL rather than an empty string or a zero key.
QVariant nullableText(const QString& text);
QVariant nullableId(qint64 id);
