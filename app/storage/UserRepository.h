#pragma once

#include "calendar/Clock.h"
#include "records/UserRecord.h"
#include "workflow/Role.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

/// Users, their roles and passwords. Passwords are stored only as Argon2id hashes.
class UserRepository
{
public:
    explicit UserRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Throws StorageError naming what is wrong with a new user's login, name, roles or password (not whether the
    /// login is taken) — so a caller can check before it writes anything else. Returns the name as it will be stored.
    static PersonalName checkNewUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                     const QString& password);
    /// The name as stored for an account of `roles`, or StorageError naming the part and why: one named on documents
    /// (isNamedOnDocuments) needs a surname and a given name of Kazakh or Russian letters, an administrator's only a
    /// name.
    static PersonalName checkName(const PersonalName& name, const QList<Role>& roles);
    /// Schema 13: the accounts made before names had three parts get them from their one line (splitPersonalName).
    static void splitStoredNames(const QSqlDatabase& db);
    /// Why a password is refused, in words (empty when it is accepted): under kMinPasswordLength characters, or
    /// one character repeated.
    static QString whyNotAPassword(const QString& password);
    /// Throws StorageError on a taken login, an empty name, no role, or a password whyNotAPassword refuses. The
    /// event names `by`, the administrator who added the account (none for a desk's first administrator).
    UserRecord add(const QString& login, const PersonalName& name, const QList<Role>& roles, const QString& password,
                   const QDateTime& now, std::optional<qint64> by = std::nullopt);
    std::optional<UserRecord> byLogin(const QString& login) const;
    /// Refuses (StorageError with `refusal`) unless `userId` is an active account with the administrator's role, as the
    /// database holds it now: what the window or kensectl let through is not taken on trust. Returns that account.
    UserRecord requireAdministrator(qint64 userId, const QString& refusal) const;
    std::optional<UserRecord> byId(qint64 id) const;
    QList<UserRecord> list() const; ///< this desk's users (not those of other desks the sync brought)
    /// Sets a password (and lifts a lockout); the event names `by`, the user who set it.
    void setPassword(const QString& login, const QString& password, qint64 by, const QDateTime& now);
    /// Corrects an account's surname, given name and patronymic (checkName for its roles); the event names `by`, the
    /// administrator, and the name before and after. Documents printed from now on carry the new name.
    void setName(const QString& login, const PersonalName& name, qint64 by, const QDateTime& now);
    /// Gives an account of this desk exactly `roles` (at least one); the event names `by`, the administrator, and the
    /// roles before and after. Refused: an administrator taking their own administrator's role (the desk would have
    /// no way back in), and roles named on documents for an account whose name lacks a surname or a given name.
    void setRoles(const QString& login, const QList<Role>& roles, qint64 by, const QDateTime& now);
    /// Disables or enables an account; the event names `by`, the administrator.
    void setDisabled(const QString& login, bool disabled, qint64 by, const QDateTime& now);
    /// Checks the password and counts failures; the result never tells whether the login or the password was
    /// wrong. A disabled or locked account does not sign in even with the right password. A lockout runs on `uptime`
    /// (the computer's monotonic clock) while the computer has not restarted, so a clock set back does not lengthen it
    /// and one set forward does not end it; after a restart (or with no uptime) on the wall clock `now`, never longer
    /// than the lockout itself.
    SignInResult signIn(const QString& login, const QString& password, const QDateTime& now,
                        const LockoutPolicy& policy = {}, const Uptime& uptime = {});

    static constexpr int kMinPasswordLength = kense::kMinPasswordLength;

private:
    QList<Role> rolesOf(qint64 userId) const;
    std::optional<UserRecord> one(const QString& where, const QVariant& value) const;

    QSqlDatabase m_db;
};

} // namespace kense
