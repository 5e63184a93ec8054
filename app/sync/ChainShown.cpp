#include "ChainShown.h"

#include "EventLog.h"
#include "RestoreHold.h"
#include "SqlUtil.h"

#include <QDateTime>
#include <QJsonArray>

namespace kense::sync::ChainShown {

namespace {
QJsonObject point(qint64 eventId, const QByteArray& hash)
{
    return QJsonObject{{QStringLiteral("event"), eventId}, {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}};
}
} // namespace

void note(const QSqlDatabase& db, qint64 eventId, const QString& how)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO chain_shown (event_id, shown_at, how) VALUES (?, ?, ?) "
                                             "ON CONFLICT (event_id) DO UPDATE SET shown_at = excluded.shown_at"));
    exec(q, {eventId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), how});
    // The oldest go: only the newest kPoints are ever named.
    QSqlQuery prune = prepare(db, QStringLiteral("DELETE FROM chain_shown WHERE event_id < (SELECT min(event_id) FROM "
                                                 "(SELECT event_id FROM chain_shown ORDER BY event_id DESC LIMIT ?))"));
    exec(prune, {kPoints});
}

QJsonObject statement(const QSqlDatabase& db)
{
    const auto head = EventLog::head(db);
    if (!head)
        return {};
    QJsonArray points;
    QSqlQuery q = prepare(db, QStringLiteral("SELECT event_id FROM chain_shown WHERE event_id <= ? "
                                             "ORDER BY event_id DESC LIMIT ?"));
    exec(q, {head->first, kPoints});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        points.append(point(id, EventLog::hashAt(db, id)));
    }
    return QJsonObject{{QStringLiteral("head"), point(head->first, head->second)},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("restored"), RestoreHold::since(db).has_value()}};
}

qint64 headOf(const QJsonObject& statement)
{
    return statement.value(QStringLiteral("head")).toObject().value(QStringLiteral("event")).toInteger();
}

void keepToRelay(const QSqlDatabase& db, const RelayedManifest& m)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO relay_chain (origin, to_seq, manifest, sig) "
                                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    exec(q, {m.origin, m.toSeq, m.manifest, m.signature});
}

QList<RelayedManifest> toRelay(const QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT origin, to_seq, manifest, sig FROM relay_chain WHERE sent = 0 "
                                             "ORDER BY origin, to_seq"));
    exec(q);
    QList<RelayedManifest> out;
    while (q.next())
        out.append(RelayedManifest{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray(),
                                   q.value(3).toByteArray()});
    return out;
}

void markRelayed(const QSqlDatabase& db, const RelayedManifest& m)
{
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE relay_chain SET sent = 1 WHERE origin = ? AND to_seq = ?"));
    exec(q, {m.origin, m.toSeq});
}

} // namespace kense::sync::ChainShown
