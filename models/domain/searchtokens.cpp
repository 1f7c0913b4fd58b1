#include "searchtokens.h"

#include <QSet>

namespace SearchTokens {
namespace {

bool isCjk(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

enum class RunKind
{
    Word,
    Cjk
};

struct Run
{
    RunKind kind;
    QString text;
};

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Splits into runs of word characters and of CJK characters; everything else separates. Runs on
// every row of a bulk load, so it copies each run once and nothing per character.
QList<Run> splitRuns(const QString& text)
{
    // Compatibility forms (fullwidth ＡＢＣ, ligatures) fold to their plain letters; ASCII needs none.
    const QString folded =
        isAscii(text) ? text.toLower() : text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QList<Run> runs;
    const QChar* data = folded.constData();
    const qsizetype size = folded.size();
    qsizetype start = -1;
    RunKind current = RunKind::Word;
    const auto close = [&](qsizetype end) {
        if (start >= 0)
            runs.append(Run{current, folded.mid(start, end - start)});
        start = -1;
    };
    for (qsizetype i = 0; i < size;) {
        char32_t cp = data[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(cp) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(data[i], data[i + 1]);
            length = 2;
        }
        bool separator = false;
        RunKind kind = RunKind::Word;
        if (cp < 0x80) {
            separator = !((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z'));
        } else if (isCjk(QChar::script(cp))) {
            kind = RunKind::Cjk;
        } else {
            separator = !(QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Mark_NonSpacing);
        }
        if (separator)
            close(i);
        else if (start < 0 || kind != current) {
            close(i);
            start = i;
            current = kind;
        }
        i += length;
    }
    close(size);
    return runs;
}

QString cut(const QString& token)
{
    if (token.size() <= maxTokenLength)
        return token;
    const bool splitsPair = token.at(maxTokenLength - 1).isHighSurrogate();
    return token.left(splitsPair ? maxTokenLength - 1 : maxTokenLength);
}

QStringList characters(const QString& run)
{
    QStringList result;
    for (qsizetype i = 0; i < run.size();) {
        const qsizetype length = run.at(i).isHighSurrogate() && i + 1 < run.size() ? 2 : 1;
        result.append(run.mid(i, length));
        i += length;
    }
    return result;
}

} // namespace

QStringList forDocument(const QStringList& texts, const QStringList& codes)
{
    QStringList tokens;
    const auto add = [&](const QString& whole) { // a document has a few dozen tokens: a scan beats hashing
        const QString token = cut(whole);
        if (!token.isEmpty() && !tokens.contains(token))
            tokens.append(token);
    };
    const auto addRuns = [&](const QList<Run>& runs) {
        for (const Run& run : runs) {
            if (run.kind == RunKind::Word) {
                add(run.text);
                continue;
            }
            const QStringList chars = characters(run.text);
            for (const QString& c : chars)
                add(c);
            for (int i = 0; i + 1 < chars.size(); ++i)
                add(chars.at(i) + chars.at(i + 1));
        }
    };
    for (const QString& text : texts)
        addRuns(splitRuns(text));
    for (const QString& code : codes) {
        const QList<Run> runs = splitRuns(code);
        addRuns(runs);
        QString joined; // "SKU-00123" is also found by typing "sku00123"
        for (const Run& run : runs)
            joined += run.text;
        add(joined);
    }
    return tokens;
}

QList<QueryTerm> forQuery(const QString& text)
{
    QList<QueryTerm> terms;
    QSet<QString> seen;
    const auto add = [&](const QString& whole, bool prefix) {
        const QString token = cut(whole);
        prefix = prefix || token.size() < whole.size();
        const QString key = token + (prefix ? QStringLiteral("*") : QString());
        if (!seen.contains(key)) {
            seen.insert(key);
            terms.append(QueryTerm{token, prefix});
        }
    };
    const QList<Run> runs = splitRuns(text);
    for (const Run& run : runs) {
        if (run.kind == RunKind::Word) {
            add(run.text, true);
            continue;
        }
        const QStringList chars = characters(run.text);
        if (chars.size() <= 2) {
            add(chars.join(QString()), false);
            continue;
        }
        for (int i = 0; i + 1 < chars.size(); ++i)
            add(chars.at(i) + chars.at(i + 1), false);
    }
    return terms;
}

} // namespace SearchTokens
