#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

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

} // namespace kense::sync
