#include "units.h"

#include <QHash>

namespace {

struct Unit
{
    const char* key;
    const char* name;     // translated in the Units context
    const char* synonyms; // space-separated words people use for it, in either language
};

const Unit units[] = {
    {"pcs", QT_TRANSLATE_NOOP("Units", "pcs"), "pcs pc piece pieces each ea 个 件 条 本 饼 只 台"},
    {"box", QT_TRANSLATE_NOOP("Units", "box"), "box boxes 盒"},
    {"bag", QT_TRANSLATE_NOOP("Units", "bag"), "bag bags 袋"},
    {"bottle", QT_TRANSLATE_NOOP("Units", "bottle"), "bottle bottles 瓶"},
    {"can", QT_TRANSLATE_NOOP("Units", "can"), "can cans tin jar jars 罐 听"},
    {"pack", QT_TRANSLATE_NOOP("Units", "pack"), "pack packs packet 包 提"},
    {"case", QT_TRANSLATE_NOOP("Units", "case"), "case cases carton 箱"},
    {"bar", QT_TRANSLATE_NOOP("Units", "bar"), "bar bars 块"},
    {"tube", QT_TRANSLATE_NOOP("Units", "tube"), "tube tubes 支"},
    {"roll", QT_TRANSLATE_NOOP("Units", "roll"), "roll rolls 卷"},
    {"sheet", QT_TRANSLATE_NOOP("Units", "sheet"), "sheet sheets 张"},
    {"pair", QT_TRANSLATE_NOOP("Units", "pair"), "pair pairs 双 副 对"},
    {"set", QT_TRANSLATE_NOOP("Units", "set"), "set sets 套"},
    {"kg", QT_TRANSLATE_NOOP("Units", "kg"), "kg kilo kilogram 千克 公斤"},
    {"g", QT_TRANSLATE_NOOP("Units", "g"), "g gram grams 克"},
    {"l", QT_TRANSLATE_NOOP("Units", "L"), "l litre liter 升"},
    {"ml", QT_TRANSLATE_NOOP("Units", "ml"), "ml millilitre milliliter 毫升"},
    {"m", QT_TRANSLATE_NOOP("Units", "m"), "m metre meter 米"},
};

const Unit* find(const QString& key)
{
    for (const Unit& unit : units) {
        if (key == QLatin1String(unit.key))
            return &unit;
    }
    return nullptr;
}

} // namespace

const QStringList& Units::keys()
{
    static const QStringList list = [] {
        QStringList keys;
        for (const Unit& unit : units)
            keys << QString::fromLatin1(unit.key);
        return keys;
    }();
    return list;
}

bool Units::isKnown(const QString& key)
{
    return find(key) != nullptr;
}

QString Units::displayName(const QString& key)
{
    const Unit* unit = find(key);
    return unit ? tr(unit->name) : key;
}

QString Units::fromText(const QString& text)
{
    static const QHash<QString, QString> byWord = [] {
        QHash<QString, QString> words;
        for (const Unit& unit : units) {
            for (const QString& word : QString::fromUtf8(unit.synonyms).split(QLatin1Char(' ')))
                words.insert(word, QString::fromLatin1(unit.key));
        }
        return words;
    }();
    const QString word = text.trimmed().toLower();
    if (const auto it = byWord.constFind(word); it != byWord.constEnd())
        return it.value();
    // A name shown in this language ("个" in Chinese) is taken back to its key as well. An import
    // asks for every row, so the names are translated once per language and thread, not each time.
    struct ShownNames
    {
        QString firstName; // tells which language the names are in
        QHash<QString, QString> keys;
    };
    thread_local ShownNames shown;
    if (const QString first = tr(units[0].name); first != shown.firstName || shown.keys.isEmpty()) {
        shown.firstName = first;
        shown.keys.clear();
        for (const Unit& unit : units) {
            const QString name = tr(unit.name).toLower();
            if (!shown.keys.contains(name)) // the first unit of a name wins, as everywhere
                shown.keys.insert(name, QString::fromLatin1(unit.key));
        }
    }
    return shown.keys.value(word);
}
