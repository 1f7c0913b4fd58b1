#pragma once

#include <QRandomGenerator>
#include <QString>

// Plausible names for generated rows, in Chinese and English, from small word lists.
namespace GeneratorNames {

struct GoodsName
{
    QString name;
    QString unit; // a Units key
};
GoodsName goods(QRandomGenerator& random);
QString person(QRandomGenerator& random);
QString company(QRandomGenerator& random);
QString phone(QRandomGenerator& random);

} // namespace GeneratorNames
