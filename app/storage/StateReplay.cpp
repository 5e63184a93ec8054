#include "StateReplay.h"

#include "ContentDigest.h"
#include "SqlUtil.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::StateReplay)
};

/// What a request's history recorded of its content (ContentDigest), read event by event in order.
struct RecordedContent
{
    QString applied;           ///< the newest digest an applied event recorded
    bool decidedSince = false; ///< an administrator's decision came after it: the rows are one of the versions
    QSet<QString> recorded;    ///< every digest any of its events recorded (a decision takes one of them)

    bool any() const { return !recorded.isEmpty(); }
    bool holds(const QString& digest) const
    {
        return decidedSince || applied.isEmpty() ? recorded.contains(digest) : digest == applied;
    }
};

/// Walks the events that record a content or decide a conflict, in request order, beside the requests' walk.
class RecordedWalk
{
public:
    explicit RecordedWalk(const QSqlDatabase& db)
        : m_q(db)
    {
        m_q.setForwardOnly(true);
        // A change of another desk held as a conflict (sync_conflicts) was not applied, nor was a decision that
        // arrived in one; a decision the centre made was.
        const QString key = ContentDigest::key();
        m_q.prepare(QStringLiteral(
            "SELECT e.request_id, e.kind = :decided, "
            "CASE WHEN e.after LIKE '{%' AND json_valid(e.after) THEN e.after ->> :path END, "
            "EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.request_id = e.request_id AND c.event_uuid = e.uuid) "
            "FROM events e WHERE e.request_id IS NOT NULL "
            "AND (e.kind = :decided OR e.after LIKE :named) ORDER BY e.request_id, e.id"));
        m_q.bindValue(QStringLiteral(":decided"), eventKindName(EventKind::ConflictDecided));
        m_q.bindValue(QStringLiteral(":path"), QStringLiteral("$.\"%1\"").arg(key));
        m_q.bindValue(QStringLiteral(":named"), QStringLiteral("%\"%1\"%").arg(key));
        if (!m_q.exec())
            throw StorageError::failed(Tr::tr("cannot replay the requests' history: ") + m_q.lastError().text());
        m_more = m_q.next();
    }

    /// What the history of request `id` recorded; the walk must be asked in increasing order of id.
    RecordedContent of(qint64 id)
    {
        RecordedContent r;
        while (m_more && m_q.value(0).toLongLong() < id)
            m_more = m_q.next();
        for (; m_more && m_q.value(0).toLongLong() == id; m_more = m_q.next()) {
            const bool kept = m_q.value(3).toBool();
            if (m_q.value(1).toBool()) {
                if (!kept)
                    r.decidedSince = true;
                continue;
            }
            const QString digest = m_q.value(2).toString();
            if (digest.isEmpty())
                continue;
            r.recorded.insert(digest);
            if (!kept) {
                r.applied = digest;
                r.decidedSince = false;
            }
        }
        return r;
    }

private:
    QSqlQuery m_q;
    bool m_more = false;
};
} // namespace

SealReport StateReplay::verify(const QSqlDatabase& db)
{
    SealReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The newest event of each request that names the state it left the request in. Events of other desks kept as
    // conflicts (sync_conflicts) were not applied: the request stayed as it was until a decision, itself an event.
    if (!q.exec(QStringLiteral(
                    "SELECT r.number, r.state, (SELECT e.to_state FROM events e WHERE e.request_id = r.id "
                    "AND e.to_state IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.request_id = "
                    "r.id AND c.event_uuid = e.uuid) ORDER BY e.id DESC LIMIT 1), r.id, ") +
                ContentDigest::contentSql() + QStringLiteral(" FROM requests r ORDER BY r.id")))
        throw StorageError::failed(Tr::tr("cannot replay the requests' history: ") + q.lastError().text());
    RecordedWalk recorded(db);
    while (q.next()) {
        const QString number = q.value(0).toString();
        const RecordedContent content = recorded.of(q.value(3).toLongLong());
        if (q.value(2).isNull() && !content.any())
            continue;
        ++report.checked;
        const QString state = q.value(1).toString(), replayed = q.value(2).toString();
        if (!q.value(2).isNull() && state != replayed)
            report.add(number + QStringLiteral(": ") +
                       Tr::tr("its state is %1, but its history leaves it %2 (the state was changed behind the "
                              "program)")
                           .arg(state, replayed));
        if (content.any() && !content.holds(ContentDigest::digestOf(q.value(4).toString())))
            report.add(number + QStringLiteral(": ") +
                       Tr::tr("its form, applicant, parties or documents are not what its history recorded (changed "
                              "behind the program)"));
    }
    return report;
}

} // namespace kense
