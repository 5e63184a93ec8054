#pragma once

#include "ConflictRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kense::sync {

/// The conflicts an administrator decides.
class Conflicts
{
public:
    explicit Conflicts(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Open conflicts, oldest first.
    QList<ConflictRecord> open() const;
    qint64 openCount() const;
    /// The change the centre is to decide the conflict of request `number` by (Central::decideConflict): another
    /// desk's change `takeEvent` this desk holds as a conflict, or, `takeEvent` empty, the change this desk's state
    /// came from (keep it). A desk decides no conflict itself: an administrator of the centre does, there, and the
    /// decision reaches every desk, this one too, at its next sync. Throws StorageError when the request has no open
    /// conflict here or `takeEvent` is not one of its.
    QString chosenEvent(const QString& number, const QString& takeEvent) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense::sync
