#pragma once

#include <QString>

// GTIN barcodes as printed on retail goods: EAN-13, UPC-A (12 digits) and EAN-8.
struct BarcodeCheck
{
    enum class Result
    {
        Valid,
        Empty,
        NotDigits,
        WrongLength,
        WrongCheckDigit
    };
    Result result = Result::Empty;
    int expectedCheckDigit = -1; // filled for WrongCheckDigit so the message can say which digit fits
};

BarcodeCheck checkBarcode(const QString& digits);

// The check digit that completes the first 7, 11 or 12 digits of a GTIN.
int gtinCheckDigit(const QString& digitsWithoutCheck);
