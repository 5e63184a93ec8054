#include "SqlUtil.h"

#include "Database.h"
#include "RequestSeals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QThread>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::SqlUtil)
};
} // namespace

namespace {
/// How many Transactions are open on each connection of this thread (a connection lives in one thread).
thread_local QHash<QString, int> t_open;

QString savepoint(int level)
{
    return QStringLiteral("kense_%1").arg(level);
}
} // namespace

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    int& open = t_open[m_db.connectionName()];
    QSqlQuery q(m_db);
    if (!q.exec(open == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(open))) {
        if (q.lastError().nativeErrorCode() == QLatin1String("5")) // SQLITE_BUSY, after Database::kLockWaitMs
            throw StorageError::failed(Tr::tr("the database is busy: another program has been writing to it for %1 "
                                              "seconds without a pause; nothing was saved — try again, and if it "
                                              "stays busy close the other Kense programs")
                                           .arg(Database::kLockWaitMs / 1000));
        throw StorageError::failed(Tr::tr("cannot start a transaction: ") + q.lastError().text());
    }
    if (open == 0) {
        try {
            Database::checkInPlace(m_db); // under the write lock: nothing is written to a file that is gone
        } catch (const StorageError&) {
            q.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    m_level = open++;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    t_open[m_db.connectionName()] = m_level;
}

void Transaction::commit()
{
    QSqlQuery q(m_db);
    if (m_level > 0) {
        if (!q.exec(QStringLiteral("RELEASE ") + savepoint(m_level)))
            throw StorageError::failed(Tr::tr("cannot commit: ") + q.lastError().text());
    } else {
        RequestSeals::sealTouched(m_db); // what this transaction wrote of requests is theirs: `db verify` checks it
        if (const Database::CommitHook hook = Database::commitHook())
            hook(m_db); // e.g. the outbox's payloads, as the requests are now, in the same transaction
        if (!q.exec(QStringLiteral("COMMIT")))
            throw StorageError::failed(Tr::tr("cannot commit: ") + q.lastError().text());
    }
    m_open = false;
    t_open[m_db.connectionName()] = m_level;
}

namespace {
qint64 monotonicMs()
{
    static const QElapsedTimer start = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return start.elapsed();
}
} // namespace

WriteSlice::WriteSlice()
    : m_started(monotonicMs())
{}

bool WriteSlice::due() const
{
    return monotonicMs() - m_started >= kSliceMs;
}

void WriteSlice::pause()
{
    QThread::msleep(kPauseMs);
}

QSqlQuery& StatementCache::get(int key, const QString& sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.emplace(key, prepare(m_db, sql)).first;
    return it->second;
}

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw StorageError::failed(q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(120) +
                                   QLatin1Char(']'));
    return q;
}

void exec(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, v);
    if (!query.exec())
        throw StorageError::failed(query.lastError().text());
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError::failed(q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(120) +
                                   QLatin1Char(']'));
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q = prepare(db, sql);
    exec(q, values);
    return q.next() ? q.value(0) : QVariant();
}

QString storedMoment(const QDateTime& t)
{
    // Written for every event and deadline: formatted by hand, QDateTime::toString is ten times slower.
    if (!t.isValid())
        return {};
    const QDate d = t.date();
    const QTime h = t.time();
    char16_t buf[19];
    auto put = [&](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, h.hour(), 2);
    buf[13] = u':';
    put(14, h.minute(), 2);
    buf[16] = u':';
    put(17, h.second(), 2);
    return QString(reinterpret_cast<const QChar*>(buf), 19);
}

QDateTime momentFromStored(const QString& s)
{
    return QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString sqlStateList(const QList<RequestState>& states)
{
    QStringList names;
    for (RequestState s : states)
        names << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString openStateCondition(const QString& column)
{
    // The order of the partial indexes' lists; the set is core's (checked below), only the order is SQLite's.
    static const QList<RequestState> notOpen = [] {
        QList<RequestState> order{RequestState::Issued, RequestState::RefusalIssued, RequestState::RefusedAtIntake,
                                  RequestState::Draft};
        const QList<RequestState> rule = statesWhere([](RequestState s) { return !isOpen(s); });
        bool same = rule.size() == order.size();
        for (RequestState s : rule)
            same = same && order.contains(s);
        if (!same)
            qFatal("openStateCondition: core's open states changed; the partial indexes need a migration");
        return order;
    }();
    return column + QStringLiteral(" NOT IN ") + sqlStateList(notOpen);
}

QString termRunsCondition(const QString& column)
{
    // Open (the partial indexes' condition) and none of the open states whose term has stopped running.
    static const QList<RequestState> stopped = statesWhere([](RequestState s) { return isOpen(s) && !termRuns(s); });
    QString condition = openStateCondition(column);
    if (!stopped.isEmpty())
        condition += QStringLiteral(" AND ") + column + QStringLiteral(" NOT IN ") + sqlStateList(stopped);
    return condition;
}

} // namespace kense
