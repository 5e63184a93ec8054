// A desk's history leaves the desk (issue 16, item 8): every sync shows the centre the head of the desk's event log,
// and the centre refuses a log that does not extend the one it was shown. Editing an event and computing every later
// hash again gives a log that verifies at the desk — not at the centre.
#include "CentralFixture.h"
#include "DeskKey.h"
#include "EventLog.h"
#include "OutboxDigest.h"
#include "RequestSeals.h"
#include "RewrittenHistory.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "common/SecretKey.h"
#include "sync/HistorySeal.h"
#include "sync/Outbox.h"

#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncChain : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

    SyncReport sync(test::TestDesk& desk, const CentralAddress& address)
    {
        return syncDesk(desk, address, m_access.password);
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void aHistoryWrittenAgain_isRefusedByTheCentre_andNothingIsSent()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        central.init();
        test::TestDesk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(desk, Channel::Provider, desk.clerk, 2);
        QCOMPARE(sync(desk, address).uploaded, 1);
        // Syncing again and working on: the log extends what the centre was shown.
        submit(desk, Channel::Provider, desk.clerk, 3);
        QCOMPARE(sync(desk, address).uploaded, 1);
        submit(desk, Channel::Provider, desk.clerk, 4);

        test::rewriteHistory(desk.path(), QStringLiteral("принят без документов"));
        QVERIFY(EventLog::verify(desk.db.connection()).ok); // the desk alone cannot tell

        const QString refused = failure([&] { sync(desk, address); });
        QVERIFY2(refused.contains(QStringLiteral("event log")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("KZOEDU01-1")), qPrintable(refused));
        QCOMPARE(central.count(QStringLiteral("events")), 2); // the third registration was not taken
        QCOMPARE(Outbox::waiting(desk.db.connection()), 1);
        // And it stays refused: the centre keeps what it was shown.
        QVERIFY(!failure([&] { sync(desk, address); }).isEmpty());
    }

    void anotherDatabaseUnderTheSameCode_isRefused()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        central.init();
        test::TestDesk first, second;
        first.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        second.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(first, Channel::Provider, first.clerk, 2);
        QCOMPARE(sync(first, address).uploaded, 1);
        submit(second, Channel::Provider, second.clerk, 2);
        submit(second, Channel::Provider, second.clerk, 3);
        const QString refused = failure([&] { sync(second, address); });
        QVERIFY2(refused.contains(QStringLiteral("another desk")), qPrintable(refused));
        QCOMPARE(central.count(QStringLiteral("events")), 1);
        // The real desk goes on.
        submit(first, Channel::Provider, first.clerk, 3);
        QCOMPARE(sync(first, address).uploaded, 1);
    }

    /// The newest events taken off the end of the log (the chain that is left verifies): refused, since the centre
    /// was shown a longer log and the desk is not a restored copy.
    void aLogCutShort_isRefused()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        central.init();
        test::TestDesk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(desk, Channel::Provider, desk.clerk, 2);
        const qint64 kept = EventLog::head(desk.db.connection())->first;
        submit(desk, Channel::Provider, desk.clerk, 3);
        QCOMPARE(sync(desk, address).uploaded, 2);
        test::behindTheProgram(desk.path(), [kept](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox WHERE event_id > %1").arg(kept)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE id > %1").arg(kept)));
        });
        QVERIFY(EventLog::verify(desk.db.connection()).ok); // what is left is a whole chain
        const QString refused = failure([&] { sync(desk, address); });
        QVERIFY2(refused.contains(QStringLiteral("event log")), qPrintable(refused));
    }

    /// The centre keeps every head of the last day and the last head of each older day: what a desk showed a week
    /// ago is still held against it, in a few rows.
    void oldHeads_areThinnedToOnePerDay()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        central.init();
        test::TestDesk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        for (int day = 2; day <= 5; ++day) {
            submit(desk, Channel::Provider, desk.clerk, day);
            sync(desk, address);
        }
        QCOMPARE(central.count(QStringLiteral("desk_chain")), 4);
        QSqlQuery q(central.connection());
        // The first three heads were shown three days ago, the fourth two days ago.
        QVERIFY(q.exec(QStringLiteral("UPDATE desk_chain SET reported_at = date_trunc('day', now()) - interval '3 "
                                      "days' + event_id * interval '1 minute' WHERE event_id < (SELECT max(event_id) "
                                      "FROM desk_chain)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE desk_chain SET reported_at = now() - interval '2 days' WHERE event_id = "
                                      "(SELECT max(event_id) FROM desk_chain)")));
        submit(desk, Channel::Provider, desk.clerk, 6);
        QCOMPARE(sync(desk, address).uploaded, 1);
        // Kept: the last head of three days ago, the one of two days ago, today's.
        QCOMPARE(central.count(QStringLiteral("desk_chain")), 3);
        // And the thinned log is still held against the desk: written again, it is refused.
        test::rewriteHistory(desk.path(), QStringLiteral("другое"));
        QVERIFY(!failure([&] { sync(desk, address); }).isEmpty());
    }

    /// A desk whose history its key seals syncs as any other: what it pulls from another desk is sealed too.
    void aSealedDesk_uploadsAndPulls_andStaysSealed()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        central.init();
        test::TestDesk plain, sealed;
        plain.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        sealed.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("2"));
        const QByteArray key = SecretKey::make();
        HistorySeal::adopt(sealed.db.connection(), key, at(2, 8));
        submit(plain, Channel::Tson, plain.op, 2);
        QCOMPARE(sync(plain, address).uploaded, 1);
        submit(sealed, Channel::Tson, sealed.op, 2);
        const SyncReport r = sync(sealed, address);
        QCOMPARE(r.uploaded, 1);
        QCOMPARE(r.applied, 1);
        const HistorySealReport seals = HistorySeal::verify(sealed.db.connection(), key);
        QVERIFY2(seals.ok(), qPrintable(seals.failure));
        QCOMPARE(seals.sealedUpTo, EventLog::head(sealed.db.connection())->first);
        QVERIFY(RequestSeals::verify(sealed.db.connection()).ok());
        QVERIFY(OutboxDigest::verify(sealed.db.connection()).ok());
        QCOMPARE(sync(plain, address).applied, 1);
        DeskKey::use({});
    }
};

QTEST_GUILESS_MAIN(TestSyncChain)
#include "tst_syncchain.moc"
