#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kense {

/// What `db verify` found of the requests' seals.
struct SealReport
{
    qint64 checked = 0;
    qint64 broken = 0;
    QStringList examples; ///< the first few, "KZOEDU01-2-2026-000001: why"
    bool ok() const { return broken == 0; }
    /// Counts one broken row; the first five are kept in words.
    void add(const QString& example)
    {
        if (++broken <= 5)
            examples << example;
    }
};

/// Proves that a request's rows are what the program last wrote. Every commit of the program seals each request its
/// transaction touched: a SHA-256 of its canonical content (the request row but its time of update, its parties, its
/// documents with their names, its result). Which requests a transaction touched is known from temporary triggers
/// on the program's own connection (track()), which no other connection has: an edit made with the sqlite3 shell or
/// another tool changes the rows, not their seal, and verify() names the request.
///
/// A plain seal is not a signature: whoever reads this source can compute one. It catches the edit made behind the
/// program's back. Once the desk has a key (DeskKey, `kensectl db key new`), the seals are HMAC-SHA-256 under it and
/// cannot be made again without it.
class RequestSeals
{
public:
    /// Installs the temporary table and triggers that collect the requests a transaction touches (Database::open).
    static void track(const QSqlDatabase& db);
    /// Seals the requests the current transaction touched (Transaction::commit, just before COMMIT). Does nothing on
    /// a connection that does not track().
    static void sealTouched(const QSqlDatabase& db);
    /// Seals every request with `key` (empty: a plain SHA-256): the migration that brings the seals to an existing
    /// database, and the desk key when it is made (sync::HistorySeal::adopt).
    static void sealAll(const QSqlDatabase& db, const QByteArray& key);
    /// Recomputes every request's seal and compares; a request without one, or a seal without its request, is broken.
    /// Throws StorageError when the seals are made with a desk key this program does not hold (DeskKey::forChecking).
    static SealReport verify(const QSqlDatabase& db);
};

} // namespace kense
