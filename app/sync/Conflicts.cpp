#include "Conflicts.h"

#include "SqlUtil.h"

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

QString Conflicts::chosenEvent(const QString& number, const QString& takeEvent) const
{
    const QVariant id = scalar(m_db, QStringLiteral("SELECT id FROM requests WHERE number = ?"), {number});
    if (!id.isValid())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    if (!scalar(m_db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE request_id = ? AND resolved_at IS NULL"), {id})
             .isValid())
        throw StorageError{Tr::tr("%1 has no open conflict").arg(number)};
    if (takeEvent.isEmpty())
        return scalar(m_db, QStringLiteral("SELECT head_event FROM requests WHERE id = ?"), {id}).toString();
    if (!scalar(m_db,
                QStringLiteral("SELECT 1 FROM sync_conflicts WHERE request_id = ? AND event_uuid = ? AND "
                               "resolved_at IS NULL"),
                {id, takeEvent})
             .isValid())
        throw StorageError{Tr::tr("%1 has no open conflict with the change %2").arg(number, takeEvent)};
    return takeEvent;
}

} // namespace kense::sync
