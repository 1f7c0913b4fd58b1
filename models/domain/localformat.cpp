#include "localformat.h"

namespace LocalFormat {

QLocale resolve(const QLocale& requested)
{
    if (requested.language() == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool isChinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString date(const QDate& day, const QLocale& locale)
{
    return locale.toString(day,
                           isChinese(locale) ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("d MMM yyyy"));
}

QString time(const QTime& time, const QLocale& locale)
{
    return locale.toString(time, QStringLiteral("HH:mm"));
}

QString dateTime(const QDateTime& when, const QLocale& locale)
{
    const QDateTime local = when.toLocalTime();
    return isChinese(locale) ? date(local.date(), locale) + QLatin1Char(' ') + time(local.time(), locale)
                             : date(local.date(), locale) + QStringLiteral(", ") + time(local.time(), locale);
}

QString fromMillis(qint64 utcMillis, const QLocale& locale)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMillis, Qt::UTC), locale);
}

} // namespace LocalFormat
