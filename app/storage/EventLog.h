#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <utility>

namespace kense {

/// One change to record: who, when, what, before → after, and a note.
struct EventDraft
{
    std::optional<qint64> requestId;
    QDateTime at;
    std::optional<qint64> userId;
    QString kind; ///< eventKindName(…), or for a move the transition's name (workflow/EventKind.h)
    QString fromState;
    QString toState;
    QString before; ///< JSON of what an edit changed, as it was
    QString after;
    QString note;
};

struct ChainReport
{
    bool ok = true;
    qint64 checked = 0;
    qint64 brokenId = 0; ///< the first event whose hash or link does not match
    QString brokenUuid;
    QString reason;
};

/// The append-only event log. Each event stores SHA-256(previous hash ‖ its own fields); the first event links to
/// 32 zero bytes. Triggers refuse UPDATE and DELETE; a change made behind them (the triggers dropped) breaks the chain
/// at the changed event, which verify() names. (Removing the newest events leaves a shorter chain that still
/// verifies: the log proves that no recorded event was altered, not that none was cut off the end.)
class EventLog
{
public:
    static QByteArray genesisHash(); ///< 32 zero bytes
    /// Appends inside the caller's transaction; returns the new event's id.
    static qint64 append(const QSqlDatabase& db, const EventDraft& event);
    static ChainReport verify(const QSqlDatabase& db);
    /// The newest event's id and hash (none in an empty log): what the desk shows the centre at a sync.
    static std::optional<std::pair<qint64, QByteArray>> head(const QSqlDatabase& db);
    /// The hash of the event `id`; empty if there is no such event.
    static QByteArray hashAt(const QSqlDatabase& db, qint64 id);

    /// Appends many events inside one transaction the caller holds, keeping the chain's head in memory instead of
    /// reading it back for each event (bulk imports, demo data).
    class Appender
    {
    public:
        explicit Appender(const QSqlDatabase& db);
        qint64 append(const EventDraft& event);
        /// Appends an event another desk made, keeping its uuid and naming the desk it came from ("KZOEDU01-1").
        qint64 appendFrom(const EventDraft& event, const QString& uuid, const QString& origin);
        /// Reads the chain's head again (at the start of each new transaction, when the appender is kept).
        void refreshHead();

    private:
        QSqlDatabase m_db;
        QSqlQuery m_insert;
        QByteArray m_head;
        std::optional<QDateTime> m_restoredAt; ///< the desk is on hold after a restore (RestoreHold)
    };
};

} // namespace kense
