#pragma once

#include <QByteArray>
#include <QString>

namespace kense::SecretKey {

/// 32 bytes from the operating system's random source: a desk key or an exchange key.
QByteArray make();

/// The first 8 bytes of the key's SHA-256, in hex: names a key in files, messages and the database without revealing
/// it.
QString idOf(const QByteArray& key);

} // namespace kense::SecretKey
