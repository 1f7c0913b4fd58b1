#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// One rule per shipped language for what people read: a language is English or Chinese (any
// other locale, the bare C one too, reads English), and each has one way to write a date and time,
// the same in lists, forms, messages and the admin tool:
//   English  3 Dec 2026, 17:05   (day, short month, year: no US/UK ambiguity; 24-hour clock)
//   Chinese  2026-12-03 17:05
// Numbers follow the language's locale (en_US / zh_CN): 1,234.50 in both.
namespace LocalFormat {

// The locale Storekeeper uses for REQUESTED: zh_CN for any Chinese, en_US for the rest.
QLocale resolve(const QLocale& requested);
bool isChinese(const QLocale& locale = QLocale());
QString dateTime(const QDateTime& when, const QLocale& locale = QLocale());
QString date(const QDate& day, const QLocale& locale = QLocale());
QString time(const QTime& time, const QLocale& locale = QLocale());
// UTC milliseconds as stored, in local time.
QString fromMillis(qint64 utcMillis, const QLocale& locale = QLocale());

} // namespace LocalFormat
