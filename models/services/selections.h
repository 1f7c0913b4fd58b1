#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"
#include "tables/pagedquery.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

class JobControl;

// A selection of rows of a list, of any size, frozen for a change of them all: the rows the person
// selected (ranges of row numbers in the list's order at that moment) are written down with the
// version each had, so the preview shows exactly them and the change can refuse any changed since.
class Selections
{
    Q_DECLARE_TR_FUNCTIONS(Selections)
public:
    struct Frozen
    {
        QString id;
        qint64 rows = 0;
    };

    // QUERY is the list's own; VERSIONCOLUMN its rows' version ("g.version"). CONTROL may cancel.
    static Result<Frozen> freeze(const Connection& connection, const Session& session, Permission needed,
                                 const PagedQuery& query, const QString& versionColumn,
                                 const QList<QPair<int, int>>& ranges, JobControl* control = nullptr);
    static Status discard(const Connection& connection, const QString& selectionId);
    // Selections left behind (a window closed mid-change) are removed after a day.
    static constexpr qint64 keepMillis = 24LL * 60 * 60 * 1000;
};
