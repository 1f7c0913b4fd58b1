#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What an audit row says changed, for people to read: each field whose value differs between the
// record before and after, with its name and both values in the interface's language (cents as
// amounts, yes/no, lists joined). The stored JSON stays as it was written.
class AuditDiff
{
    Q_DECLARE_TR_FUNCTIONS(AuditDiff)
public:
    struct Field
    {
        QString name;   // "Price"
        QString before; // empty: there was none (a new record)
        QString after;  // empty: there is none now (a deleted record)
    };

    static QList<Field> fields(const QJsonObject& before, const QJsonObject& after);
    // One line: "Price: 1.99 → 2.19 · Name: 绿茶 → 龙井".
    static QString summary(const QJsonObject& before, const QJsonObject& after);
    // The audit row's kind of record ("goods") and action ("update"), as people say them.
    static QString entityName(const QString& entity);
    static QString actionName(const QString& action);
    // The kinds of record the log holds, for a filter.
    static const QStringList& entities();
};
