#pragma once

#include "ConflictRecord.h"
#include "records/UserRecord.h"

#include <QDateTime>
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
    /// The administrator's decision on the request's open conflicts: keep the state this desk holds (`takeEvent`
    /// empty) or take the one another desk's change `takeEvent` carries. Either way an event "conflict_resolved"
    /// is written — it goes to the centre and from there to every desk, which all take the decided state.
    void decide(const QString& number, const QString& takeEvent, const UserRecord& admin, const QDateTime& at,
                const QString& note);

private:
    QSqlDatabase m_db;
};

} // namespace kense::sync
