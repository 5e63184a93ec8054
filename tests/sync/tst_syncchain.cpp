// A desk's history leaves the desk (issue 16, item 8): every sync shows the centre the head of the desk's event log,
// and the centre refuses a log that does not extend the one it was shown. Editing an event and computing every later
// hash again gives a log that verifies at the desk — not at the centre.
#include "CentralFixture.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "sync/Outbox.h"

#include <QCryptographicHash>
#include <QSqlError>
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

    /// What someone who read EventLog.cpp does with the sqlite3 shell: drops the triggers, changes an event, and
    /// computes every hash again from there, on a connection of their own.
    static void rewriteHistory(const QString& path, const QString& note)
    {
        test::behindTheProgram(path, [&note](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET note = '%1' WHERE id = 1").arg(note)));
            QVERIFY(q.exec(QStringLiteral("SELECT id, uuid, request_id, at, user_id, kind, from_state, to_state, "
                                          "before, after, note FROM events ORDER BY id")));
            QList<QPair<qint64, QByteArray>> hashes;
            QByteArray prev(32, '\0');
            while (q.next()) {
                QByteArray content = prev;
                for (int i = 1; i <= 10; ++i) {
                    content += '\x1f';
                    content += q.value(i).isNull() ? QByteArray(1, '\0') : q.value(i).toString().toUtf8();
                }
                const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
                hashes.append({q.value(0).toLongLong(), hash});
                prev = hash;
            }
            QSqlQuery u(db);
            QVERIFY(u.prepare(QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?")));
            prev = QByteArray(32, '\0');
            for (const auto& [id, hash] : hashes) {
                u.addBindValue(prev);
                u.addBindValue(hash);
                u.addBindValue(id);
                QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
                prev = hash;
            }
        });
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

        rewriteHistory(desk.path(), QStringLiteral("принят без документов"));
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
