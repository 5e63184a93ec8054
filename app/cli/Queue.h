#pragma once

#include "Database.h"
#include "DeskRepository.h"
#include "UserRepository.h"

#include <QCommandLineParser>

#include <optional>

namespace kense::cli {

/// An open desk database for one command. Opening failures become BadInput failures with the database's reason.
class Queue
{
public:
    Queue(const QString& path, Database::Mode mode);
    QSqlDatabase db() const { return m_db.connection(); }
    Database& database() { return m_db; }
    DeskRecord desk() const;                     ///< fails when the database is not set up as a desk
    UserRecord user(const QString& login) const; ///< fails when there is no such active user
    /// The user named by --as, signed in with the password on standard input's first line (--password-stdin is
    /// required): a wrong password counts against the same lockout as at the sign-in window, and the answer never
    /// says whether the login or the password was wrong. `role`, when given, must be one of the user's roles.
    UserRecord signIn(const QCommandLineParser& parser, std::optional<Role> role = std::nullopt);

private:
    Database m_db;
};

} // namespace kense::cli
