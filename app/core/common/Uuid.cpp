#include "Uuid.h"

#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace kense {

QString createUuidV7(const QDateTime& at)
{
    std::array<quint8, 16> bytes{};
    const quint64 ms = static_cast<quint64>(at.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (8 * (5 - i)));
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<size_t>(6 + i)] = static_cast<quint8>(a >> (8 * i));
    bytes[14] = static_cast<quint8>(b);
    bytes[15] = static_cast<quint8>(b >> 8);
    bytes[6] = static_cast<quint8>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // variant 10
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace kense
