#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense::sync {

/// One change on its way to the centre, as compact JSON in two parts: `meta` ({desk, desk_seq, uuid, base, kind,
/// request, office, provider, whole}: what the centre decides by) and `payload` ({event, request}: what it keeps and
/// hands on). `payload.request` is the whole request as committed, on the first change of each request in a
/// transaction, and null on the others. The centre parses only the small part; the payload goes through as text.
struct OutgoingChange
{
    QString origin; ///< the desk that made it, "KZOTSON01-1"
    qint64 deskSeq = 0;
    QByteArray meta;
    QByteArray payload;
    QByteArray sig; ///< its desk's Ed25519 signature of signedBytes(), on a change that came in a package

    /// What the desk signs: a fixed prefix, meta and payload, as they travel.
    QByteArray signedBytes() const;
    /// The change as one JSON object: meta with "payload" (exchange packages, tests).
    QByteArray joined() const;
};

/// The desk's outbox: every change of a request made here, in order, written in the transaction that made it.
class Outbox
{
public:
    /// Writes the payload of the changes the current transaction made (the request as it is at commit). Runs in
    /// Transaction::commit() through the database's commit hook, so a change and its payload are committed together.
    static void sealPending(const QSqlDatabase& db);
    /// Makes sealPending, then HistorySeal::sealHead, the commit hook of every desk database this program opens, and
    /// the keychain the place DeskKey looks a desk key up in. Every program that writes a desk database calls it once
    /// at its start (kense, kensectl, the sync's tests). Without it the payloads are written when the sync reads the
    /// changes, as the requests are then.
    static void installSealing();
    /// This desk's changes after `afterSeq`, at most `limit`, oldest first.
    static QList<OutgoingChange> after(const QSqlDatabase& db, qint64 afterSeq, int limit);
    /// Changes of other desks imported from packages and not yet passed on to the centre.
    static QList<OutgoingChange> relayed(const QSqlDatabase& db, int limit);
    static void markRelayed(const QSqlDatabase& db, const QList<OutgoingChange>& changes);
    /// The last sequence number this desk gave a change (or was told it gave, see continueAfter).
    static qint64 lastSeq(const QSqlDatabase& db);
    /// The next change of this desk is numbered after `seq`: the centre holds its changes up to there (a restored
    /// desk that brought them back). Inside the caller's transaction.
    static void continueAfter(const QSqlDatabase& db, qint64 seq);
    /// The uuids of this desk's changes with sequence numbers after `afterSeq` up to `upTo`, by sequence number.
    static QHash<qint64, QString> uuids(const QSqlDatabase& db, qint64 afterSeq, qint64 upTo);
    /// Changes waiting for the centre: this desk's after the "uploaded" mark, and relayed ones not yet passed on.
    static qint64 waiting(const QSqlDatabase& db);

    static QString mark(const QSqlDatabase& db, const QString& name);
    static qint64 markNumber(const QSqlDatabase& db, const QString& name);
    static void setMark(const QSqlDatabase& db, const QString& name, const QString& value);
    /// The centre holds this desk's changes up to `seq`: the "uploaded" mark, and when the centre said so (prune).
    static void setUploaded(const QSqlDatabase& db, qint64 seq);
    /// Lets go of this desk's changes the centre confirmed more than `keepDays` days before `now` (0: keeps all), in
    /// short transactions of its own. Returns how many went.
    static qint64 prune(const QSqlDatabase& db, int keepDays, const QDateTime& now);
    /// The sequence of the oldest change the outbox still holds (0: none).
    static qint64 firstKept(const QSqlDatabase& db);
};

} // namespace kense::sync
