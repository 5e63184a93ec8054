// A desk's history leaves the desk (issue 16, item 8): every sync shows the centre the head of the desk's event log,
// and the centre refuses a log that does not extend the one it was shown. Editing an event and computing every later
// hash again gives a log that verifies at the desk — not at the centre.
#include "CentralFixture.h"
#include "EventLog.h"
#include "RewrittenHistory.h"
#include "SqlUtil.h"
#include "SyncTests.h"
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
};

QTEST_GUILESS_MAIN(TestSyncChain)
#include "tst_syncchain.moc"
