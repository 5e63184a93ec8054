#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kense {

/// Consistent copies of a desk's database.
namespace Backup {
/// Writes a consistent copy of the open database to `target` with VACUUM INTO — safe while the program writes
/// (it reads one snapshot). Refuses to overwrite an existing file.
void backUp(const QSqlDatabase& db, const QString& target);
/// Replaces the content of the database `path` by the copy `source` after checking the copy (a Kense database, not
/// newer than the program, integrity_check ok, event chain intact) and that it is a copy of the same desk (unless
/// `otherDesk`). Refused while any program has the database open (see OpenLock); the restore holds its lock so that
/// none opens it meanwhile. The content goes in through SQLite's online backup API — the live file and its WAL are
/// never deleted — and the content it replaces is kept first as "<path>.before-restore-<time>" (returned; empty
/// when there was no database at `path`).
QString restore(const QString& source, const QString& path, bool otherDesk = false);
} // namespace Backup

} // namespace kense
