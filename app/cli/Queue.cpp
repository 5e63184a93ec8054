#include "Queue.h"

#include "Cli.h"

namespace kense::cli {

Queue::Queue(const QString& path, Database::Mode mode)
{
    QString error;
    if (!m_db.open(path, mode, &error))
        throw Failure{BadInput, error};
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

} // namespace kense::cli
