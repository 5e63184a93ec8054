#include "Inbox.h"

#include "Outbox.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Inbox)
};

const QString kDecision = QStringLiteral("conflict_resolved");
} // namespace

Inbox::Inbox(const QSqlDatabase& db)
    : m_db(db)
    , m_desk(Outbox::deskCode(db))
    , m_office(m_desk.section(QLatin1Char('-'), 0, 0))
    , m_writer(db, m_desk)
{
    if (m_desk.isEmpty())
        throw StorageError{Tr::tr("this database is not set up as a desk yet")};
}

Applied Inbox::apply(const IncomingChange& c)
{
    const QJsonObject event = c.payload.value(QStringLiteral("event")).toObject();
    const QJsonObject request = c.payload.value(QStringLiteral("request")).toObject();
    if (event.isEmpty() || request.isEmpty())
        throw StorageError{Tr::tr("the change %1 of %2 carries no event or request").arg(c.uuid, c.origin)};
    if (scalar(m_db, QStringLiteral("SELECT 1 FROM events WHERE uuid = ?"), {c.uuid}).isValid())
        return Applied::Here;
    const std::optional<qint64> known = m_writer.requestId(request.value(QStringLiteral("uuid")).toString());
    if (!known) {
        const QString office =
            request.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString();
        if (office != m_office && request.value(QStringLiteral("provider")).toString() != m_office)
            return Applied::NotAddressed;
    }
    const bool decision = event.value(QStringLiteral("kind")).toString() == kDecision;
    bool follows = c.accepted;
    if (known) {
        const QString head =
            scalar(m_db, QStringLiteral("SELECT head_event FROM requests WHERE id = ?"), {*known}).toString();
        const bool flagged = scalar(m_db,
                                    QStringLiteral("SELECT 1 FROM sync_conflicts WHERE request_id = ? AND "
                                                   "resolved_at IS NULL LIMIT 1"),
                                    {*known})
                                 .isValid();
        follows = c.accepted && !flagged && head == c.base;
    }
    if (decision || follows || !known) {
        const qint64 id = m_writer.writeRequest(request);
        m_writer.appendEvent(event, id, c.origin);
        m_writer.setHead(id, c.uuid);
        if (decision) {
            QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? "
                                                       "WHERE request_id = ? AND resolved_at IS NULL"));
            exec(q, {storedMoment(QDateTime::currentDateTime()), id});
        }
        if (known || c.accepted)
            return Applied::Applied;
        // A request first seen in a change the centre flagged: held as it came, and flagged here too.
    }
    const qint64 id = *m_writer.requestId(request.value(QStringLiteral("uuid")).toString());
    if (known)
        m_writer.appendEvent(event, id, c.origin);
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO sync_conflicts (request_id, event_uuid, origin, payload, "
                                               "noted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    exec(q, {id, c.uuid, c.origin, QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)),
             storedMoment(QDateTime::currentDateTime())});
    return Applied::Conflict;
}

} // namespace kense::sync
