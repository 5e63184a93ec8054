// The set-based upload (issue 18, item 3): a batch whose changes follow (each desk's from its mark, each request's
// from its head at the centre) is written in one statement instead of change by change. It must leave the centre
// exactly as the change-by-change loop leaves it: the same desk uploaded to two centres, one of which may only loop,
// gives the same requests, events (in the same order) and marks. And a desk's ordinary batches never need the loop.
#include "CentralFixture.h"
#include "DemoData.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "sync/CentralRoles.h"
#include "sync/Outbox.h"

#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncSetUpload : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;
    static inline const QString kPassword = QStringLiteral("set-upload-pass-2026");

    static QString ownerText(Central& owner, const QString& sql)
    {
        QSqlQuery q(owner.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }

    static void ownerRuns(Central& owner, const QString& sql)
    {
        QSqlQuery q(owner.connection());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    /// What a centre holds, as text: its requests, its events in the order of their numbers, its desks' marks.
    static QString contents(Central& owner)
    {
        return ownerText(owner,
                         QStringLiteral("SELECT string_agg(format('%s %s %s %s %s %s %s %s %s', uuid, number, office, "
                                        "provider, service_id, state, head_event, conflict, md5(snapshot::text)), "
                                        "E'\\n' ORDER BY uuid) FROM requests")) +
               ownerText(owner,
                         QStringLiteral("SELECT string_agg(format('%s %s %s %s %s %s %s %s', uuid, request_uuid, desk, "
                                        "desk_seq, base, kind, accepted, md5(payload::text)), E'\\n' ORDER BY seq) "
                                        "FROM events")) +
               ownerText(owner, QStringLiteral("SELECT string_agg(format('%s %s %s', code, office, uploaded_seq), "
                                               "E'\\n' ORDER BY code) FROM desks"));
    }

    /// A fresh centre with a login for desk KZOTSON01-1: the login's address and the owner's connection.
    CentralAddress centreFor(std::unique_ptr<Central>& owner)
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        owner = std::make_unique<Central>(address, m_access.password);
        owner->init();
        return as(address, CentralRoles(*owner).addDesk(QStringLiteral("KZOTSON01-1"), kPassword));
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void aBatchThatFollows_leavesTheCentreAsTheLoopDoes()
    {
        // A ЦОН desk with 400 demo requests (registrations, moves, results, surveys: about 2,400 changes), and a copy.
        test::TestDesk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        const QDateTime now(QDate(2026, 11, 20), QTime(18, 0));
        QCOMPARE(DemoData(desk.db.connection(), desk.catalog, desk.calendar).generate(400, now, 5), 400);
        const QString copyPath = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        QSqlQuery vacuum(desk.db.connection());
        QVERIFY2(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath)), qPrintable(vacuum.lastError().text()));
        Database copy;
        QString error;
        QVERIFY2(copy.open(copyPath, Database::Mode::ExistingOnly, &error), qPrintable(error));

        // Centre A writes a batch that follows in one statement, and its loop refuses to run; centre B only loops.
        std::unique_ptr<Central> ownerA, ownerB;
        const CentralAddress asA = centreFor(ownerA);
        const CentralAddress asB = centreFor(ownerB);
        ownerRuns(*ownerA, QStringLiteral("ALTER FUNCTION kense_upload_each(jsonb, json) RENAME TO kense_upload_loop"));
        ownerRuns(*ownerA, QStringLiteral("CREATE FUNCTION kense_upload_each(meta jsonb, payloads json) RETURNS TABLE "
                                          "(accepted integer, conflicts integer, skipped integer) LANGUAGE plpgsql "
                                          "AS $$ BEGIN RAISE EXCEPTION 'the loop ran'; END $$"));
        ownerRuns(*ownerB,
                  QStringLiteral("ALTER FUNCTION kense_upload_changes(jsonb, json) RENAME TO kense_upload_set"));
        ownerRuns(*ownerB,
                  QStringLiteral("ALTER FUNCTION kense_upload_each(jsonb, json) RENAME TO kense_upload_changes"));

        // Batches of 25: many requests' changes are spread over two batches, so a batch moves requests the centre got
        // from an earlier one.
        SyncReport toA, toB;
        Central centralA(asA, kPassword);
        SyncEngine(desk.db.connection(), centralA, 25).upload(toA);
        Central centralB(asB, kPassword);
        SyncEngine(copy.connection(), centralB, 25).upload(toB);
        QVERIFY(toA.uploaded > 2000);
        QCOMPARE(toA.uploaded, toB.uploaded);
        QCOMPARE(ownerText(*ownerA, QStringLiteral("SELECT count(*) FROM events e JOIN events b ON b.uuid = e.base "
                                                   "WHERE b.received_at < e.received_at"))
                         .toInt() > 50,
                 true);

        const QString a = contents(*ownerA);
        const QString b = contents(*ownerB);
        QVERIFY(a.size() > 100000);
        QCOMPARE(a, b);
        // Nothing was flagged, every change was taken.
        QCOMPARE(ownerText(*ownerA, QStringLiteral("SELECT count(*) FROM events WHERE NOT accepted")),
                 QStringLiteral("0"));
        QCOMPARE(ownerText(*ownerA, QStringLiteral("SELECT count(*) FROM requests")), QStringLiteral("400"));

        // A batch that does not follow (sent again: the centre holds it) goes through the loop: centre A refuses it.
        const QList<OutgoingChange> again = Outbox::after(desk.db.connection(), 0, 10);
        const QString loop = failure([&] { centralA.upload(again); });
        QVERIFY2(loop.contains(QStringLiteral("the loop ran")), qPrintable(loop));
        QCOMPARE(centralB.upload(Outbox::after(copy.connection(), 0, 10)).skipped, 10);
    }
};

QTEST_MAIN(TestSyncSetUpload)
#include "tst_syncsetupload.moc"
