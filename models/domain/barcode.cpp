#include "barcode.h"

int gtinCheckDigit(const QString& digitsWithoutCheck)
{
    // GS1: from the right, weights alternate 3, 1, 3, ...
    int sum = 0;
    int weight = 3;
    for (int i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        sum += (digitsWithoutCheck.at(i).unicode() - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

BarcodeCheck checkBarcode(const QString& digits)
{
    BarcodeCheck check;
    if (digits.isEmpty())
        return check;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            check.result = BarcodeCheck::Result::NotDigits;
            return check;
        }
    }
    if (digits.size() != 8 && digits.size() != 12 && digits.size() != 13) {
        check.result = BarcodeCheck::Result::WrongLength;
        return check;
    }
    const int expected = gtinCheckDigit(digits.left(digits.size() - 1));
    if (digits.back().unicode() - '0' != expected) {
        check.result = BarcodeCheck::Result::WrongCheckDigit;
        check.expectedCheckDigit = expected;
        return check;
    }
    check.result = BarcodeCheck::Result::Valid;
    return check;
}
