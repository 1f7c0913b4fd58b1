#pragma once

#include "domain/role.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>
#include <qnamespace.h>

// One column of a list: what it is called, where its value comes from, how it sorts and what kind
// of value it shows. A list area describes its columns in a table of these instead of switching
// over column numbers in four places.
struct ListColumn
{
    enum class Kind
    {
        Text,
        Code,      // SKU, barcode: left-aligned, never translated
        Money,     // integer cents
        Quantity,  // integer in the goods' unit
        DateTime,  // UTC milliseconds, shown in local time
        Unit,      // a Units key, shown by its name in the interface's language
        Flag,      // 0/1, shown as a tick
        Thumbnail, // image bytes, drawn by the view
    };

    ListColumn() = default;
    ListColumn(QString key, const char* title, QString select, QStringList orderBy = {},
               Kind kind = Kind::Text)
        : key(std::move(key)), title(title), select(std::move(select)), orderBy(std::move(orderBy)),
          kind(kind)
    {}
    // Left out, not just hidden, for roles without PERMISSION.
    ListColumn needing(Permission permission) const
    {
        ListColumn copy = *this;
        copy.needs = permission;
        return copy;
    }
    // Not shown until the person turns it on (the header's menu).
    ListColumn hiddenAtFirst() const
    {
        ListColumn copy = *this;
        copy.shownByDefault = false;
        return copy;
    }
    // Starts CHARS average characters wide, until the person sets a width of their own.
    ListColumn startingWidth(int chars) const
    {
        ListColumn copy = *this;
        copy.widthChars = chars;
        return copy;
    }

    QString key;            // stable: settings, exports and CSV headers use it ("sku")
    const char* title = ""; // QT_TRANSLATE_NOOP("ListColumns", "SKU"); translated when shown
    QString select;         // the SQL expression of its value ("g.sku")
    QStringList orderBy;    // what a click on its header sorts by; empty: it does not sort
    Kind kind = Kind::Text;
    std::optional<Permission> needs;
    bool shownByDefault = true;
    int widthChars = 0; // 0: as wide as the view makes columns of its kind
};

// A list as a whole: its table, the joins its columns need, the key and version of each row, and
// its columns in their default order.
struct ListSpec
{
    QString table;   // "goods g"
    QString joins;   // joins the columns need, run for one page's rows only
    QString key;     // unique key of a row ("g.id"): breaks ties in every sort
    QString version; // its version column, or empty for rows nobody edits
    QList<ListColumn> columns;
    QString defaultSort; // key of the column a new list sorts by
    Qt::SortOrder defaultOrder = Qt::AscendingOrder;

    int indexOf(const QString& columnKey) const;
    // The same list without the columns ROLE may not see.
    ListSpec visibleTo(const struct Session& session) const;
};

// Which rows a list shows: conditions with bound values, and the joins they need.
struct ListFilter
{
    QString where;
    QVariantList values;
    // Conditions on the spec's table alone that make its key unique among the rows they leave (the
    // offers of one supplier, keyed by goods id); see PagedQuery::scope. Joined to `where`.
    QString scope;
    QVariantList scopeValues;
    QString keyJoins;
    // Rows to list first, as PagedQuery::lead describes (an exact or prefix code match).
    QString lead;
    QVariantList leadValues;
    QString leadOrder;
    // See PagedQuery::matchFence; ListSearch::narrow sets it.
    QString matchFence;
    // A count that need not scan the rows (kept by a service), with its values; empty: COUNT(*).
    QString countSql;
    QVariantList countValues;
};
