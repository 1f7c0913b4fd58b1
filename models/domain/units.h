#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The units goods are sold in: one list with a name in each language, stored by key ("bottle"),
// so every row says the same thing in the same words, whatever language entered it.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)
public:
    static const QStringList& keys(); // in the order a list offers them
    static bool isKnown(const QString& key);
    // The name to show for KEY in the interface's language; a key from before the list (free text
    // typed into an old version) is shown as it was typed.
    static QString displayName(const QString& key);
    // The key for a unit as people write it ("瓶", "Bottle", "bottles", "pcs"), or empty.
    static QString fromText(const QString& text);
    static QString defaultKey() { return QStringLiteral("pcs"); }
};
