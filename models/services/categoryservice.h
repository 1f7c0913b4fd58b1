#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QList>

struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    int depth = 0; // 0 for top level; list() returns the tree in display order
};

// The category tree goods are filed under.
class CategoryService
{
    Q_DECLARE_TR_FUNCTIONS(CategoryService)
public:
    explicit CategoryService(Connection connection) : m_connection(std::move(connection)) {}

    // Every category, parents before their children, siblings by sort order then name.
    Result<QList<Category>> list() const;
    // Adds a category under PARENTID (0: top level). Sibling names are unique.
    Result<qint64> create(const Session& session, const QString& name, qint64 parentId) const;

private:
    Connection m_connection;
};
