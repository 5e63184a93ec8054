#pragma once

// A desk's user and the outcome of signing in, as the store hands them to windows.
#include "identity/PersonName.h"
#include "workflow/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// The shortest password the desk accepts (and it may not be one character repeated: «aaaaaaaaaa»).
constexpr int kMinPasswordLength = 10;

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString fullName;  ///< "Surname Given Patronymic", as documents print it
    PersonalName name; ///< the same in its three parts
    QList<Role> roles;
    bool disabled = false;
    QDateTime lockedUntil;
};

/// After `maxFailures` wrong passwords in a row an account is locked for `lockMinutes`.
struct LockoutPolicy
{
    int maxFailures = 5;
    int lockMinutes = 5;
};

struct SignInResult
{
    bool ok = false;
    bool locked = false;   ///< the account is locked now (too many failures)
    QDateTime lockedUntil; ///< when it may be tried again, on the wall clock (with locked)
    std::optional<UserRecord> user;
};

} // namespace kense
