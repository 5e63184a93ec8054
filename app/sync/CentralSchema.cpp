// The central schema: its migrations, and the rule book of moves and services' paths it checks uploads by.
#include "Central.h"
#include "CentralQuery.h"
#include "SqlUtil.h"
#include "catalog/ServiceCatalog.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

namespace kense::sync {

using central::checkRead;
using central::reasonOf;
using central::run;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Central)
};

QString centralMigration(int version)
{
    return QStringLiteral(":/sql/central/%1_central.sql").arg(version, 4, 10, QLatin1Char('0'));
}
} // namespace

int Central::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('kense_meta') IS NOT NULL")) || !q.next())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
    if (!q.value(0).toBool())
        return 0;
    // From schema 4 on, a desk's role reads no table: the version comes through a function.
    if (!q.exec(QStringLiteral("SELECT to_regprocedure('kense_schema_version()') IS NOT NULL")) || !q.next())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
    const bool viaFunction = q.value(0).toBool();
    if (!q.exec(viaFunction ? QStringLiteral("SELECT kense_schema_version()")
                            : QStringLiteral("SELECT value FROM kense_meta WHERE key = 'schema_version'")))
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
    return q.next() ? q.value(0).toInt() : 0;
}

void Central::applyMigration(int version)
{
    QFile file(centralMigration(version));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError{Tr::tr("central migration %1 is missing from the program").arg(version)};
    if (!m_db.transaction())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(m_db.lastError())));
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(file.readAll())) ||
        !q.exec(QStringLiteral("INSERT INTO kense_meta (key, value) VALUES ('schema_version', '%1') "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .arg(version))) {
        const QString reason = reasonOf(q.lastError());
        m_db.rollback();
        throw StorageError{Tr::tr("central migration %1 failed: %2").arg(version).arg(reason)};
    }
    if (!m_db.commit())
        throw StorageError::failed(
            Tr::tr("central migration %1 failed: %2").arg(version).arg(reasonOf(m_db.lastError())));
}

void Central::init(const ServiceCatalog* catalog)
{
    if (const int v = schemaVersion())
        throw StorageError{Tr::tr("the central database has schema %1 already; use migrate").arg(v)};
    migrate(catalog);
}

int Central::migrate(const ServiceCatalog* catalog)
{
    const int from = schemaVersion();
    if (from > kSchemaVersion)
        throw StorageError{Tr::tr("the central database has schema %1, newer than this program's %2; update Kense")
                               .arg(from)
                               .arg(kSchemaVersion)};
    // Schema 9 creates the PL/Python function that checks relayed changes' signatures, which only a superuser may:
    // said before the first migration, so that a centre is not left half-way at 8.
    if (from < kSignatureCheckSchema && kSignatureCheckSchema <= kSchemaVersion) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")))
            throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(q.lastError())));
        if (!q.next() || !q.value(0).toBool())
            throw StorageError{Tr::tr("central schema %1 creates the centre's check of relayed changes' signatures "
                                      "(a PL/Python function), which only a superuser may: run it as postgres or "
                                      "another superuser; nothing was changed")
                                   .arg(kSignatureCheckSchema)};
    }
    for (int v = from + 1; v <= kSchemaVersion; ++v)
        applyMigration(v);
    writeRuleBook(catalog ? *catalog : ServiceCatalog::load(ServiceCatalog::builtinDirectory()));
    return kSchemaVersion - from;
}

void Central::writeRuleBook(const ServiceCatalog& catalog)
{
    // Every move core's Workflow allows on each path, by channel: (channel, path, from, to); and each service's path
    // as the catalog gives it. The centre needs no transition names or roles: it checks where a change takes a request
    // from where the request is, on the path of the request's service.
    QStringList channels, paths, froms, tos;
    for (const Channel channel : allChannels())
        for (const Path path : allPaths())
            for (const RequestState from : allStates())
                for (const Transition t : allTransitions())
                    if (const std::optional<RequestState> to = Workflow::target(t, from, channel, path)) {
                        channels << channelName(channel);
                        paths << pathName(path);
                        froms << stateName(from);
                        tos << stateName(*to);
                    }
    QStringList services, servicePaths;
    for (const ServiceVariant& v : catalog.variants()) {
        services << v.id;
        servicePaths << pathName(v.path());
    }
    if (!m_db.transaction())
        throw StorageError::failed(Tr::tr("the central database refused: %1").arg(reasonOf(m_db.lastError())));
    const auto array = [](const QStringList& l) {
        return QStringLiteral("{%1}").arg(l.join(u','));
    };
    QSqlQuery clear(m_db), moves(m_db), clearPaths(m_db), servicesPaths(m_db);
    moves.prepare(QStringLiteral("INSERT INTO workflow_moves (channel, path, from_state, to_state) "
                                 "SELECT DISTINCT c, p, f, t FROM unnest(CAST(? AS text[]), CAST(? AS text[]), "
                                 "CAST(? AS text[]), CAST(? AS text[])) AS m (c, p, f, t)"));
    moves.addBindValue(array(channels));
    moves.addBindValue(array(paths));
    moves.addBindValue(array(froms));
    moves.addBindValue(array(tos));
    servicesPaths.prepare(QStringLiteral("INSERT INTO service_paths (service_id, path) "
                                         "SELECT s, p FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS m (s, p)"));
    servicesPaths.addBindValue(array(services));
    servicesPaths.addBindValue(array(servicePaths));
    QString reason;
    const auto done = [&reason](QSqlQuery& q, bool ok) {
        if (!ok)
            reason = reasonOf(q.lastError());
        return ok;
    };
    if (!done(clear, clear.exec(QStringLiteral("DELETE FROM workflow_moves"))) || !done(moves, moves.exec()) ||
        !done(clearPaths, clearPaths.exec(QStringLiteral("DELETE FROM service_paths"))) ||
        !done(servicesPaths, servicesPaths.exec())) {
        m_db.rollback();
        throw StorageError{Tr::tr("the rule book of moves was not written at the centre: %1").arg(reason)};
    }
    if (!m_db.commit())
        throw StorageError::failed(
            Tr::tr("the rule book of moves was not written at the centre: %1").arg(reasonOf(m_db.lastError())));
}

} // namespace kense::sync
