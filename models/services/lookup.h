#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

// Finding one record by typing part of its name or code, for the fields that pick one (a goods
// item's supplier, the goods a supplier sells): an exact code first, then what the search finds,
// in the reader's language order, at most LIMIT of them. One query per keystroke, any table size.
namespace Lookup {

struct Match
{
    QVariant key;
    QString code;
    QString name;
};

Result<QList<Match>> goods(const Connection& connection, const Session& session, const QString& text,
                           int limit = 20);
Result<QList<Match>> suppliers(const Connection& connection, const Session& session, const QString& text,
                               int limit = 20);
Result<QList<Match>> customers(const Connection& connection, const Session& session, const QString& text,
                               int limit = 20);

} // namespace Lookup
