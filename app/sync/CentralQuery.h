#pragma once

// What Central's functions share when they ask the centre: its refusals in the desk's words.
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace kense::sync::central {

/// The server's message without Qt's driver prefix, on one line.
QString reasonOf(const QSqlError& e);
/// Runs `q`. A refusal the centre's functions raise with a code of their own (central migrations 0002 and 0003) is
/// said in the desk's words (Central::forkRefusal, Central::historyRefusal); another refusal by the centre's rules or
/// rights is a StorageError of kind Refused; anything else (the link, the server) StorageError::failed.
void run(QSqlQuery& q);
/// After reading the rows of a forward-only query: Qt's PostgreSQL driver fetches them one at a time, and a link
/// lost on the way ends the rows early, silently but for lastError(). A pull that took a cut-short batch for the
/// whole would step over the changes it never read.
void checkRead(const QSqlQuery& q);

} // namespace kense::sync::central
