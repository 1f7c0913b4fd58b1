#pragma once

#include "db/dialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// A list query as the page loader runs it: rows in a stable order (the sort column, then a unique
// key), fetched a page at a time, and counted on their own. Every part holding user input is bound
// through `values`, never pasted into the text.
//
// A page is found in two steps: first its keys, from `table` and `keyJoins` alone, which an index
// on the sort column answers without touching the rows it skips; then the shown columns of just
// those keys, with `joins`. Skipping half a million rows to reach the middle of a list then costs
// an index walk, not half a million row lookups.
struct PagedQuery
{
    QString columns;     // "g.id, g.name, c.name"
    QString table;       // "goods g"
    QString joins;       // joins the shown columns need
    QString keyJoins;    // joins `where` or `orderBy` need (empty when they use `table` only)
    QString where;       // conditions without WHERE; empty for all rows
    QVariantList values; // bound to the '?' in `where`
    QStringList orderBy; // column expressions chosen from a fixed list, never user text
    bool descending = false;
    QString key; // unique column breaking ties, so every row has a stable place
    // Rows listed before all the others, in leadOrder (a search that looks like a code puts its
    // exact and prefix code matches first): a condition an index answers, with its values, for at
    // most maxLeadRows rows. They need not match `where`; the rest of the list leaves them out.
    QString lead;
    QVariantList leadValues;
    QString leadOrder;
    static constexpr int maxLeadRows = 20;
    // Conditions on `table` alone that `where` starts with, written again in the second step, which
    // finds the page's rows by key: with them `key` need only be unique within the scope (one
    // supplier's offers, keyed by goods id, in a table keyed by supplier and goods). Values bound to
    // its '?', which `values` also starts with.
    QString scope;
    QVariantList scopeValues;
    // Set (to Dialect::fence()) when `where` searches. An engine asked for the first rows in name
    // order walks the name index and tests each row; the matches of a name search all sit under one
    // letter, so the walk passes most of the list before it finds one. With the fence the matches
    // are found through the search index first and then ordered: a page costs what counting the
    // matches costs, whatever they are.
    QString matchFence;
    // How to count the rows without visiting them, when something keeps the count (empty: COUNT(*)).
    QString countSql;
    QVariantList countValues;

    // " ORDER BY a DESC, b DESC, key DESC": every term one way, so a single index serves it.
    QString orderClause(bool descending) const;
    // The keys of LIMIT rows from OFFSET in the given direction, as column page_key, each followed by
    // the columns ALSO names (as also_0, also_1, …).
    QString keyRows(const QStringList& also, qint64 offset, qint64 limit, bool descending) const;
    // The keys of the lead rows in their order, each followed by the columns ALSO names.
    SqlFragment leadStatement(const QStringList& also) const;
    // This query without the rows of KEYS (the lead rows, listed before the rest).
    PagedQuery withoutKeys(const QVariantList& keys) const;
    // The statement the page loader sends for LIMIT rows from OFFSET in the given direction.
    SqlFragment pageStatement(qint64 offset, qint64 limit, bool descending) const;
    // The statement it sends for the count: the kept count when there is one, else COUNT(*).
    SqlFragment countStatement() const;

    bool isEmpty() const { return columns.isEmpty(); }
};
