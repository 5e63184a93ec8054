#pragma once

#include <QSqlDatabase>

namespace kense {

/// Schema 11's edit of the requests table: its CHECK on the channel admits 'portal' too. SQLite alters a CHECK only
/// by editing the table's definition in sqlite_schema (its documented way for a constraint that every stored row
/// already satisfies; no row is rewritten, so a desk of a million requests migrates at once), with the schema's
/// version stepped so that every other connection reads the new definition. Run inside the migration's transaction;
/// throws StorageError if the definition is not the one schema 2 wrote.
struct PortalChannel
{
    static void allow(QSqlDatabase& db);
};

} // namespace kense
