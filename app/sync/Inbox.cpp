#include "Inbox.h"

#include "DeskRepository.h"
#include "Outbox.h"
#include "SqlUtil.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Inbox)
};

const QString kDecision = eventKindName(EventKind::ConflictDecided);
} // namespace

Inbox::Inbox(const QSqlDatabase& db)
    : m_db(db)
    , m_desk(DeskRepository::thisDeskCode(db))
    , m_office(m_desk.section(QLatin1Char('-'), 0, 0))
    , m_writer(db, m_desk)
    , m_statements(db)
{
    if (m_desk.isEmpty())
        throw DeskRepository::notADesk();
}

QVariant Inbox::value(int key, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery& q = m_statements.get(key, sql);
    exec(q, values);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

Applied Inbox::apply(const IncomingChange& c)
{
    const Applied outcome = decide(c);
    switch (outcome) {
    case Applied::Here:
        ++m_tally.here;
        break;
    case Applied::Applied:
        ++m_tally.applied;
        break;
    case Applied::Conflict:
        ++m_tally.conflicts;
        break;
    case Applied::NotAddressed:
        ++m_tally.notAddressed;
        break;
    }
    return outcome;
}

Applied Inbox::decide(const IncomingChange& c)
{
    const QJsonObject event = c.payload.value(QStringLiteral("event")).toObject();
    const QJsonValue requestValue = c.payload.value(QStringLiteral("request"));
    const QJsonObject request = requestValue.toObject();
    if (event.isEmpty())
        throw StorageError{Tr::tr("the change %1 of %2 carries no event or request").arg(c.uuid, c.origin)};
    if (value(1, QStringLiteral("SELECT 1 FROM events WHERE uuid = ?"), {c.uuid}).isValid())
        return Applied::Here;
    // The request: from the snapshot the change carries, or (a later change of the same transaction, which
    // carries none) from the change's request uuid.
    const QString requestUuid = request.isEmpty() ? c.requestUuid : request.value(QStringLiteral("uuid")).toString();
    QSqlQuery& lookup = m_statements.get(2, QStringLiteral("SELECT id, head_event FROM requests WHERE uuid = ?"));
    exec(lookup, {requestUuid});
    std::optional<qint64> known;
    QString head;
    if (lookup.next()) {
        known = lookup.value(0).toLongLong();
        head = lookup.value(1).toString();
    }
    lookup.finish();
    if (!known) {
        if (request.isEmpty())
            return Applied::NotAddressed; // its first change was not addressed here; a later one brings it whole
        const QString office =
            request.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString();
        if (office != m_office && request.value(QStringLiteral("provider")).toString() != m_office)
            return Applied::NotAddressed;
    }
    // A decision only as the centre took it: one a desk sent, the centre keeps as that desk's change, not taken
    // (central schema 8), and so is it here — and so is one in another desk's package, which no centre judged.
    const bool decision = c.fromCentre && c.accepted && event.value(QStringLiteral("kind")).toString() == kDecision;
    bool follows = c.accepted;
    if (known) {
        const bool flagged = value(4,
                                   QStringLiteral("SELECT 1 FROM sync_conflicts WHERE request_id = ? AND "
                                                  "resolved_at IS NULL LIMIT 1"),
                                   {*known})
                                 .isValid();
        follows = c.accepted && !flagged && head == c.base;
    }
    if (decision || follows || !known) {
        const qint64 id = request.isEmpty() ? *known : m_writer.writeRequest(request);
        m_writer.appendEvent(event, id, c.origin, SnapshotWriter::KnownNew);
        m_writer.setHead(id, c.uuid);
        if (decision) {
            QSqlQuery& q = m_statements.get(5, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? "
                                                              "WHERE request_id = ? AND resolved_at IS NULL"));
            exec(q, {storedMoment(QDateTime::currentDateTime()), id});
        }
        if (known || c.accepted)
            return Applied::Applied;
        // A request first seen in a change the centre flagged: held as it came, and flagged here too.
    }
    const qint64 id = known ? *known : *m_writer.requestId(requestUuid);
    if (known)
        m_writer.appendEvent(event, id, c.origin, SnapshotWriter::KnownNew);
    QSqlQuery& q =
        m_statements.get(6, QStringLiteral("INSERT INTO sync_conflicts (request_id, event_uuid, origin, payload, "
                                           "noted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    exec(q, {id, c.uuid, c.origin, QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)),
             storedMoment(QDateTime::currentDateTime())});
    return Applied::Conflict;
}

} // namespace kense::sync
