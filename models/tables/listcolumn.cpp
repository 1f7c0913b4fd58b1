#include "listcolumn.h"

#include "domain/session.h"

int ListSpec::indexOf(const QString& columnKey) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == columnKey)
            return i;
    }
    return -1;
}

ListSpec ListSpec::visibleTo(const Session& session) const
{
    ListSpec visible = *this;
    visible.columns.clear();
    for (const ListColumn& column : columns) {
        if (!column.needs || session.can(*column.needs))
            visible.columns << column;
    }
    return visible;
}
