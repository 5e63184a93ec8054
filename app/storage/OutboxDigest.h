#pragma once

#include "RequestSeals.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace kense {

/// A SHA-256 of each outbox change's meta and payload, written when the change is sealed (sync::Outbox): the page of
/// a file can rot and the sqlite3 shell can edit a row, and neither reaches the centre. Like the requests' seals it
/// catches the damage and the edit made behind the program's back; it is not a signature.
class OutboxDigest
{
public:
    static QByteArray of(const QString& meta, const QString& payload);
    /// Adds the digest to every sealed change that has none (the migration that brings the column).
    static void addToAll(const QSqlDatabase& db);
    /// Every sealed change: its digest matches, and its meta names the event it was made of (the event's uuid).
    static SealReport verify(const QSqlDatabase& db);
};

} // namespace kense
