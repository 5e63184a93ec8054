#include "UserRepository.h"

#include "DeskRepository.h"
#include "EventLog.h"
#include "PasswordHasher.h"
#include "SqlUtil.h"
#include "workflow/DeskRoles.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::UserRepository)
};
} // namespace

QString UserRepository::whyNotAPassword(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return Tr::tr("a password has at least %1 characters").arg(kMinPasswordLength);
    if (password.count(password.front()) == password.size())
        return Tr::tr("a password is not one character repeated");
    return {};
}

namespace {
/// A part of a name as a column takes it: '' where there is none (the columns are NOT NULL; a null QString binds NULL).
QString part(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void checkPassword(const QString& password)
{
    const QString why = UserRepository::whyNotAPassword(password);
    if (!why.isEmpty())
        throw StorageError{why};
}

void appendUserEvent(const QSqlDatabase& db, EventKind kind, std::optional<qint64> by, const QDateTime& now,
                     const QString& what)
{
    EventLog::append(db, EventDraft{std::nullopt, now, by, eventKindName(kind), {}, {}, {}, what, {}});
}

/// StorageError naming the first of `roles` this kind of desk does not give (core isRoleOfDesk); the database's own
/// desk decides, whichever door (the window, kensectl) asked. Before set-up there is no desk to ask.
void requireRolesOfThisDesk(const QSqlDatabase& db, const QList<Role>& roles)
{
    const std::optional<DeskRecord> desk = DeskRepository(db).thisDesk();
    if (!desk)
        return;
    for (Role role : roles) {
        if (!isRoleOfDesk(role, desk->kind))
            throw StorageError{
                Tr::tr("the role «%1» is not given at this desk (%2)").arg(roleTitle(role), channelTitle(desk->kind))};
    }
}

/// This desk's own account by `login`, or StorageError: another desk's user ("login@DESK", brought by the sync for
/// the history and the documents) is never given a password, enabled, renamed or given roles here — that would let
/// someone sign in and act in that employee's name.
UserRecord ownAccount(const UserRepository& users, const QString& login)
{
    const std::optional<UserRecord> user = users.byLogin(login);
    if (!user)
        throw StorageError{Tr::tr("no user \"%1\"").arg(login)};
    if (user->login.contains(QLatin1Char('@')))
        throw StorageError{
            Tr::tr("%1 is an account of another desk, kept here for the history: it is managed at its own "
                   "desk")
                .arg(user->login)};
    return *user;
}

/// When `user`'s running lockout ends on the wall clock: `now` plus what is left of it on the uptime it runs on, or
/// the stored end.
QDateTime lockEnd(const QSqlDatabase& db, const UserRecord& user, const QDateTime& now, const Uptime& uptime)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT locked_boot, locked_uptime_until FROM users WHERE id = ?"));
    exec(q, {user.id});
    if (q.next() && !q.value(0).isNull() && !uptime.boot.isEmpty() &&
        q.value(0).toString() == QString::fromLatin1(uptime.boot))
        return now.addMSecs(q.value(1).toLongLong() - uptime.ms);
    return user.lockedUntil;
}

/// Whether `user`'s lockout (locked_until set) still runs: on the uptime of the start it was set in, while the
/// computer has not restarted; otherwise on the wall clock, and only within the lockout's own length of its end (a
/// clock set back before the lockout began does not keep it for the difference).
bool isLocked(const QSqlDatabase& db, const UserRecord& user, const QDateTime& now, const LockoutPolicy& policy,
              const Uptime& uptime)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT locked_boot, locked_uptime_until FROM users WHERE id = ?"));
    exec(q, {user.id});
    if (q.next() && !q.value(0).isNull() && !uptime.boot.isEmpty() &&
        q.value(0).toString() == QString::fromLatin1(uptime.boot))
        return uptime.ms < q.value(1).toLongLong();
    return now < user.lockedUntil && now >= user.lockedUntil.addSecs(-qint64(policy.lockMinutes) * 60);
}
} // namespace

PersonalName UserRepository::checkName(const PersonalName& name, const QList<Role>& roles)
{
    // Whoever is named on a receipt, a result or a register carries the three parts the regulations ask for; an
    // administrator who only keeps the desk is named on nothing, and a name of any letters serves.
    const bool named = std::any_of(roles.begin(), roles.end(), isNamedOnDocuments);
    if (!named) {
        if (name.full().isEmpty())
            throw StorageError{Tr::tr("the user needs a name")};
        return PersonalName{name.surname.simplified(), name.givenName.simplified(), name.patronymic.simplified()};
    }
    QString why;
    const std::optional<PersonalName> checked = checkPersonalName(name, &why);
    if (!checked)
        throw StorageError{why};
    return *checked;
}

PersonalName UserRepository::checkNewUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                          const QString& password)
{
    // ASCII only: a Cyrillic "е" that looks like a Latin "e" must not make a second account that reads the same.
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}\\z"));
    if (!loginPattern.match(login.trimmed()).hasMatch())
        throw StorageError{Tr::tr("a login has 2 to 64 Latin letters, digits, dots, dashes or underscores")};
    if (roles.isEmpty())
        throw StorageError{Tr::tr("the user needs at least one role")};
    const PersonalName checked = checkName(name, roles);
    checkPassword(password);
    return checked;
}

