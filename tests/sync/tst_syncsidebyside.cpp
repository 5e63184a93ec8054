// Uploads of different desks side by side (issue 18, item 2): one desk's upload runs to its end while another's is
// still open, and a pull made in between passes over nothing — the open upload's changes are numbered below the
// finished one's, and the pull's mark stays below them until they commit; the next pull brings them.
#include "CentralFixture.h"
#include "SyncTests.h"
#include "sync/CentralRoles.h"
#include "sync/Outbox.h"

#include <QScopeGuard>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncSideBySide : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

    qint64 ownerNumber(Central& owner, const QString& sql)
    {
        QSqlQuery q(owner.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    /// Uploads the outbox of the desk database at `path` as `address` on a thread of its own: `done` once it ended,
    /// `failure` the reason it was refused.
    static std::thread uploadOnItsOwn(const QString& path, const CentralAddress& address, const QString& password,
                                      std::atomic<bool>& done, QString& failure)
    {
        return std::thread([path, address, password, &done, &failure] {
            try {
                Database db;
                QString error;
                if (!db.open(path, Database::Mode::ExistingOnly, &error))
                    throw StorageError{error};
                Central central(address, password);
                SyncReport report;
                SyncEngine(db.connection(), central).upload(report);
            } catch (const StorageError& e) {
                failure = e.message;
            }
            done = true;
        });
    }

    static inline const QString kPassword = QStringLiteral("side-by-side-pass-2026");

    /// ЦОН desk `n` of KZOTSON01 with its own login at the centre: the login's address.
    static CentralAddress tsonDesk(test::TestDesk& desk, CentralRoles& roles, const CentralAddress& address, int n)
    {
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QString::number(n));
        return as(address, roles.addDesk(QStringLiteral("KZOTSON01-%1").arg(n), kPassword));
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void twoUploads_commitInTheOppositeOrderOfTheirStart_andNoPullMissesEither_data()
    {
        QTest::addColumn<bool>("forged");
        QTest::newRow("as the program uploads") << false;
        // A desk's login may run any statement in its transaction: it says it took its floor already (the setting
        // the centre once trusted), so that its changes would be numbered with none held.
        QTest::newRow("a desk saying it holds a floor") << true;
    }

    void twoUploads_commitInTheOppositeOrderOfTheirStart_andNoPullMissesEither()
    {
        QFETCH(bool, forged);
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        CentralRoles roles(owner);
        // Three ЦОН desks of one office, each with its own login at the centre.
        test::TestDesk first, second, third;
        const CentralAddress asFirst = tsonDesk(first, roles, address, 1);
        const CentralAddress asSecond = tsonDesk(second, roles, address, 2);
        const CentralAddress asThird = tsonDesk(third, roles, address, 3);
        const QString firstNumber = submit(first, Channel::Tson, first.op, 2);
        const QString secondNumber = submit(second, Channel::Tson, second.op, 2);
        // Desk 2's request is at the centre already and its operator corrects a phone number: its next upload moves a
        // request the centre holds, after an upload of its own has ended. (On schema 14 every upload deleted the
        // floors of the ended ones and waited for the open upload that was deleting the same rows: side by side
        // only while the centre had never seen an upload.)
        syncDesk(second, asSecond, kPassword);
        RequestRepository(second.db.connection(), &second.catalog)
            .edit(secondNumber, *second.catalog.variant(test::duplicateDraft(Channel::Tson).serviceId),
                  {{QStringLiteral("applicant.phone"), QStringLiteral("+7 701 000 00 00")}}, second.op, at(2, 11));

        // Desk 1's upload starts first and is still open (its transaction not committed) …
        Central open(asFirst, kPassword);
        QVERIFY(open.connection().transaction());
        if (forged) {
            QSqlQuery q(open.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT set_config('kense.floor_of', pg_current_xact_id()::text, true)")));
        }
        const QList<OutgoingChange> firstChanges = Outbox::after(first.db.connection(), 0, 100);
        QVERIFY(!firstChanges.isEmpty());
        QCOMPARE(open.upload(firstChanges).accepted, int(firstChanges.size()));

        // … desk 2's runs beside it to its end. (Under the one upload lock it waited for desk 1's commit.)
        std::atomic<bool> done{false};
        QString failure;
        std::thread beside = uploadOnItsOwn(second.path(), asSecond, kPassword, done, failure);
        bool committed = false;
        const auto finish = qScopeGuard([&] {
            if (!committed)
                open.connection().commit();
            beside.join();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        // Desk 3 asks how far it may read and pulls while desk 1's upload is still open.
        const qint64 markMeanwhile = Central(asThird, kPassword).latestSeq();
        syncDesk(third, asThird, kPassword);
        QCOMPARE(stateAt(third, firstNumber), QStringLiteral("(missing)"));

        QVERIFY(open.connection().commit());
        committed = true;
        // They committed in the opposite order of their start: desk 1's changes are numbered below desk 2's.
        const qint64 firstLowest = ownerNumber(owner, QStringLiteral("SELECT min(seq) FROM events "
                                                                     "WHERE desk = 'KZOTSON01-1'"));
        const qint64 secondHighest = ownerNumber(owner, QStringLiteral("SELECT max(seq) FROM events "
                                                                       "WHERE desk = 'KZOTSON01-2'"));
        QVERIFY2(firstLowest < secondHighest, qPrintable(QStringLiteral("%1 %2").arg(firstLowest).arg(secondHighest)));
        // The mark a pull read up to stayed below the open upload's changes, and desk 3's pulled mark with it.
        QVERIFY2(markMeanwhile < firstLowest, qPrintable(QStringLiteral("%1 %2").arg(markMeanwhile).arg(firstLowest)));
        QVERIFY(ownerNumber(owner, QStringLiteral("SELECT pulled_seq FROM desks WHERE code = 'KZOTSON01-3' "
                                                  "UNION ALL SELECT 0 ORDER BY 1 DESC LIMIT 1")) < firstLowest);

        // Desk 3's next pull brings both requests: nothing was passed over.
        syncDesk(third, asThird, kPassword);
        QVERIFY(stateAt(third, firstNumber) != QStringLiteral("(missing)"));
        QVERIFY(stateAt(third, secondNumber) != QStringLiteral("(missing)"));
        // And once nothing is in flight, the mark is the newest change again.
        QCOMPARE(Central(asThird, kPassword).latestSeq(),
                 ownerNumber(owner, QStringLiteral("SELECT max(seq) FROM events")));
    }

    // A desk's login may take advisory locks of its own, as the floors are (any login may): one on 1 and two on the
    // numbers the next floors would have, then sit idle. Its locks hold back no pull, and stop no upload.
    void aDesksOwnLocks_holdBackNoPull_andStopNoUpload()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        CentralRoles roles(owner);
        test::TestDesk first, second, third;
        const CentralAddress asFirst = tsonDesk(first, roles, address, 1);
        const CentralAddress asSecond = tsonDesk(second, roles, address, 2);
        const CentralAddress asThird = tsonDesk(third, roles, address, 3);
        submit(first, Channel::Tson, first.op, 2);
        syncDesk(first, asFirst, kPassword);
        const QString secondNumber = submit(second, Channel::Tson, second.op, 2);

        const qint64 next = ownerNumber(owner, QStringLiteral("SELECT last_value + 1 FROM events_seq_seq"));
        Central stray(asFirst, kPassword);
        QSqlQuery q(stray.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_lock(1), pg_advisory_lock(%1), pg_advisory_lock(%2)")
                           .arg(next)
                           .arg(next + 1)));
        // And the locks schema 12 held an upload's desks and requests by (7310: a desk, 7311: a request, by a hash of
        // its code or uuid): on schema 15 desk 2's upload waited for as long as desk 1's login liked.
        QSqlQuery uuid(second.db.connection());
        QVERIFY(uuid.exec(QStringLiteral("SELECT uuid FROM requests WHERE number = '%1'").arg(secondNumber)) &&
                uuid.next());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_lock(7310, hashtext('KZOTSON01-2')), "
                                      "pg_advisory_lock(7311, hashtext('%1'))")
                           .arg(uuid.value(0).toString())));
        // On schema 13 the mark stayed at 0, below the desk's lock on 1: no office's pull brought anything.
        const QString newest = QStringLiteral("SELECT max(seq) FROM events");
        QCOMPARE(Central(asThird, kPassword).latestSeq(), ownerNumber(owner, newest));

        std::atomic<bool> done{false};
        QString failure;
        std::thread upload = uploadOnItsOwn(second.path(), asSecond, kPassword, done, failure);
        const auto release = qScopeGuard([&] {
            stray.connection().close();
            upload.join();
        });
        // On schema 13 the upload's floor waited for the desk's lock on its number, for as long as the desk liked.
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(Central(asThird, kPassword).latestSeq(), ownerNumber(owner, newest));
        syncDesk(third, asThird, kPassword);
        QVERIFY(stateAt(third, secondNumber) != QStringLiteral("(missing)"));
    }

    // An upload holds the requests it moves until it commits. Schema 12 held each by an advisory lock, and those live
    // in the server's shared lock table (about 64 × max_connections): a dozen batches of 2,000 at once ran a
    // 60-connection centre out of shared memory, and every desk's upload and every new connection failed meanwhile.
    // A request the centre holds is now held by its row (a row's lock is kept in the row), a new one by its desk.
    void aBigBatch_holdsFewLocksOfTheServersTable()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        CentralRoles roles(owner);
        test::TestDesk first;
        const CentralAddress asFirst = tsonDesk(first, roles, address, 1);
        const int count = 300;
        QStringList numbers;
        for (int i = 0; i < count; ++i)
            numbers << submit(first, Channel::Tson, first.op, 2);
        syncDesk(first, asFirst, kPassword);
        // Its operator corrects the phone number of each: one batch moves 300 requests the centre holds.
        RequestRepository repository(first.db.connection(), &first.catalog);
        const ServiceVariant& variant = *first.catalog.variant(test::duplicateDraft(Channel::Tson).serviceId);
        for (const QString& number : std::as_const(numbers))
            repository.edit(number, variant, {{QStringLiteral("applicant.phone"), QStringLiteral("+7 701 000 00 00")}},
                            first.op, at(2, 11));
        const qint64 newest = Outbox::lastSeq(first.db.connection());

        // The request the upload holds last (in the order of their uuids) is held elsewhere, both ways it may be: the
        // upload stops there, holding all the others.
        Central holder(address, m_access.password);
        QSqlQuery h(holder.connection());
        QVERIFY(h.exec(QStringLiteral("SELECT max(uuid::text) FROM requests")) && h.next());
        const QString last = h.value(0).toString();
        QVERIFY(h.exec(QStringLiteral("SELECT pg_advisory_lock(7311, hashtext('%1'))").arg(last)));
        QVERIFY(holder.connection().transaction());
        QVERIFY(h.exec(QStringLiteral("SELECT 1 FROM requests WHERE uuid = '%1' FOR UPDATE").arg(last)));

        std::atomic<bool> done{false};
        QString failure;
        std::thread upload = uploadOnItsOwn(first.path(), asFirst, kPassword, done, failure);
        const auto release = qScopeGuard([&] {
            holder.connection().close();
            upload.join();
        });
        const QString waiting = QStringLiteral("SELECT coalesce(max(pid), 0) FROM pg_stat_activity "
                                               "WHERE usename = '%1' AND wait_event_type = 'Lock'")
                                    .arg(asFirst.user);
        QTRY_VERIFY_WITH_TIMEOUT(ownerNumber(owner, waiting) != 0, 20000);
        const qint64 held = ownerNumber(
            owner, QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = %1").arg(ownerNumber(owner, waiting)));
        qInfo("the upload held %lld entries of the lock table", held);
        holder.connection().close();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // On schema 15: 305 entries, one for each request and a few more.
        QVERIFY2(held < 40, qPrintable(QString::number(held)));
        QCOMPARE(ownerNumber(owner, QStringLiteral("SELECT uploaded_seq FROM desks WHERE code = 'KZOTSON01-1'")),
                 newest);
    }

    // A desk's program never leaves a transaction open at the centre (each call is one); one that hangs inside its
    // own holds every office's pull mark only until the centre ends its session.
    void aDeskIdleInItsUpload_isEndedByTheCentre()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central owner(address, m_access.password);
        owner.init();
        CentralRoles roles(owner);
        test::TestDesk first, third;
        const CentralAddress asFirst = tsonDesk(first, roles, address, 1);
        const QString role = asFirst.user;
        const CentralAddress asThird = tsonDesk(third, roles, address, 3);
        {
            Central desk(asFirst, kPassword);
            QSqlQuery q(desk.connection());
            QVERIFY(q.exec(QStringLiteral("SHOW idle_in_transaction_session_timeout")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("1min"));
        }
        // The same, shortened for the test.
        QSqlQuery alter(owner.connection());
        QVERIFY(alter.exec(QStringLiteral("ALTER ROLE %1 SET idle_in_transaction_session_timeout = '1s'").arg(role)));
        const QString number = submit(first, Channel::Tson, first.op, 2);
        Central open(asFirst, kPassword);
        QVERIFY(open.connection().transaction());
        const QList<OutgoingChange> changes = Outbox::after(first.db.connection(), 0, 100);
        QCOMPARE(open.upload(changes).accepted, int(changes.size()));
        // Desk 3 uploads a request of its own meanwhile: the open upload holds the mark below it.
        submit(third, Channel::Tson, third.op, 2);
        syncDesk(third, asThird, kPassword);
        const QString newest = QStringLiteral("SELECT max(seq) FROM events");
        QVERIFY(Central(asThird, kPassword).latestSeq() < ownerNumber(owner, newest));
        QTest::qWait(2500);
        QCOMPARE(Central(asThird, kPassword).latestSeq(), ownerNumber(owner, newest));
        QVERIFY(!open.connection().commit());
        QCOMPARE(centreState(owner, number), QStringLiteral("(missing)"));
    }
};

QTEST_MAIN(TestSyncSideBySide)
#include "tst_syncsidebyside.moc"
