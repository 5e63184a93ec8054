#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace kense {

/// A storage failure with a one-line reason. Repositories throw it; callers at a boundary (the queue store's
/// worker, kensectl) catch it and report. A failed write has been rolled back when this reaches them.
struct StorageError
{
    QString message;
};

/// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() is reached. IMMEDIATE takes the write lock at the start,
/// so two writers (the program and kensectl) wait for each other (busy_timeout) instead of failing half-way.
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

} // namespace kense
