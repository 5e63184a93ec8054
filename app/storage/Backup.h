#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kense {

/// Consistent copies of a desk's database.
namespace Backup {
/// Writes a consistent copy of the open database to `target` with VACUUM INTO — safe while the program writes
/// (it reads one snapshot). Refuses to overwrite an existing file.
void backUp(const QSqlDatabase& db, const QString& target);
/// Replaces the database file `path` by the copy `source` after checking the copy (a Kense database, not newer
/// than the program, integrity_check ok, event chain intact). The replaced file is kept beside it as
/// "<path>.before-restore-<time>". The database must not be open in this process.
void restore(const QString& source, const QString& path);
} // namespace Backup

} // namespace kense
