#pragma once

#include "EventLog.h"
#include "SqlUtil.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace kense::sync {

/// Writes requests and events of other desks into this database: a request is inserted or replaced as a whole from
/// its snapshot, offices, desks and users it names are added when missing; the event is appended to the hash chain
/// with the desk it came from. Runs inside the caller's transaction.
class SnapshotWriter
{
public:
    SnapshotWriter(const QSqlDatabase& db, const QString& deskCode);

    /// Inserts or replaces the request; returns its id here. Throws StorageError on a malformed snapshot.
    qint64 writeRequest(const QJsonObject& snapshot);
    /// The id of the request with this uuid, if this database holds it.
    std::optional<qint64> requestId(const QString& uuid);
    enum Check
    {
        CheckHere, ///< look whether the event is here already
        KnownNew   ///< the caller has just looked
    };
    /// Appends the event of another desk (keeping its uuid) to the log; returns false if it is here already.
    bool appendEvent(const QJsonObject& event, qint64 requestId, const QString& origin, Check check = CheckHere);
    void setHead(qint64 requestId, const QString& eventUuid);

private:
    qint64 officeId(const QJsonObject& office);
    qint64 deskId(qint64 officeId, const QString& code, const QString& kind);
    QVariant userId(const QJsonValue& user);
    qint64 documentKind(const QJsonObject& doc);
    void replaceNames(qint64 requestId, const QString& names);
    void writeRegister(const QJsonObject& reg, qint64 requestId);

    QSqlDatabase m_db;
    QString m_desk;
    QHash<QString, qint64> m_offices, m_users, m_kinds;
    StatementCache m_statements;
    std::unique_ptr<EventLog::Appender> m_events;
};

} // namespace kense::sync
