#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense::RestoreHold {

/// A desk database restored from a backup may lack requests that it registered after the backup and that the centre
/// (or another desk) already holds. Until it has caught up, a change of its own would reuse their numbers and
/// sequence numbers — a fork nobody sees at the desk. So a restore puts the desk on hold: no change of a request is
/// made here (registration, moves, results) until a sync has brought back what the centre holds of it, or an
/// administrator has released the hold for a desk that syncs with no centre. Kept in sync_marks as "restored".

/// The statement that puts a restored database on hold, for the restore's own connection.
QString holdStatement(const QDateTime& restoredAt);
/// When the database was restored, while it is on hold.
std::optional<QDateTime> since(const QSqlDatabase& db);
/// The refusal of a change made while on hold: what happened and the two ways out.
QString refusal(const QDateTime& restoredAt);
/// Ends the hold (the sync caught up, or an administrator released it). Inside the caller's transaction.
void release(const QSqlDatabase& db);
/// An administrator's release of the hold on a desk that syncs with no centre (its numbers go on from the copy's),
/// with the reason, as a "hold_released" event. Refused for anyone else, without a reason, or when there is no hold.
void releaseBy(const QSqlDatabase& db, qint64 adminId, const QString& reason, const QDateTime& at);
/// Moves this desk's number sequences (requests, results) past the highest number of its own the database now holds,
/// so that a number the centre gave back is never given again. Inside the caller's transaction.
void catchUpNumbers(const QSqlDatabase& db);

} // namespace kense::RestoreHold
