#include "Outbox.h"

#include "Database.h"
#include "DeskKey.h"
#include "DeskRepository.h"
#include "HistorySeal.h"
#include "OutboxDigest.h"
#include "RequestSnapshot.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Outbox)
};
} // namespace

QByteArray OutgoingChange::joined() const
{
    // meta is a compact object: "{…}" becomes "{…,"payload":…}".
    QByteArray out = meta;
    out.chop(1);
    return out + ",\"payload\":" + payload + '}';
}

QByteArray OutgoingChange::signedBytes() const
{
    return QByteArrayLiteral("KENSE-CHANGE-1\n") + meta + '\n' + payload;
}

namespace {
/// Writes the payload of the outbox rows `where` selects (the request as it is now, with the event).
void seal(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT o.seq, o.event_id, o.base, e.request_id, e.kind, r.uuid "
                                             "FROM outbox o JOIN events e ON e.id = o.event_id "
                                             "JOIN requests r ON r.id = e.request_id WHERE ") +
                                  where + QStringLiteral(" ORDER BY o.seq"));
    exec(q, values);
    if (!q.next())
        return;
    const QString desk = DeskRepository::thisDeskCode(db);
    const QByteArray key = DeskKey::forWriting(db);
    if (desk.isEmpty())
        return;
    QSqlQuery update = prepare(db, QStringLiteral("UPDATE outbox SET meta = ?, payload = ?, digest = ? WHERE seq = ?"));
    // The request as it is at commit goes with its first change of the transaction; the others of the same
    // transaction carry only their events (they were committed together, so no one saw a state between them).
    QHash<qint64, QJsonObject> snapshots;
    do {
        const qint64 seq = q.value(0).toLongLong();
        const qint64 requestId = q.value(3).toLongLong();
        auto it = snapshots.find(requestId);
        const bool first = it == snapshots.end();
        if (first)
            it = snapshots.insert(requestId, buildRequestSnapshot(db, requestId, desk));
        const QJsonObject& request = *it;
        const QJsonObject event = buildEventJson(db, q.value(1).toLongLong(), desk);
        const QJsonObject meta{
            {QStringLiteral("desk"), desk},
            {QStringLiteral("office"),
             request.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString()},
            {QStringLiteral("desk_seq"), seq},
            {QStringLiteral("uuid"), event.value(QStringLiteral("uuid"))},
            {QStringLiteral("base"), q.value(2).isNull() ? QJsonValue(QJsonValue::Null) : q.value(2).toString()},
            {QStringLiteral("kind"), q.value(4).toString()},
            {QStringLiteral("request"), q.value(5).toString()},
            {QStringLiteral("provider"), request.value(QStringLiteral("provider"))},
            {QStringLiteral("whole"), first}, // the payload carries the request
        };
        const QJsonObject payload{
            {QStringLiteral("event"), event},
            {QStringLiteral("request"), first ? QJsonValue(request) : QJsonValue(QJsonValue::Null)}};
        const QString metaText = QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
        const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        exec(update, {metaText, payloadText, OutboxDigest::of(metaText, payloadText, key), seq});
    } while (q.next());
}
} // namespace

void Outbox::sealPending(const QSqlDatabase& db)
{
    seal(db, QStringLiteral("o.payload IS NULL"), {});
}

void Outbox::installSealing()
{
    Database::setCommitHook([](const QSqlDatabase& db) {
        sealPending(db);
        HistorySeal::sealHead(db); // after the payloads: the seal covers the transaction's last event
    });
    DeskKey::setLookup(&HistorySeal::lookUp); // a copy to restore is checked with its desk's key
}

QList<OutgoingChange> Outbox::after(const QSqlDatabase& db, qint64 afterSeq, int limit)
{
    // Only the batch's own rows are read: looking for unsealed rows first, up to the end of the table, read every
    // later payload at every batch, so reading n changes cost O(n²) (85 s for 100,000).
    const QString desk = DeskRepository::thisDeskCode(db);
    const QByteArray key = DeskKey::forChecking(db);
    auto read = [&](bool* unsealed) {
        QSqlQuery q = prepare(
            db, QStringLiteral("SELECT seq, meta, payload, digest FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
        exec(q, {afterSeq, limit});
        QList<OutgoingChange> out;
        while (q.next()) {
            const QString payload = q.value(2).toString();
            if (payload.isEmpty()) { // a change without its payload ends the batch: none is sent ahead of it
                *unsealed = true;
                break;
            }
            const QString meta = q.value(1).toString();
            if (OutboxDigest::of(meta, payload, key) != q.value(3).toByteArray())
                throw StorageError::failed(
                    Tr::tr("this desk's change %1 is damaged on disk or was changed behind the program; nothing "
                           "from it on is sent — run kensectl db verify and call the administrator")
                        .arg(q.value(0).toLongLong()));
            out.append(OutgoingChange{desk, q.value(0).toLongLong(), meta.toUtf8(), payload.toUtf8(), {}});
        }
        return out;
    };
    bool unsealed = false;
    QList<OutgoingChange> out = read(&unsealed);
    if (!unsealed)
        return out;
    // Rows the upgrade to schema 4 added, or a program that did not install the sealing wrote: their payload is
    // written now, the batch about to be read, and the batch is read again.
    Transaction tx(db);
    seal(db, QStringLiteral("o.seq > ? AND o.seq <= ? AND (o.payload = '' OR o.payload IS NULL)"),
         {afterSeq, afterSeq + std::max(limit, 1)});
    tx.commit();
    unsealed = false;
    return read(&unsealed);
}

QList<OutgoingChange> Outbox::relayed(const QSqlDatabase& db, int limit)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT origin, desk_seq, meta, payload, sig FROM relay WHERE sent = 0 "
                                             "ORDER BY origin, desk_seq LIMIT ?"));
    exec(q, {limit});
    QList<OutgoingChange> out;
    while (q.next())
        out.append(OutgoingChange{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString().toUtf8(),
                                  q.value(3).toString().toUtf8(), q.value(4).toByteArray()});
    return out;
}

