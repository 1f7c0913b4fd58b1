#pragma once

#include <QMap>
#include <QString>
#include <QVariant>
#include <utility>
#include <variant>

// What went wrong in a service, already translated for the person who asked. Services return it;
// views decide where to show it. Field errors name the form field they belong to.
struct Error
{
    enum class Kind
    {
        Validation,     // input is wrong; fields says where
        Permission,     // the signed-in role may not do this
        NotFound,       // the record is gone
        Conflict,       // someone else changed the record since it was read
        Authentication, // wrong user name or password, or account locked
        Unavailable,    // cannot reach or open the database
        Schema,         // the database is not one this program can use
        Duplicate,      // a unique index refused a row; constraint names the index
        Database,       // the engine refused a statement
        File,           // a file could not be read or written
    };

    Kind kind = Kind::Database;
    QString message;
    QMap<QString, QString> fields;
    qint64 retryAfterMs = 0; // Authentication: how long to wait before trying again
    QVariant current;        // Conflict: the record as it is now, for the person to compare with theirs
    QString constraint;      // Duplicate: the unique index that refused the row

    static Error validation(QMap<QString, QString> fields, QString message = {})
    {
        Error error;
        error.kind = Kind::Validation;
        error.message = std::move(message);
        error.fields = std::move(fields);
        return error;
    }
    static Error make(Kind kind, QString message)
    {
        Error error;
        error.kind = kind;
        error.message = std::move(message);
        return error;
    }
};

// A value or the Error that prevented it.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

// The outcome of an operation that returns nothing but may fail.
using Status = Result<Done>;
