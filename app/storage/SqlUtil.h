#pragma once

#include "StorageError.h"
#include "workflow/RequestState.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <map>

namespace kense {

/// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() is reached. IMMEDIATE takes the write lock at the start,
/// so two writers (the program and kensectl) wait for each other (busy_timeout) instead of failing half-way.
/// A Transaction begun while another is open on the same connection (in the same thread) is a SAVEPOINT inside it:
/// a use-case made of several repository acts is still one transaction, whole or nothing.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    int m_level = 0; ///< 0: the outermost (BEGIN … COMMIT); n > 0: SAVEPOINT kense_n
};

/// The clock of one short transaction of long work (demo data, a pull, a package): the work commits what it has
/// done — whole, its marks moved with it — once due() says the slice has run kSliceMs, calls pause(), and goes on in a
/// new transaction. A registration waiting for the write lock (Database::waitForWriteLock looks every few
/// milliseconds) gets it in the pause, instead of failing after seconds behind one long transaction.
class WriteSlice
{
public:
    static constexpr int kSliceMs = 80;
    static constexpr int kPauseMs = 6;
    WriteSlice();
    bool due() const;
    /// Between two transactions of long work: steps aside so that a waiting writer takes the lock.
    static void pause();

private:
    qint64 m_started = 0;
};

/// Statements prepared once and reused by key, for the life of their owner: bulk work would otherwise spend its
/// time parsing SQL.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase& db)
        : m_db(db)
    {}
    /// The statement for `key`, prepared from `sql` the first time.
    QSqlQuery& get(int key, const QString& sql);

private:
    QSqlDatabase m_db;
    std::map<int, QSqlQuery> m_statements;
};

/// Prepares a statement; throws StorageError naming the database's reason.
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
/// Binds the values in order and executes; throws StorageError on failure.
void exec(QSqlQuery& query, std::initializer_list<QVariant> values = {});
void exec(const QSqlDatabase& db, const QString& sql);
/// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// A local moment as stored: "yyyy-MM-ddTHH:mm:ss".
QString storedMoment(const QDateTime& t);
QDateTime momentFromStored(const QString& s);

/// "('issued', 'refusal_issued')": stored state names as an SQL list for `IN (…)`, in the order given.
QString sqlStateList(const QList<RequestState>& states);
/// "<column> NOT IN (…)" over the states that are not open (core's isOpen). It is written exactly as the partial
/// indexes requests_open_due and requests_open_accepted were (0002_queue.sql): SQLite uses a partial index only for
/// an identical condition.
QString openStateCondition(const QString& column = QStringLiteral("state"));
/// `column` names a state whose legal term runs (core's termRuns: open, not a result kept in storage) — what the SLA
/// filters and the overdue report judge; it keeps openStateCondition's form, so the open partial indexes serve it.
QString termRunsCondition(const QString& column = QStringLiteral("state"));

} // namespace kense
