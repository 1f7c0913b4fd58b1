#pragma once

#include <QStringList>

// Search as you type must find Chinese names by one or two characters (茶 finds 绿茶饮料) on every
// engine, although word tokenizers see a run of Han characters as one word. So the text is split
// here, the same way for all engines: runs of CJK characters become single characters plus
// overlapping pairs, other runs of letters and digits become lower-case words. The engine's
// full-text index then only has to match whole tokens and prefixes.
namespace SearchTokens {

// Tokens for a document, de-duplicated, in first-seen order. Codes (SKU, barcode) also yield their
// parts joined, so punctuation typed or left out does not matter.
QStringList forDocument(const QStringList& texts, const QStringList& codes = {});

// Longer words are cut to this length in documents and queries alike: engines limit word length
// (PostgreSQL's tsquery to 2 KB, InnoDB's index to 84 characters), and nobody types more to find one.
constexpr int maxTokenLength = 48;

struct QueryTerm
{
    QString token;
    bool prefix = false; // matches any token that starts with it
};

// Terms that must all match. Letter/digit words match as prefixes (the last one is still being
// typed); a CJK run of one or two characters matches that token, a longer run all of its pairs.
QList<QueryTerm> forQuery(const QString& text);

} // namespace SearchTokens