UserRecord UserRepository::add(const QString& login, const PersonalName& name, const QList<Role>& roles,
                               const QString& password, const QDateTime& now, std::optional<qint64> by)
{
    const QString l = login.trimmed();
    if (by)
        requireAdministrator(*by, Tr::tr("only an administrator adds accounts"));
    const PersonalName checked = checkNewUser(l, name, roles, password);
    requireRolesOfThisDesk(m_db, roles);
    const QString hash = PasswordHasher::hash(password); // slow on purpose: outside the transaction
    Transaction tx(m_db);
    if (byLogin(l))
        throw StorageError{Tr::tr("the login \"%1\" is taken").arg(l)};
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO users (login, full_name, surname, given_name, patronymic, "
                                               "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    exec(q, {l, checked.full(), part(checked.surname), part(checked.givenName), part(checked.patronymic), hash,
             storedMoment(now)});
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery r = prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, ?)"));
    QStringList names;
    for (Role role : roles) {
        exec(r, {id, roleName(role)});
        names << roleName(role);
    }
    appendUserEvent(m_db, EventKind::UserAdded, by, now,
                    QStringLiteral("%1 (%2)").arg(l, names.join(QLatin1Char(','))));
    tx.commit();
    return *byId(id);
}

QList<Role> UserRepository::rolesOf(qint64 userId) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    exec(q, {userId});
    QList<Role> roles;
    while (q.next()) {
        if (const auto r = roleFromName(q.value(0).toString()))
            roles << *r;
    }
    return roles;
}

std::optional<UserRecord> UserRepository::one(const QString& where, const QVariant& value) const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT id, login, full_name, disabled, locked_until, surname, given_name, "
                                     "patronymic FROM users WHERE ") +
                          where);
    exec(q, {value});
    if (!q.next())
        return std::nullopt;
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.disabled = q.value(3).toBool();
    u.lockedUntil = momentFromStored(q.value(4).toString());
    u.name = PersonalName{q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    if (u.name.isEmpty()) // another desk's user: its name came in one line
        u.name = splitPersonalName(u.fullName);
    u.roles = rolesOf(u.id);
    return u;
}

std::optional<UserRecord> UserRepository::byLogin(const QString& login) const
{
    return one(QStringLiteral("login = ?"), login.trimmed());
}

std::optional<UserRecord> UserRepository::byId(qint64 id) const
{
    return one(QStringLiteral("id = ?"), id);
}

UserRecord UserRepository::requireAdministrator(qint64 userId, const QString& refusal) const
{
    const std::optional<UserRecord> user = byId(userId);
    if (!user || user->disabled || !user->roles.contains(Role::Administrator))
        throw StorageError{refusal};
    return *user;
}

QList<UserRecord> UserRepository::list() const
{
    // Users of other desks ("login@DESK", kept for the history of synced requests) are not this desk's staff.
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT login FROM users WHERE login NOT LIKE '%@%' ORDER BY login"));
    exec(q);
    QList<UserRecord> out;
    while (q.next())
        out << *byLogin(q.value(0).toString());
    return out;
}

void UserRepository::setPassword(const QString& login, const QString& password, qint64 by, const QDateTime& now)
{
    const std::optional<UserRecord> setter = byId(by);
    if (!setter || setter->login.compare(login.trimmed(), Qt::CaseInsensitive) != 0)
        requireAdministrator(by, Tr::tr("only an administrator sets another user's password"));
    ownAccount(*this, login);
    checkPassword(password);
    const QString hash = PasswordHasher::hash(password); // slow on purpose: outside the transaction
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, "
                                               "locked_until = NULL WHERE login = ?"));
    exec(q, {hash, login.trimmed()});
    if (q.numRowsAffected() != 1)
        throw StorageError{Tr::tr("no user \"%1\"").arg(login)};
    appendUserEvent(m_db, EventKind::PasswordSet, by, now, login.trimmed());
    tx.commit();
}

void UserRepository::setDisabled(const QString& login, bool disabled, qint64 by, const QDateTime& now)
{
    const UserRecord admin = requireAdministrator(by, Tr::tr("only an administrator disables or enables accounts"));
    if (disabled && admin.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        throw StorageError{Tr::tr("an administrator cannot disable their own account")};
    ownAccount(*this, login);
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE users SET disabled = ? WHERE login = ?"));
    exec(q, {disabled ? 1 : 0, login.trimmed()});
    if (q.numRowsAffected() != 1)
        throw StorageError{Tr::tr("no user \"%1\"").arg(login)};
    appendUserEvent(m_db, disabled ? EventKind::UserDisabled : EventKind::UserEnabled, by, now, login.trimmed());
    tx.commit();
}

void UserRepository::setName(const QString& login, const PersonalName& name, qint64 by, const QDateTime& now)
{
    requireAdministrator(by, Tr::tr("only an administrator corrects an account's name"));
    const UserRecord user = ownAccount(*this, login);
    const PersonalName checked = checkName(name, user.roles);
    if (checked.full() == user.fullName && checked == user.name)
        return;
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE users SET full_name = ?, surname = ?, given_name = ?, "
                                               "patronymic = ? WHERE id = ?"));
    exec(q, {checked.full(), part(checked.surname), part(checked.givenName), part(checked.patronymic), user.id});
    appendUserEvent(m_db, EventKind::UserRenamed, by, now,
                    QStringLiteral("%1: %2 → %3").arg(user.login, user.fullName, checked.full()));
    tx.commit();
}

