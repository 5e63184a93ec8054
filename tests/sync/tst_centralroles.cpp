// The centre's one door (issue 13, step 1): a desk logs in with a role of its own that may only call the desks'
// functions. Before, the desk's login held write rights on every table: it read every office's requests and could
// UPDATE or DELETE the centre's events directly. Each attack below ran against central schema 3 and succeeded.
#include "CentralFixture.h"
#include "SyncTests.h"
#include "sync/CentralRoles.h"

#include <QSqlError>
#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

namespace {
const QString kDeskPassword = QStringLiteral("desk-pass-2026-kz");

/// What the server answers to `sql` on `central`'s connection: empty when it was done.
QString answer(Central& central, const QString& sql)
{
    QSqlQuery q(central.connection());
    return q.exec(sql) ? QString() : q.lastError().databaseText();
}

/// Why connecting as `address` failed; empty when it connected.
QString connectFailure(const CentralAddress& address, const QString& password)
{
    return failure([&] { Central(address, password).schemaVersion(); });
}
} // namespace

class TestCentralRoles : public QObject
{
    Q_OBJECT

    ClusterAccess m_access;

    CentralAddress freshCentre()
    {
        const CentralAddress address = freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        return address;
    }

private Q_SLOTS:
    void initTestCase() { m_access = clusterAccess(); }

