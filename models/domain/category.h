#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// A category of the tree goods are filed under.
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    int depth = 0; // 0 for top level; a listed tree comes parents first, in display order
    bool archived = false;
    int version = 0;
    qint64 ownGoods = 0;   // active goods filed directly here
    qint64 totalGoods = 0; // active goods here and in every category below
};

class CategoryRules
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRules)
public:
    static inline const QString nameField = QStringLiteral("name");
    static inline const QString parentField = QStringLiteral("parent");
    static constexpr int maxNameLength = 100;
    // A path as people type it: "Food/Drinks/Tea", "食品 / 饮料 / 茶".
    static constexpr QChar pathSeparator = QLatin1Char('/');
    static QString nameProblem(const QString& name);
};

Q_DECLARE_METATYPE(Category)
