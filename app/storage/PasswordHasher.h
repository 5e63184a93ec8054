#pragma once

#include <QString>

namespace kense {

/// Password hashing with Argon2id (Debian's libargon2): 64 MiB, 3 passes, a 16-byte random salt per password.
/// The stored string carries its own parameters ("$argon2id$v=19$m=65536,t=3,p=1$…"), so stronger parameters
/// can come later without breaking existing users.
namespace PasswordHasher {
QString hash(const QString& password);
bool verify(const QString& password, const QString& encoded);
} // namespace PasswordHasher

} // namespace kense
