#pragma once

// The throw-away PostgreSQL cluster the test run started (scripts/pg-test-cluster.sh, a CTest fixture): each test
// gets databases of its own in it.
#include "SqlUtil.h"
#include "sync/Central.h"
#include "sync/CentralRoles.h"
#include "sync/Outbox.h"

#include <QFile>
#include <QUuid>
#include <QtTest>

namespace kense::test {

/// The sync's tests write desk databases as the programs do: with the outbox's payloads sealed at commit.
inline const bool kOutboxSealingInstalled = (sync::Outbox::installSealing(), true);

struct ClusterAccess
{
    sync::CentralAddress server; ///< the cluster's maintenance database
    QString password;
};

inline ClusterAccess clusterAccess()
{
    const QString dir = qEnvironmentVariable("KENSE_TEST_PG_DIR");
    if (dir.isEmpty())
        qFatal("KENSE_TEST_PG_DIR is not set: run the tests with ctest (its fixture starts the PostgreSQL cluster)");
    auto read = [&](const char* name) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("%s: cannot read (is the test cluster running? scripts/pg-test-cluster.sh start %s)",
                   qPrintable(f.fileName()), qPrintable(dir));
        return QString::fromUtf8(f.readAll()).trimmed();
    };
    ClusterAccess a;
    QString error;
    a.server = *sync::CentralAddress::parse(read("url"), &error);
    a.server.sslRootCert = dir + QStringLiteral("/ca.crt"); // the cluster's own CA: the link is verify-full TLS
    a.password = read("password");
    return a;
}

/// Creates a new, empty database in the cluster; returns its address.
inline sync::CentralAddress freshCentralDatabase(const ClusterAccess& access)
{
    const QString name = QStringLiteral("kt_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    sync::Central maintenance(access.server, access.password);
    QSqlQuery q(maintenance.connection());
    if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
        qFatal("cannot create the test database %s", qPrintable(name));
    sync::CentralAddress a = access.server;
    a.database = name;
    return a;
}

/// The same database, logged into as `role` (a desk's own role, an administrator).
inline sync::CentralAddress as(sync::CentralAddress a, const QString& role)
{
    a.user = role;
    return a;
}

/// A login of the centre's administrators (`central admin add`), made for the database at `address` by the cluster's
/// superuser: it decides conflicts. Returns its address; its password is kAdministratorPassword.
inline const QString kAdministratorPassword = QStringLiteral("admin-pass-2026");
inline sync::CentralAddress centreAdministrator(const ClusterAccess& access, const sync::CentralAddress& address,
                                                const QString& name)
{
    const QString login = address.database + QLatin1Char('_') + name;
    sync::Central owner(address, access.password);
    QSqlQuery q(owner.connection());
    if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, kAdministratorPassword)))
        qFatal("cannot create the role %s", qPrintable(login));
    sync::CentralRoles(owner).addAdministrator(login);
    return as(address, login);
}

} // namespace kense::test
