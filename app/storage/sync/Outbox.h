#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense::sync {

/// One change on its way to the centre: the JSON the centre receives ({desk, desk_seq, uuid, base, kind, request,
/// office, provider, payload: {event, request}}) and where it stands in the desk's order.
struct OutgoingChange
{
    QString origin; ///< the desk that made it, "KZOTSON01-1"
    qint64 deskSeq = 0;
    QByteArray json; ///< the whole change, compact JSON
};

/// The desk's outbox: every change of a request made here, in order, written in the transaction that made it.
class Outbox
{
public:
    /// "OFFICE-DESK" of this database; empty when it is not yet a desk.
    static QString deskCode(const QSqlDatabase& db);
    /// Writes the payload of the changes the current transaction made (the request as it is at commit). Runs in
    /// Transaction::commit(), so a change and its payload are committed together.
    static void sealPending(const QSqlDatabase& db);
    /// This desk's changes after `afterSeq`, at most `limit`, oldest first.
    static QList<OutgoingChange> after(const QSqlDatabase& db, qint64 afterSeq, int limit);
    /// Changes of other desks imported from packages and not yet passed on to the centre.
    static QList<OutgoingChange> relayed(const QSqlDatabase& db, int limit);
    static void markRelayed(const QSqlDatabase& db, const QList<OutgoingChange>& changes);
    static qint64 lastSeq(const QSqlDatabase& db);
    /// Changes waiting for the centre: this desk's after the "uploaded" mark, and relayed ones not yet passed on.
    static qint64 waiting(const QSqlDatabase& db);

    static QString mark(const QSqlDatabase& db, const QString& name);
    static qint64 markNumber(const QSqlDatabase& db, const QString& name);
    static void setMark(const QSqlDatabase& db, const QString& name, const QString& value);
};

} // namespace kense::sync
