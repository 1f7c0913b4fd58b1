#pragma once

#include <QString>
#include <QVariantList>

// A list query as the page loader runs it: rows in a stable order (the sort column, then a unique
// key), fetched a page at a time, and counted on their own. Every part holding user input is bound
// through `values`, never pasted into the text.
struct PagedQuery
{
    QString select;      // "SELECT ... FROM t LEFT JOIN ..." without WHERE
    QString countFrom;   // "SELECT COUNT(*) FROM t" (no joins the filter does not need)
    QString where;       // conditions without WHERE; empty for all rows
    QVariantList values; // bound to the '?' in `where`, once for the rows and once for the count
    QString orderBy;     // a column expression chosen from a fixed list, never user text
    bool descending = false;
    QString key;         // unique column breaking ties, so every page has a stable place
};