void UserRepository::setRoles(const QString& login, const QList<Role>& roles, qint64 by, const QDateTime& now)
{
    const UserRecord admin = requireAdministrator(by, Tr::tr("only an administrator changes an account's roles"));
    const UserRecord user = ownAccount(*this, login);
    if (roles.isEmpty())
        throw StorageError{Tr::tr("the user needs at least one role")};
    if (user.id == admin.id && !roles.contains(Role::Administrator))
        throw StorageError{Tr::tr("an administrator cannot take their own administrator's role")};
    requireRolesOfThisDesk(m_db, roles);
    try {
        checkName(user.name, roles);
    } catch (const StorageError& e) {
        throw StorageError{Tr::tr("%1's name is not complete for these roles (%2): correct the name first")
                               .arg(user.login, e.message)};
    }
    QStringList before;
    QStringList after;
    for (Role r : user.roles)
        before << roleName(r);
    for (Role r : allRoles()) {
        if (roles.contains(r))
            after << roleName(r);
    }
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    if (before == after)
        return;
    Transaction tx(m_db);
    QSqlQuery clear = prepare(m_db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"));
    exec(clear, {user.id});
    QSqlQuery add = prepare(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    for (const QString& r : std::as_const(after))
        exec(add, {user.id, r});
    appendUserEvent(
        m_db, EventKind::UserRolesChanged, by, now,
        QStringLiteral("%1: %2 → %3").arg(user.login, before.join(QLatin1Char(',')), after.join(QLatin1Char(','))));
    tx.commit();
}

void UserRepository::splitStoredNames(const QSqlDatabase& db)
{
    QSqlQuery all = prepare(db, QStringLiteral("SELECT id, full_name FROM users"));
    exec(all);
    QSqlQuery q =
        prepare(db, QStringLiteral("UPDATE users SET surname = ?, given_name = ?, patronymic = ? WHERE id = ?"));
    while (all.next()) {
        const PersonalName name = splitPersonalName(all.value(1).toString());
        exec(q, {part(name.surname), part(name.givenName), part(name.patronymic), all.value(0)});
    }
}

SignInResult UserRepository::signIn(const QString& login, const QString& password, const QDateTime& now,
                                    const LockoutPolicy& policy, const Uptime& uptime)
{
    SignInResult result;
    const QVariant hash =
        scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {login.trimmed()});
    std::optional<UserRecord> user = byLogin(login);
    if (!user) {
        // One verification as for a real account, so the answer's speed does not tell which logins exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("not a real account"));
        PasswordHasher::verify(password, dummy);
        return result;
    }
    if (user->lockedUntil.isValid() && isLocked(m_db, *user, now, policy, uptime)) {
        // The same work as for an open account, so the answer's speed does not tell that it is locked.
        PasswordHasher::verify(password, hash.toString());
        result.locked = true;
        result.lockedUntil = lockEnd(m_db, *user, now, uptime);
        return result;
    }
    const bool match = PasswordHasher::verify(password, hash.toString());
    if (match && !user->disabled) {
        QSqlQuery q = prepare(
            m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, locked_boot = NULL, "
                                 "locked_uptime_until = NULL WHERE id = ?"));
        exec(q, {user->id});
        result.ok = true;
        user->lockedUntil = QDateTime();
        result.user = user;
        return result;
    }
    const int failures =
        scalar(m_db, QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"), {user->id}).toInt() + 1;
    const bool lock = failures >= policy.maxFailures;
    const QVariant noText{QMetaType(QMetaType::QString)};
    const bool onUptime = lock && !uptime.boot.isEmpty();
    QSqlQuery q =
        prepare(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ?, locked_boot = ?, "
                                     "locked_uptime_until = ? WHERE id = ?"));
    exec(q, {lock ? 0 : failures, lock ? QVariant(storedMoment(now.addSecs(policy.lockMinutes * 60))) : noText,
             onUptime ? QVariant(QString::fromLatin1(uptime.boot)) : noText,
             onUptime ? QVariant(uptime.ms + qint64(policy.lockMinutes) * 60000)
                      : QVariant(QMetaType(QMetaType::LongLong)),
             user->id});
    result.locked = lock;
    if (lock)
        result.lockedUntil = now.addSecs(qint64(policy.lockMinutes) * 60);
    return result;
}

} // namespace kense
