#include "Queue.h"

#include "Cli.h"
#include "DeskSettings.h"
#include "StorageError.h"
#include "calendar/Clock.h"
#include "sync/HistorySeal.h"

#include <QDateTime>

namespace kense::cli {

Queue::Queue(const QString& path, Database::Mode mode)
{
    QString error;
    if (!m_db.open(path, mode, &error))
        throw Failure{BadInput, error};
    // A desk whose history is sealed takes events only with its key: a write without it is refused at its commit.
    // A damaged file is for the command to name (db verify's integrity check), not for this.
    try {
        sync::HistorySeal::useKeyFromKeychain(db());
    } catch (const StorageError&) {
    }
}

DeskRecord Queue::desk() const
{
    const auto desk = DeskRepository(db()).thisDesk();
    if (!desk)
        throw Failure{BadInput, QStringLiteral("%1 is not set up as a desk yet (kensectl db init)").arg(m_db.path())};
    return *desk;
}

UserRecord Queue::user(const QString& login) const
{
    const auto u = UserRepository(db()).byLogin(login);
    if (!u)
        throw Failure{BadInput, QStringLiteral("no user \"%1\" (kensectl user list)").arg(login)};
    if (u->disabled)
        throw Failure{BadInput, QStringLiteral("the user \"%1\" is disabled").arg(login)};
    return *u;
}

UserRecord Queue::signIn(const QCommandLineParser& parser, std::optional<Role> role)
{
    if (!parser.isSet(QStringLiteral("as")))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    if (!parser.isSet(QStringLiteral("password-stdin")))
        throw Failure{BadInput, QStringLiteral("--as needs --password-stdin: kensectl acts only as a signed-in user, "
                                               "whose password is the first line of standard input")};
    const QString login = parser.value(QStringLiteral("as"));
    const QString password = Context::readLineFromStdin();
    const SignInResult result = UserRepository(db()).signIn(login, password, QDateTime::currentDateTime(),
                                                            DeskSettings::lockoutPolicy(), SystemClock().uptime());
    if (result.locked)
        throw Failure{No, QStringLiteral("sign-in refused: the account \"%1\" is locked after too many wrong "
                                         "passwords; try again later")
                              .arg(login)};
    if (!result.ok || !result.user)
        throw Failure{No, QStringLiteral("sign-in refused: wrong login or password, or the account is disabled")};
    if (role && !result.user->roles.contains(*role))
        throw Failure{
            No,
            QStringLiteral("\"%1\" signed in but is not a%2 %3 on this desk")
                .arg(login, *role == Role::Administrator || *role == Role::Executor ? QStringLiteral("n") : QString(),
                     roleName(*role))};
    return *result.user;
}

} // namespace kense::cli
