#include "Conflicts.h"

#include "DeskRepository.h"
#include "EventLog.h"
#include "Outbox.h"
#include "SnapshotWriter.h"
#include "SqlUtil.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Conflicts)
};
} // namespace

QList<ConflictRecord> Conflicts::open() const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT r.number, r.state, c.event_uuid, c.origin, c.payload "
                                               "FROM sync_conflicts c JOIN requests r ON r.id = c.request_id "
                                               "WHERE c.resolved_at IS NULL ORDER BY c.noted_at, r.number"));
    exec(q);
    QList<ConflictRecord> out;
    while (q.next()) {
        const QJsonObject e =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object().value(QStringLiteral("event")).toObject();
        out.append(ConflictRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), e.value(QStringLiteral("kind")).toString(),
                                  e.value(QStringLiteral("to_state")).toString(),
                                  momentFromStored(e.value(QStringLiteral("at")).toString()),
                                  e.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(),
                                  e.value(QStringLiteral("note")).toString()});
    }
    return out;
}

qint64 Conflicts::openCount() const
{
    return scalar(m_db,
                  QStringLiteral("SELECT count(DISTINCT request_id) FROM sync_conflicts WHERE resolved_at IS NULL"))
        .toLongLong();
}

void Conflicts::decide(const QString& number, const QString& takeEvent, const UserRecord& admin, const QDateTime& at,
                       const QString& note)
{
    if (!admin.roles.contains(Role::Administrator))
        throw StorageError{Tr::tr("only an administrator decides a conflict")};
    Transaction tx(m_db);
    const QVariant id = scalar(m_db, QStringLiteral("SELECT id FROM requests WHERE number = ?"), {number});
    if (!id.isValid())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    const QString before = scalar(m_db, QStringLiteral("SELECT state FROM requests WHERE id = ?"), {id}).toString();
    if (!scalar(m_db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE request_id = ? AND resolved_at IS NULL"), {id})
             .isValid())
        throw StorageError{Tr::tr("%1 has no open conflict").arg(number)};
    QString origin;
    if (!takeEvent.isEmpty()) {
        const QVariant payload = scalar(m_db,
                                        QStringLiteral("SELECT payload FROM sync_conflicts WHERE request_id = ? AND "
                                                       "event_uuid = ? AND resolved_at IS NULL"),
                                        {id, takeEvent});
        if (!payload.isValid())
            throw StorageError{Tr::tr("%1 has no open conflict with the change %2").arg(number, takeEvent)};
        origin = scalar(m_db, QStringLiteral("SELECT origin FROM sync_conflicts WHERE event_uuid = ?"), {takeEvent})
                     .toString();
        QJsonObject request =
            QJsonDocument::fromJson(payload.toString().toUtf8()).object().value(QStringLiteral("request")).toObject();
        if (request.isEmpty()) {
            // A later change of a transaction carries no request: its transaction's first change holds the
            // outcome — the newest such change of the same desk.
            QSqlQuery q = prepare(m_db, QStringLiteral("SELECT payload FROM sync_conflicts WHERE request_id = ? AND "
                                                       "origin = ? AND resolved_at IS NULL"));
            exec(q, {id, origin});
            QString newest;
            while (q.next()) {
                const QJsonObject c = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                const QString when = c.value(QStringLiteral("event")).toObject().value(QStringLiteral("at")).toString();
                if (c.value(QStringLiteral("request")).isObject() && when >= newest) {
                    newest = when;
                    request = c.value(QStringLiteral("request")).toObject();
                }
            }
            if (request.isEmpty())
                throw StorageError{Tr::tr("%1: the change %2 came without the request's data").arg(number, takeEvent)};
        }
        SnapshotWriter(m_db, DeskRepository::thisDeskCode(m_db)).writeRequest(request);
    }
    const QString after = scalar(m_db, QStringLiteral("SELECT state FROM requests WHERE id = ?"), {id}).toString();
    const QString decided = takeEvent.isEmpty() ? QStringLiteral("kept the state of this desk")
                                                : QStringLiteral("took the change %1 of %2").arg(takeEvent, origin);
    EventLog::append(m_db,
                     EventDraft{id.toLongLong(),
                                at,
                                admin.id,
                                eventKindName(EventKind::ConflictDecided),
                                before,
                                after,
                                {},
                                {},
                                note.trimmed().isEmpty() ? decided : decided + QStringLiteral(": ") + note.trimmed()});
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE request_id = ? AND "
                                               "resolved_at IS NULL"));
    exec(q, {storedMoment(at), id});
    tx.commit();
}

} // namespace kense::sync
