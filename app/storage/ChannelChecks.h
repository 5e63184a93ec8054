#pragma once

#include <QSqlDatabase>

namespace kense {

/// The schema edits that widen a CHECK on a desk's tables for a new channel. SQLite alters a CHECK only by editing
/// the table's definition in sqlite_schema (its documented way for a constraint that every stored row already
/// satisfies; no row is rewritten), with the schema's version stepped so that every other connection reads the new
/// definition, and each definition read back. Run inside the migration's transaction; each throws StorageError if a
/// definition is not the one the earlier schema wrote.
struct ChannelChecks
{
    /// Schema 11: requests.channel may be 'portal'. On a desk of 100,000 requests (1.2 GB): 0.5 s, the portal
    /// number's partial index being built.
    static void allowPortal(QSqlDatabase& db);
    /// Schema 12: a desk may be a rural akim's apparatus (desks.kind 'akim'), its users akim's office specialists
    /// (user_roles.role 'akim_officer'), its requests of the channel 'akim'.
    static void allowAkim(QSqlDatabase& db);
};

} // namespace kense
