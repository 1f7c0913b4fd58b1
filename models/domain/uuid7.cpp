#include "uuid7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

QString newUuid7()
{
    // 48-bit Unix milliseconds, then a 12-bit counter that keeps ids made in the same millisecond
    // in creation order (RFC 9562, method 1), then 62 random bits.
    static QMutex mutex;
    static qint64 lastMillis = 0;
    static quint16 counter = 0;

    qint64 millis = QDateTime::currentMSecsSinceEpoch();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0x0FFF) { // counter exhausted: borrow the next millisecond
                ++millis;
                counter = 0;
            }
        } else {
            counter = quint16(QRandomGenerator::global()->bounded(0x0400));
        }
        lastMillis = millis;
        sequence = counter;
    }

    uchar bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(quint64(millis) >> (40 - 8 * i));
    bytes[6] = uchar(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = uchar(sequence & 0xFF);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = uchar(random >> (56 - 8 * i));
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3F)); // RFC 4122 variant

    const QUuid uuid = QUuid::fromRfc4122(QByteArray::fromRawData(reinterpret_cast<const char*>(bytes), 16));
    return uuid.toString(QUuid::WithoutBraces);
}
