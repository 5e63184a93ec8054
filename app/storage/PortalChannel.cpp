#include "PortalChannel.h"

#include "SqlUtil.h"
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

const QString kOld = QStringLiteral("CHECK (channel IN ('provider', 'tson'))");
const QString kNew = QStringLiteral("CHECK (channel IN ('provider', 'tson', 'portal'))");

void run(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        throw StorageError{Tr::tr("the requests table was not widened to the portal (%1)").arg(q.lastError().text())};
}
} // namespace

void PortalChannel::allow(QSqlDatabase& db)
{
    QSqlQuery q(db);
    run(q, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'requests'"));
    const QString definition = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (definition.count(kOld) != 1)
        throw StorageError{Tr::tr("the requests table is not as schema 2 made it: its channel check was not found")};
    run(q, QStringLiteral("PRAGMA schema_version"));
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    run(q, QStringLiteral("PRAGMA writable_schema = ON"));
    QSqlQuery edit(db);
    const bool edited = edit.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND "
                                                    "name = 'requests'")) &&
                        (edit.addBindValue(QString(definition).replace(kOld, kNew)), edit.exec());
    const QString reason = edit.lastError().text();
    run(q, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
    run(q, QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!edited)
        throw StorageError{Tr::tr("the requests table was not widened to the portal (%1)").arg(reason)};
    // The edited definition is read back at once (a statement on the table parses the schema again): a definition
    // SQLite could not read fails here, inside the transaction, not at the next start. A whole-file check would cost
    // seconds on a desk of a million requests for a change that rewrote no row.
    run(q, QStringLiteral("SELECT count(*) FROM requests WHERE channel = 'portal'"));
}

} // namespace kense
