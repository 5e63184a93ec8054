// The outbox lets go of what the centre confirmed long ago (issue 18, item 4): the administrator's window
// (central/keep_confirmed_days, 0 by default: all is kept) counts from the centre's confirmation, not from the change;
// a centre restored from a backup older than the window is told plainly that it lacks changes the desk no longer holds,
// and nothing is sent over the hole.
#include "CentralFixture.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "sync/Outbox.h"

#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncPrune : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

    static SyncReport sync(test::TestDesk& desk, const CentralAddress& address, const QString& password, int keepDays)
    {
        Central central(address, password);
        SyncEngine engine(desk.db.connection(), central);
        engine.setKeepConfirmedDays(keepDays);
        return engine.run();
    }

    static qint64 outboxRows(test::TestDesk& desk)
    {
        return scalar(desk.db.connection(), QStringLiteral("SELECT count(*) FROM outbox")).toLongLong();
    }

    /// As if the centre had confirmed everything `days` days ago.
    static void confirmedDaysAgo(test::TestDesk& desk, int days)
    {
        QSqlQuery q(desk.db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE upload_confirmations SET at = '%1'")
                           .arg(storedMoment(QDateTime::currentDateTime().addDays(-days)))));
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void confirmedChanges_goAfterTheWindow_andARestoredCentreIsToldOfTheHole()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        const QString password = m_access.password;
        test::TestDesk desk, keeper;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        keeper.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("2"));
        const QString first = submit(desk, Channel::Provider, desk.clerk, 2);
        submit(keeper, Channel::Provider, keeper.clerk, 2);

        // Confirmed now: kept, whatever the window.
        QVERIFY(sync(desk, address, password, 30).uploaded > 0);
        const qint64 sent = outboxRows(desk);
        QVERIFY(sent > 0);
        QCOMPARE(sync(desk, address, password, 30).pruned, 0);
        QCOMPARE(outboxRows(desk), sent);

        // Confirmed 31 days ago, a window of 30: they go; the desk numbers on and works as before.
        confirmedDaysAgo(desk, 31);
        const SyncReport pruned = sync(desk, address, password, 30);
        QCOMPARE(pruned.pruned, sent);
        QCOMPARE(outboxRows(desk), 0);
        QCOMPARE(pruned.waiting, 0);
        QVERIFY(EventLog::verify(desk.db.connection()).ok);
        const QString second = submit(desk, Channel::Provider, desk.clerk, 3);
        const SyncReport after = sync(desk, address, password, 30);
        QVERIFY(after.uploaded > 0);
        QCOMPARE(after.waiting, 0);
        QCOMPARE(centreState(owner, second), QStringLiteral("registered"));
        QCOMPARE(Outbox::firstKept(desk.db.connection()), sent + 1);

        // The default keeps everything.
        QVERIFY(sync(keeper, address, password, 0).uploaded > 0);
        confirmedDaysAgo(keeper, 400);
        QCOMPARE(sync(keeper, address, password, 0).pruned, 0);
        QVERIFY(outboxRows(keeper) > 0);

        // The centre restored from a backup older than the window (it holds none of this desk's changes): the desk
        // says so and sends nothing over the hole; its outbox and marks stay as they were.
        QSqlQuery back(owner.connection());
        QVERIFY(back.exec(QStringLiteral("UPDATE desks SET uploaded_seq = 0 WHERE code = 'KZOEDU01-1'")));
        const QString uploadedBefore = Outbox::mark(desk.db.connection(), QStringLiteral("uploaded"));
        const qint64 rowsBefore = outboxRows(desk);
        const QString why = failure([&] { sync(desk, address, password, 30); });
        QVERIFY2(why.contains(QStringLiteral("restored from a backup older")) &&
                     why.contains(QStringLiteral("up to %1").arg(sent)),
                 qPrintable(why));
        QCOMPARE(Outbox::mark(desk.db.connection(), QStringLiteral("uploaded")), uploadedBefore);
        QCOMPARE(outboxRows(desk), rowsBefore);
        Q_UNUSED(first);
    }

    /// A centre restored to a mark the desk still holds changes above is refilled, and what it had confirmed above
    /// that mark counts from the new confirmation, not the old one.
    void aRestoredCentre_isRefilled_andConfirmsAgain()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        const QString password = m_access.password;
        test::TestDesk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(desk, Channel::Provider, desk.clerk, 2);
        QVERIFY(sync(desk, address, password, 30).uploaded > 0);
        const qint64 sent = outboxRows(desk);
        confirmedDaysAgo(desk, 31);
        QSqlQuery back(owner.connection());
        QVERIFY(back.exec(QStringLiteral("UPDATE desks SET uploaded_seq = 0 WHERE code = 'KZOEDU01-1'")));
        // The centre lost them: sent again (it skips what it has by uuid), confirmed now, and so kept.
        const SyncReport again = sync(desk, address, password, 30);
        QCOMPARE(again.skipped + again.uploaded, sent);
        QCOMPARE(again.pruned, 0);
        QCOMPARE(outboxRows(desk), sent);
    }
};

QTEST_MAIN(TestSyncPrune)
#include "tst_syncprune.moc"