void Outbox::markRelayed(const QSqlDatabase& db, const QList<OutgoingChange>& changes)
{
    Transaction tx(db);
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE relay SET sent = 1 WHERE origin = ? AND desk_seq = ?"));
    for (const OutgoingChange& c : changes)
        exec(q, {c.origin, c.deskSeq});
    tx.commit();
}

qint64 Outbox::lastSeq(const QSqlDatabase& db)
{
    // AUTOINCREMENT keeps the highest number given in sqlite_sequence, which continueAfter may have moved on.
    return scalar(db, QStringLiteral("SELECT max(coalesce((SELECT max(seq) FROM outbox), 0), "
                                     "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0))"))
        .toLongLong();
}

void Outbox::continueAfter(const QSqlDatabase& db, qint64 seq)
{
    QSqlQuery update =
        prepare(db, QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'"));
    exec(update, {seq});
    if (update.numRowsAffected() == 0) {
        QSqlQuery insert = prepare(db, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)"));
        exec(insert, {seq});
    }
}

QHash<qint64, QString> Outbox::uuids(const QSqlDatabase& db, qint64 afterSeq, qint64 upTo)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT o.seq, e.uuid FROM outbox o JOIN events e ON e.id = o.event_id "
                                             "WHERE o.seq > ? AND o.seq <= ?"));
    q.setForwardOnly(true);
    exec(q, {afterSeq, upTo});
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

qint64 Outbox::waiting(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE seq > ?"),
                  {markNumber(db, QStringLiteral("uploaded"))})
               .toLongLong() +
           scalar(db, QStringLiteral("SELECT count(*) FROM relay WHERE sent = 0")).toLongLong();
}

QString Outbox::mark(const QSqlDatabase& db, const QString& name)
{
    return scalar(db, QStringLiteral("SELECT value FROM sync_marks WHERE name = ?"), {name}).toString();
}

qint64 Outbox::markNumber(const QSqlDatabase& db, const QString& name)
{
    return mark(db, name).toLongLong();
}

void Outbox::setMark(const QSqlDatabase& db, const QString& name, const QString& value)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO sync_marks (name, value) VALUES (?, ?) "
                                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    exec(q, {name, value});
}

void Outbox::setUploaded(const QSqlDatabase& db, qint64 seq)
{
    setMark(db, QStringLiteral("uploaded"), QString::number(seq));
    // When the centre confirmed it: a centre that holds less than it once said (restored from a backup) voids what
    // it said above, and confirms it again, from now, as this desk sends it again.
    QSqlQuery voided = prepare(db, QStringLiteral("DELETE FROM upload_confirmations WHERE upto > ?"));
    exec(voided, {seq});
    if (seq > 0) {
        QSqlQuery confirmed = prepare(db, QStringLiteral("INSERT INTO upload_confirmations (upto, at) VALUES (?, ?) "
                                                         "ON CONFLICT (upto) DO UPDATE SET at = excluded.at"));
        exec(confirmed, {seq, storedMoment(QDateTime::currentDateTime())});
    }
}

qint64 Outbox::prune(const QSqlDatabase& db, int keepDays, const QDateTime& now)
{
    if (keepDays <= 0)
        return 0;
    const qint64 upto = scalar(db,
                               QStringLiteral("SELECT coalesce(max(upto), 0) FROM upload_confirmations "
                                              "WHERE at <= ? AND upto <= ?"),
                               {storedMoment(now.addDays(-keepDays)), markNumber(db, QStringLiteral("uploaded"))})
                            .toLongLong();
    qint64 gone = 0;
    // In short transactions: a clerk registering meanwhile waits milliseconds, not the whole pruning.
    for (bool more = upto > 0; more;) {
        if (gone > 0)
            WriteSlice::pause();
        Transaction tx(db);
        QSqlQuery q = prepare(db, QStringLiteral("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox "
                                                 "WHERE seq <= ? ORDER BY seq LIMIT 5000)"));
        exec(q, {upto});
        const int n = q.numRowsAffected();
        gone += n;
        more = n > 0;
        if (!more) {
            QSqlQuery older = prepare(db, QStringLiteral("DELETE FROM upload_confirmations WHERE upto < ?"));
            exec(older, {upto});
        }
        tx.commit();
    }
    return gone;
}

qint64 Outbox::firstKept(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(min(seq), 0) FROM outbox")).toLongLong();
}

} // namespace kense::sync
