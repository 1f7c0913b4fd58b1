#pragma once

#include "domain/money.h"

#include <QLocale>

// Money as people read it: the locale's digit grouping and decimal point, always two decimals.
// Exact: built from the integer cents, never through a double.
namespace MoneyFormat {

QString text(Money amount, const QLocale& locale = QLocale());
// What an edit field starts with: no grouping, so the text re-parses to the same amount.
QString editText(Money amount, const QLocale& locale = QLocale());

} // namespace MoneyFormat
