#include "EventLog.h"

#include "RestoreHold.h"
#include "SqlUtil.h"
#include "common/Uuid.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::EventLog)
};
} // namespace

namespace {
/// The hashed content: the previous hash and every field, separated by U+001F, NULL written as U+0000.
QByteArray content(const QByteArray& prevHash, const QVariantList& fields)
{
    QByteArray out = prevHash;
    for (const QVariant& f : fields) {
        out += '\x1f';
        out += f.isNull() ? QByteArray(1, '\0') : f.toString().toUtf8();
    }
    return out;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant orNull(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

QByteArray EventLog::genesisHash()
{
    return QByteArray(32, '\0');
}

qint64 EventLog::append(const QSqlDatabase& db, const EventDraft& e)
{
    return Appender(db).append(e);
}

EventLog::Appender::Appender(const QSqlDatabase& db)
    : m_db(db)
    , m_insert(prepare(db, QStringLiteral("INSERT INTO events (uuid, request_id, at, user_id, kind, from_state, "
                                          "to_state, before, after, note, prev_hash, hash, origin) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
{
    refreshHead();
}

void EventLog::Appender::refreshHead()
{
    const auto last = head(m_db);
    m_head = last ? last->second : genesisHash();
    m_restoredAt = RestoreHold::since(m_db);
}

qint64 EventLog::Appender::append(const EventDraft& e)
{
    if (e.note.size() > kMaxNoteLength)
        throw StorageError{
            Tr::tr("a note has at most %1 characters; this one has %2").arg(kMaxNoteLength).arg(e.note.size())};
    // A change of a request made here goes to the centre under this desk's next sequence number: not while a
    // restored database may lack changes the centre holds under the same numbers.
    if (m_restoredAt && e.requestId)
        throw StorageError{RestoreHold::refusal(*m_restoredAt)};
    return appendFrom(e, createUuidV7(), QString());
}

qint64 EventLog::Appender::appendFrom(const EventDraft& e, const QString& uuid, const QString& origin)
{
    const QVariantList fields{uuid,
                              optionalId(e.requestId),
                              storedMoment(e.at),
                              optionalId(e.userId),
                              e.kind,
                              orNull(e.fromState),
                              orNull(e.toState),
                              orNull(e.before),
                              orNull(e.after),
                              orNull(e.note)};
    const QByteArray hash = sha256(content(m_head, fields));
    for (int i = 0; i < fields.size(); ++i)
        m_insert.bindValue(i, fields[i]);
    m_insert.bindValue(10, m_head);
    m_insert.bindValue(11, hash);
    m_insert.bindValue(12, origin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(origin));
    exec(m_insert);
    m_head = hash;
    return m_insert.lastInsertId().toLongLong();
}

std::optional<std::pair<qint64, QByteArray>> EventLog::head(const QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"));
    exec(q);
    if (!q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toByteArray());
}

QByteArray EventLog::hashAt(const QSqlDatabase& db, qint64 id)
{
    const QVariant hash = scalar(db, QStringLiteral("SELECT hash FROM events WHERE id = ?"), {id});
    return hash.isValid() ? hash.toByteArray() : QByteArray();
}

ChainReport EventLog::verify(const QSqlDatabase& db)
{
    ChainReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, uuid, request_id, at, user_id, kind, from_state, to_state, before, after, "
                               "note, prev_hash, hash FROM events ORDER BY id")))
        throw StorageError::failed(Tr::tr("cannot read the event log"));
    QByteArray expectedPrev = genesisHash();
    while (q.next()) {
        ++report.checked;
        QVariantList fields;
        for (int i = 1; i <= 10; ++i)
            fields << q.value(i);
        const QByteArray prev = q.value(11).toByteArray();
        const QByteArray hash = q.value(12).toByteArray();
        QString reason;
        if (prev != expectedPrev)
            reason = QStringLiteral("its link to the previous event does not match (an event before it was changed "
                                    "or removed)");
        else if (sha256(content(prev, fields)) != hash)
            reason = QStringLiteral("its content does not match its hash (the event was changed)");
        if (!reason.isEmpty()) {
            report.ok = false;
            report.brokenId = q.value(0).toLongLong();
            report.brokenUuid = q.value(1).toString();
            report.reason = reason;
            return report;
        }
        expectedPrev = hash;
    }
    return report;
}

} // namespace kense
