#pragma once

#include "RequestSeals.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace kense {

/// A SHA-256 of each outbox change's meta and payload, written when the change is sealed (sync::Outbox): the page of
/// a file can rot and the sqlite3 shell can edit a row, and neither reaches the centre. Like the requests' seals it
/// catches the damage and the edit made behind the program's back. Once the desk has a key (DeskKey) the digest is an
/// HMAC-SHA-256 under it, which cannot be made again without the key.
class OutboxDigest
{
public:
    /// The digest under `key` (empty: a plain SHA-256, for a desk without a key).
    static QByteArray of(const QString& meta, const QString& payload, const QByteArray& key);
    /// Adds the plain digest to every sealed change that has none (the migration that brings the column).
    static void addToAll(const QSqlDatabase& db);
    /// Makes every sealed change's digest again under `key` (when the desk key is made, sync::HistorySeal::adopt).
    static void sealAll(const QSqlDatabase& db, const QByteArray& key);
    /// Every sealed change: its digest matches, and its meta names the event it was made of (the event's uuid).
    /// Throws StorageError when the digests are made with a desk key this program does not hold (DeskKey).
    static SealReport verify(const QSqlDatabase& db);
};

} // namespace kense
