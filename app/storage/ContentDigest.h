#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace kense {

/// What a request says — its form (the fields as entered and corrected), the applicant's name and IIN it is listed
/// under, its parties and its documents — as one SHA-256. Every event that writes or changes this content (the
/// registration, a correction) records the digest of the content it left, under "#content" in its `after`; the
/// event is part of the keyed chain, so the history proves the content as it proves the state, and StateReplay names
/// a request whose rows are not what its history recorded. Only what the rows hold is read: a request received from
/// another desk gives the same digest there as where it was made.
class ContentDigest
{
public:
    /// The key under which an event's `after` records the digest.
    static QString key();
    /// An SQL expression over `requests r`: the request's content as one JSON text, for a SELECT.
    static QString contentSql();
    /// The digest (64 hex digits) of a content text contentSql() read.
    static QString digestOf(const QString& content);
    /// The digest of request `requestId` as its rows are now (inside the caller's transaction); `read` is a statement
    /// the caller keeps (empty at the first call), so that bulk registrations prepare it once.
    static QString of(const QSqlDatabase& db, qint64 requestId, QSqlQuery* read = nullptr);
    /// `after` (an event's JSON object, or empty) with `digest` recorded in it.
    static QString recordIn(const QString& after, const QString& digest);
};

} // namespace kense
