// Registrations while the desk pulls a long history from the centre (issue 16, item 6): the pull applies its changes in
// short transactions and every registration is saved, with the hash chain intact. Before, the pull applied 2,000
// changes per transaction and SQLite's busy timeout gave up after 5 s: 4 of 60 registrations failed during a 17 s pull.
#include "CentralFixture.h"
#include "DemoData.h"
#include "EventLog.h"
#include "RequestSeals.h"
#include "SyncTests.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncBusy : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void sixtyRegistrations_duringALongPull_areAllSaved()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        // Desk 1 of the office has two years of work; desk 2 of the same office is new and pulls all of it.
        test::TestDesk busy;
        busy.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        // KENSE_BUSY_REQUESTS=51000 gives the full size, a pull of about 300,000 changes (a run by hand: the
        // suite keeps to 3,000 requests, about 17,500 changes).
        const int requests = qEnvironmentVariableIsSet("KENSE_BUSY_REQUESTS")
                                 ? qEnvironmentVariableIntValue("KENSE_BUSY_REQUESTS")
                                 : 3000;
        const qint64 made = DemoData(busy.db.connection(), busy.catalog, busy.calendar)
                                .generate(requests, QDateTime::currentDateTime().addDays(-1), 16);
        QCOMPARE(made, requests);
        const SyncReport sent = syncDesk(busy, address, m_access.password, 2000);
        QVERIFY(sent.uploaded > 10000);

        test::TestDesk fresh;
        fresh.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("2"));
        const QString path = fresh.path();
        std::atomic<qint64> pulled{0};
        std::atomic<bool> pulling{true};
        SyncReport report;
        QString pullFailure;
        std::thread puller([&] {
            Database db;
            QString error;
            if (!db.open(path, Database::Mode::ExistingOnly, &error))
                qFatal("%s", qPrintable(error));
            try {
                Central central(address, m_access.password);
                report = SyncEngine(db.connection(), central, 500).run([&](const SyncProgress& p) {
                    if (p.phase == SyncProgress::Phase::Pull)
                        pulled = p.done;
                    return true;
                });
            } catch (const StorageError& e) {
                pullFailure = e.message;
            }
            pulling = false;
        });
        QElapsedTimer pullClock;
        pullClock.start();
        QTRY_VERIFY_WITH_TIMEOUT(pulled > 0 || !pulling, 600000);
        QVERIFY2(pulling, "the pull ended before the registrations began: make it longer");

        // Sixty clerks at once, each on a connection of their own, as sixty programs would be.
        QElapsedTimer clock;
        clock.start();
        std::vector<std::thread> clerks;
        std::vector<QString> outcomes(60);
        std::vector<qint64> took(60);
        for (int i = 0; i < 60; ++i) {
            clerks.emplace_back([&, i] {
                Database db;
                QString error;
                if (!db.open(path, Database::Mode::ExistingOnly, &error)) {
                    outcomes[i] = error;
                    return;
                }
                QElapsedTimer own;
                own.start();
                try {
                    const IntakeOutcome o =
                        Intake(db.connection(), fresh.catalog, fresh.calendar)
                            .submit(duplicateDraft(), fresh.clerk, QDateTime::currentDateTime(), false);
                    outcomes[i] = o.registered() ? o.request->number : QStringLiteral("not registered");
                } catch (const StorageError& e) {
                    outcomes[i] = e.message;
                }
                took[i] = own.elapsed();
            });
        }
        for (std::thread& t : clerks)
            t.join();
        const qint64 registering = clock.elapsed();
        const bool stillPulling = pulling;
        puller.join();
        QVERIFY2(pullFailure.isEmpty(), qPrintable(pullFailure));
        std::sort(took.begin(), took.end());
        qInfo("60 registrations beside a pull of %lld changes (%lld ms) took %lld ms in all; each took %lld ms at the "
              "median, %lld ms at most",
              report.pulled, pullClock.elapsed(), registering, took[30], took.back());
        QVERIFY2(stillPulling, "the pull ended before the last registration: the test no longer shows them beside it");

        QStringList numbers;
        for (const QString& o : outcomes) {
            QVERIFY2(o.startsWith(QStringLiteral("KZOEDU01-2-")), qPrintable(o));
            numbers << o;
        }
        numbers.removeDuplicates();
        QCOMPARE(numbers.size(), 60);
        QCOMPARE(report.pulled, sent.uploaded);
        const ChainReport chain = EventLog::verify(fresh.db.connection());
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        const SealReport seals = RequestSeals::verify(fresh.db.connection()); // pulled and registered, all sealed
        QVERIFY2(seals.ok(), qPrintable(seals.examples.join(u'\n')));
        QCOMPARE(scalar(fresh.db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toInt(), requests + 60);
    }
};

QTEST_GUILESS_MAIN(TestSyncBusy)
#include "tst_syncbusy.moc"
