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

/// A user as the other desks know them: "saule@KZOTSON01-1" — the login qualified with the desk it belongs to.
/// Users of other desks are kept here as disabled rows under that qualified login (they cannot sign in).
QString qualifiedLogin(const QString& login, const QString& deskCode);

/// A request of this database as one JSON value: its row, parties, documents, step deadlines, result, survey and
/// courier registers, with offices, desks and users by their codes and qualified logins — everything another desk
/// needs to hold the same request. `provider` names the office the request is addressed to.
QJsonObject buildRequestSnapshot(const QSqlDatabase& db, qint64 requestId, const QString& deskCode);

/// One event of this database as JSON (uuid, at, user, kind, from, to, before, after, note).
QJsonObject buildEventJson(const QSqlDatabase& db, qint64 eventId, const QString& deskCode);

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
