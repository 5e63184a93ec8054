#pragma once

#include "Central.h"
#include "SnapshotWriter.h"
#include "SqlUtil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <initializer_list>

namespace kense::sync {

enum class Applied
{
    Here,     ///< known already (its uuid is in the log)
    Applied,  ///< the request now holds the change
    Conflict, ///< kept in the history and listed for the administrator; the request keeps its state
    NotAddressed
};

/// How many changes an Inbox met, by outcome.
struct InboxTally
{
    int applied = 0;
    int conflicts = 0;
    int here = 0;
    int notAddressed = 0;
};

/// Applies the changes of other desks to this desk's database (pulled from the centre or read from a package).
/// A change applies when it follows the state this desk holds (its base is the request's head) and the centre
/// accepted it; a decision of the administrator applies always. Anything else is a conflict: the event is kept, the
/// request is flagged, nothing is overwritten. Runs inside the caller's transaction.
class Inbox
{
public:
    explicit Inbox(const QSqlDatabase& db);
    Applied apply(const IncomingChange& change);
    QString desk() const { return m_desk; }
    /// What apply() met so far.
    const InboxTally& tally() const { return m_tally; }

private:
    Applied decide(const IncomingChange& change);
    QVariant value(int key, const QString& sql, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QString m_desk;
    QString m_office;
    SnapshotWriter m_writer;
    StatementCache m_statements;
    InboxTally m_tally;
};

} // namespace kense::sync
