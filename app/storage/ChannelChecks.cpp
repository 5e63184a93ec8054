#include "ChannelChecks.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Database)
};

void run(QSqlQuery& q, const QString& table, const QString& sql)
{
    if (!q.exec(sql))
        throw StorageError{Tr::tr("the check of the table %1 was not widened (%2)").arg(table, q.lastError().text())};
}

/// Replaces the CHECK `from` (found exactly once in the table's definition) by `to`.
void widen(QSqlDatabase& db, const QString& table, const QString& from, const QString& to)
{
    QSqlQuery q(db);
    QSqlQuery read(db);
    const bool found =
        read.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) &&
        (read.addBindValue(table), read.exec());
    if (!found)
        throw StorageError{
            Tr::tr("the check of the table %1 was not widened (%2)").arg(table, read.lastError().text())};
    const QString definition = read.next() ? read.value(0).toString() : QString();
    read.finish();
    if (definition.count(from) != 1)
        throw StorageError{
            Tr::tr("the table %1 is not as the earlier schema made it: its check «%2» was not found").arg(table, from)};
    run(q, table, QStringLiteral("PRAGMA schema_version"));
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    run(q, table, QStringLiteral("PRAGMA writable_schema = ON"));
    QSqlQuery edit(db);
    const bool edited =
        edit.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?")) &&
        (edit.addBindValue(QString(definition).replace(from, to)), edit.addBindValue(table), edit.exec());
    const QString reason = edit.lastError().text();
    run(q, table, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
    run(q, table, QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!edited)
        throw StorageError{Tr::tr("the check of the table %1 was not widened (%2)").arg(table, reason)};
    // The edited definition is read back at once (a statement on the table parses the schema again): a definition
    // SQLite could not read fails here, inside the transaction, not at the next start. A whole-file check would cost
    // seconds on a desk of a million requests for a change that rewrote no row.
    run(q, table, QStringLiteral("SELECT count(*) FROM %1 WHERE 0").arg(table));
}
} // namespace

void ChannelChecks::allowPortal(QSqlDatabase& db)
{
    widen(db, QStringLiteral("requests"), QStringLiteral("CHECK (channel IN ('provider', 'tson'))"),
          QStringLiteral("CHECK (channel IN ('provider', 'tson', 'portal'))"));
}

void ChannelChecks::allowAkim(QSqlDatabase& db)
{
    widen(db, QStringLiteral("desks"), QStringLiteral("CHECK (kind IN ('provider', 'tson'))"),
          QStringLiteral("CHECK (kind IN ('provider', 'tson', 'akim'))"));
    widen(db, QStringLiteral("user_roles"),
          QStringLiteral("CHECK (role IN ('clerk', 'tson_operator', 'head', 'executor', 'administrator'))"),
          QStringLiteral("CHECK (role IN ('clerk', 'tson_operator', 'akim_officer', 'head', 'executor', "
                         "'administrator'))"));
    widen(db, QStringLiteral("requests"), QStringLiteral("CHECK (channel IN ('provider', 'tson', 'portal'))"),
          QStringLiteral("CHECK (channel IN ('provider', 'tson', 'portal', 'akim'))"));
}

} // namespace kense
