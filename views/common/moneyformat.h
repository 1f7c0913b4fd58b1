#pragma once

#include "domain/money.h"

#include <QLocale>

// Money as people read it, in lists and in the fields of forms alike: the locale's digit grouping
// and decimal point, always two decimals. What it writes, parseMoney() reads back to the same
// amount. Exact: built from the integer cents, never through a double.
namespace MoneyFormat {

QString text(Money amount, const QLocale& locale = QLocale());

} // namespace MoneyFormat
