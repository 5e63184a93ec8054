#pragma once

#include "Database.h"
#include "DeskRepository.h"
#include "UserRepository.h"

#include <QCommandLineParser>

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

private:
    Database m_db;
};

} // namespace kense::cli
