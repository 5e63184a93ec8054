#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace kense {

/// The desk key in this program's memory: 32 random bytes of the desk, which the program reads from the keychain
/// (sync::HistorySeal) and storage never writes anywhere. A database that names a key (its history_key row, made by
/// `kensectl db key new`) has its request seals (RequestSeals) and its event log's head (sync::HistorySeal) sealed
/// with it: HMAC-SHA-256 instead of a plain SHA-256 that whoever reads the source can compute again.
class DeskKey
{
public:
    /// The key this program seals with (any thread may commit with it); empty forgets it. `why` says why none is at
    /// hand, for the refusal of a write that needs it.
    static void use(const QByteArray& key, const QString& why = QString());
    static QByteArray inUse();
    /// The id of the key the database's seals are made with; empty when the database names none.
    static QString namedBy(const QSqlDatabase& db);
    /// The key to seal what is written to `db` with: empty when the database names none. Throws StorageError when it
    /// names a key this program does not hold — nothing is then written that could not be proven.
    static QByteArray forWriting(const QSqlDatabase& db);
    /// The key to check the database's seals with: empty when it names none. When this program does not hold the key
    /// it names, it asks the lookup (a copy being restored, a desk the program has not read the key of); throws
    /// StorageError when that has no such key either: what the database sealed cannot be proven here.
    static QByteArray forChecking(const QSqlDatabase& db);

    /// Finds the key of a desk ("KZOEDU01-1") or says why not; may block (the keychain). Never asked for a write,
    /// which must not wait inside its transaction: the program reads the key before it writes.
    using Lookup = std::pair<QByteArray, QString> (*)(const QString& desk);
    static void setLookup(Lookup lookup);
};

} // namespace kense
