#pragma once

#include "db/connection.h"
#include "domain/category.h"
#include "domain/error.h"
#include "domain/session.h"
#include "domain/sortkey.h"
#include "writescope.h"

#include <QCoreApplication>
#include <QList>

// The category tree goods are filed under. Changes to its shape take one lock, so two people moving
// categories at once can never make a loop between them.
class CategoryService
{
    Q_DECLARE_TR_FUNCTIONS(CategoryService)
public:
    explicit CategoryService(Connection connection) : m_connection(std::move(connection)) {}

    // Every category, parents before their children, siblings in LANGUAGE's order, with goods counts.
    Result<QList<Category>> list(bool includeArchived = false,
                                 SortKey::Language language = SortKey::forLocale()) const;
    Result<Category> get(qint64 id) const;
    // Adds a category under PARENTID (0: top level), which may not be archived. Sibling names are unique.
    Result<qint64> create(const Session& session, const QString& name, qint64 parentId) const;
    Result<Category> rename(const Session& session, qint64 id, int expectedVersion,
                            const QString& name) const;
    // Moves a category (with everything below it) under NEWPARENTID (0: top level); a move under
    // itself or its own descendants is refused, and so is an active category under an archived one.
    Result<Category> move(const Session& session, qint64 id, int expectedVersion, qint64 newParentId) const;
    // Files SOURCE's goods and subcategories under TARGET and removes SOURCE. Refused when both have
    // a subcategory of the same name (merge those first), when TARGET lies below SOURCE or is archived.
    Status merge(const Session& session, qint64 sourceId, int sourceVersion, qint64 targetId) const;
    // Only a category without active goods and active subcategories is archived.
    Result<Category> setArchived(const Session& session, qint64 id, int expectedVersion, bool archived) const;
    // The category a path names ("Food/Drinks/Tea"), made level by level where missing.
    Result<qint64> ensurePath(const Session& session, const QString& path) const;

private:
    Result<Category> fetch(qint64 id, bool lock) const;
    Result<QList<qint64>> ancestorsOf(qint64 id) const; // from the parent up to the top
    Status lockTree() const;
    Status checkSiblingName(qint64 parentId, const QString& name, qint64 exceptId) const;
    Error conflict(const Category& current) const;
    WriteScope::Kind<Category> kind(qint64 id) const;

    Connection m_connection;
};
