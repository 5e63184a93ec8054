#pragma once

#include <QDateTime>
#include <QString>

namespace kense {

/// A version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Made at the desk for every
/// request, event and register, so that desks never need to agree on identities; time-ordered, so that the
/// unique indexes on them grow at their end instead of being written all over (Qt 6.4 has no createUuidV7).
QString createUuidV7(const QDateTime& at = QDateTime::currentDateTimeUtc());

} // namespace kense