    void aDeskRole_readsAndWritesNoTable()
    {
        const CentralAddress address = freshCentre();
        Central admin(address, m_access.password);
        QString role;
        try {
            role = CentralRoles(admin).addDesk(QStringLiteral("KZOEDU01-1"), kDeskPassword);
        } catch (const StorageError& e) {
            QFAIL(qPrintable(e.message));
        }
        QVERIFY2(role.endsWith(QStringLiteral("_desk_kzoedu01_1")), qPrintable(role));

        Central desk(as(address, role), kDeskPassword);
        QCOMPARE(desk.schemaVersion(), Central::kSchemaVersion);
        const QStringList attacks{
            QStringLiteral("SELECT * FROM requests"),
            QStringLiteral("SELECT payload FROM events"),
            QStringLiteral("UPDATE events SET kind = 'conflict_resolved'"),
            QStringLiteral("DELETE FROM events"),
            QStringLiteral("INSERT INTO desks (code, office) VALUES ('KZOEDU02-1', 'KZOEDU02')"),
            QStringLiteral("UPDATE requests SET snapshot = '{}'"),
            QStringLiteral("SELECT * FROM desk_roles"),
            QStringLiteral("SELECT * FROM desk_chain"),
            QStringLiteral("SELECT * FROM kense_conflicts()"),
            QStringLiteral("SELECT kense_count('requests')"),
            QStringLiteral("SELECT * FROM kense_upload_changes('[]', '[]')"),
            QStringLiteral("SELECT kense_own_everything()"),
            QStringLiteral("SELECT * FROM exchange_keys"),
            QStringLiteral("SELECT * FROM kense_upload_checked('[]', '[]')"),
            QStringLiteral("SELECT kense_signature_holds('\\x00', '', '\\x00')"),
        };
        for (const QString& sql : attacks) {
            const QString said = answer(desk, sql);
            QVERIFY2(said.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(": ") + said));
        }
    }

    void twoDesks_syncThroughTheirOwnRoles()
    {
        const CentralAddress address = freshCentre();
        Central admin(address, m_access.password);
        CentralRoles roles(admin);
        const QString first = roles.addDesk(QStringLiteral("KZOEDU01-1"), kDeskPassword);
        const QString second = roles.addDesk(QStringLiteral("KZOEDU01-2"), kDeskPassword + QStringLiteral("-2"));

        TestDesk a;
        a.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        const QString number = submit(a, Channel::Provider, a.clerk, 2);
        const SyncReport sent = syncDesk(a, as(address, first), kDeskPassword);
        QVERIFY(sent.uploaded > 0);
        QCOMPARE(sent.waiting, 0);

        TestDesk b;
        b.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("2"));
        const SyncReport pulled = syncDesk(b, as(address, second), kDeskPassword + QStringLiteral("-2"));
        QCOMPARE(pulled.pulled, sent.uploaded);
        QCOMPARE(stateAt(b, number), QStringLiteral("registered"));
        QCOMPARE(admin.count(QStringLiteral("requests")), 1);

        const QList<DeskRole> listed = roles.desks();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first().desk, QStringLiteral("KZOEDU01-1"));
        QCOMPARE(listed.first().office, QStringLiteral("KZOEDU01"));
        QVERIFY(!listed.first().lastUpload.isEmpty());
        QVERIFY(!listed.last().lastPull.isEmpty());
    }

    void theEventLog_isAppendOnly_forTheOwnerToo()
    {
        const CentralAddress address = freshCentre();
        TestDesk a;
        a.setUp();
        submit(a, Channel::Provider, a.clerk, 2);
        syncDesk(a, address, m_access.password);
        Central admin(address, m_access.password); // the cluster's superuser, who owns more than the owner role
        for (const QString& sql : {QStringLiteral("UPDATE events SET kind = 'conflict_resolved'"),
                                   QStringLiteral("DELETE FROM events"), QStringLiteral("TRUNCATE events CASCADE")}) {
            const QString said = answer(admin, sql);
            QVERIFY2(said.contains(QStringLiteral("append-only")), qPrintable(sql + QStringLiteral(": ") + said));
        }
        QVERIFY(admin.count(QStringLiteral("events")) > 0);
    }

    /// The centre's check of relayed signatures is a PL/Python function, which only a superuser may create: an
    /// administrator who may create roles and tables but is no superuser is told so before anything is changed.
    void theSchema_isMadeByASuperuser()
    {
        const CentralAddress address = freshCentralDatabase(m_access);
        const QString login = address.database + QStringLiteral("_migrator");
        {
            Central super(address, m_access.password);
            for (const QString& sql :
                 {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(login, kDeskPassword),
                  QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(address.database, login),
                  QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(login)})
                QCOMPARE(answer(super, sql), QString());
        }
        Central notSuper(as(address, login), kDeskPassword);
        const QString why = failure([&] { notSuper.init(); });
        QVERIFY2(why.contains(QStringLiteral("only a superuser may")), qPrintable(why));
        QCOMPARE(notSuper.schemaVersion(), 0);
        Central super(address, m_access.password);
        super.init();
        QCOMPARE(super.schemaVersion(), Central::kSchemaVersion);
    }

    void desksAndAdministrators_areManaged()
    {
        const CentralAddress address = freshCentre();
        Central admin(address, m_access.password);
        CentralRoles roles(admin);
        QVERIFY(failure([&] {
                    roles.addDesk(QStringLiteral("kzoedu01"), kDeskPassword);
                }).contains(QStringLiteral("desk code")));
        QVERIFY(failure([&] {
                    roles.addDesk(QStringLiteral("KZOEDU01-1"), QStringLiteral("short"));
                }).contains(QStringLiteral("password")));
        const QString role = roles.addDesk(QStringLiteral("KZOEDU01-1"), kDeskPassword);
        QVERIFY(failure([&] {
                    roles.addDesk(QStringLiteral("KZOEDU01-1"), kDeskPassword);
                }).contains(QStringLiteral("already")));
        QVERIFY(connectFailure(as(address, role), QStringLiteral("not-the-password-1")).contains(role));

        // An administrator who decides conflicts: calls the administrators' functions, reads no table either.
        const QString person = address.database + QStringLiteral("_aigerim");
        QVERIFY(answer(admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'admin-pass-2026'").arg(person)).isEmpty());
        QVERIFY(failure([&] { roles.addAdministrator(role); }).contains(QStringLiteral("desk")));
        roles.addAdministrator(person);
        Central decider(as(address, person), QStringLiteral("admin-pass-2026"));
        QVERIFY(decider.conflicts().isEmpty());
        QCOMPARE(decider.count(QStringLiteral("requests")), 0);
        QVERIFY(
            answer(decider, QStringLiteral("SELECT * FROM requests")).contains(QStringLiteral("permission denied")));
        Central desk(as(address, role), kDeskPassword);
        QVERIFY(answer(desk, QStringLiteral("SELECT * FROM kense_conflicts()"))
                    .contains(QStringLiteral("permission denied")));

        roles.disableDesk(QStringLiteral("KZOEDU01-1"));
        QVERIFY(roles.desks().first().disabled);
        const QString refused = connectFailure(as(address, role), kDeskPassword);
        QVERIFY2(refused.contains(QStringLiteral("not permitted to log in")), qPrintable(refused));
        QVERIFY(failure([&] { roles.disableDesk(QStringLiteral("KZOEDU09-1")); }).contains(QStringLiteral("no role")));
    }
};

QTEST_GUILESS_MAIN(TestCentralRoles)
#include "tst_centralroles.moc"
