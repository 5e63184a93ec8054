// Each request is sealed at every commit of the program (RequestSeals): an edit of its rows behind the program is
// named by verify — and stays named when the program later writes the same request, instead of being sealed in.
#include "Intake.h"
#include "RequestRepository.h"
#include "RequestSeals.h"
#include "SqlUtil.h"
#include "StateReplay.h"
#include "TestDesk.h"

#include <QSqlError>
#include <QtTest>

using namespace kense;

class TestSeals : public QObject
{
    Q_OBJECT

    static QString submit(test::TestDesk& desk, int hour)
    {
        const IntakeOutcome o =
            Intake(desk.db.connection(), desk.catalog, desk.calendar)
                .submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 12, 1), QTime(hour, 0)), false);
        if (!o.registered())
            qFatal("the test's request was not registered");
        return o.request->number;
    }

    /// An edit as the sqlite3 shell makes it.
    static void editBehind(const QString& path, const QString& sql)
    {
        test::behindTheProgram(path, [&sql](const QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        });
    }

    /// Two requests registered at 10:00 and 11:00; the head gives the first to the executor at 12:00.
    static std::pair<QString, QString> twoRequestsOneInWork(test::TestDesk& desk)
    {
        const QString first = submit(desk, 10);
        const QString second = submit(desk, 11);
        RequestRepository(desk.db.connection(), &desk.catalog)
            .advance(first, Transition::AssignExecutor, desk.head, QDateTime(QDate(2026, 12, 1), QTime(12, 0)), {},
                     desk.executor.id);
        return {first, second};
    }

private Q_SLOTS:
    void whatTheProgramWrites_verifies_andAnEditBehindItIsNamed()
    {
        test::TestDesk desk;
        desk.setUp();
        const auto [first, second] = twoRequestsOneInWork(desk);
        SealReport r = RequestSeals::verify(desk.db.connection());
        QVERIFY2(r.ok(), qPrintable(r.examples.join(u'\n')));
        QCOMPARE(r.checked, 2);

        editBehind(desk.path(), QStringLiteral("UPDATE parties SET surname = 'МАЛЛОРИ' WHERE role = 'applicant' AND "
                                               "request_id = (SELECT id FROM requests WHERE number = '%1')")
                                    .arg(second));
        r = RequestSeals::verify(desk.db.connection());
        QCOMPARE(r.broken, 1);
        QVERIFY2(r.examples.first().startsWith(second), qPrintable(r.examples.first()));

        // The clerk goes on working on that request: the program's write does not seal the forged name in.
        RequestRepository(desk.db.connection(), &desk.catalog)
            .advance(second, Transition::AssignExecutor, desk.head, QDateTime(QDate(2026, 12, 1), QTime(13, 0)), {},
                     desk.executor.id);
        QCOMPARE(RequestSeals::verify(desk.db.connection()).broken, 1);

        // Nor when the seal itself was taken away with the edit.
        editBehind(
            desk.path(),
            QStringLiteral("UPDATE requests SET applicant_iin = '870514400128' WHERE number = '%1'; ").arg(first));
        editBehind(desk.path(), QStringLiteral("DELETE FROM request_seals WHERE request_id = (SELECT id FROM requests "
                                               "WHERE number = '%1')")
                                    .arg(first));
        QCOMPARE(RequestSeals::verify(desk.db.connection()).broken, 2);
        RequestRepository(desk.db.connection(), &desk.catalog)
            .advance(first, Transition::PrepareResult, desk.executor, QDateTime(QDate(2026, 12, 1), QTime(14, 0)));
        const SealReport after = RequestSeals::verify(desk.db.connection());
        QCOMPARE(after.broken, 2);
        QVERIFY2(after.examples.join(u'\n').contains(u"no seal"_qs), qPrintable(after.examples.join(u'\n')));
    }

    void aStateEditedWithItsSealMadeAgain_isNamedByTheHistory()
    {
        test::TestDesk desk;
        desk.setUp();
        const auto [first, second] = twoRequestsOneInWork(desk);
        SealReport r = StateReplay::verify(desk.db.connection());
        QVERIFY2(r.ok(), qPrintable(r.examples.join(u'\n')));
        QCOMPARE(r.checked, 2);

        // Whoever reads the source can seal again: the request reads as issued, its seal agrees.
        editBehind(desk.path(), QStringLiteral("UPDATE requests SET state = 'issued' WHERE number = '%1'").arg(second));
        test::behindTheProgram(desk.path(), [](const QSqlDatabase& db) { RequestSeals::sealAll(db, {}); });
        QVERIFY(RequestSeals::verify(desk.db.connection()).ok());
        r = StateReplay::verify(desk.db.connection());
        QCOMPARE(r.broken, 1);
        QVERIFY2(r.examples.first().startsWith(second), qPrintable(r.examples.first()));
        QVERIFY2(r.examples.first().contains(u"issued"_qs) && r.examples.first().contains(u"registered"_qs),
                 qPrintable(r.examples.first()));
    }

    void aNameOrADocumentEditedWithItsSealMadeAgain_isNamedByTheHistory()
    {
        test::TestDesk desk;
        desk.setUp();
        const auto [first, second] = twoRequestsOneInWork(desk);
        // A correction through the program is history: the content it leaves is what its event records.
        RequestRepository(desk.db.connection(), &desk.catalog)
            .edit(second, *desk.catalog.variant(QStringLiteral("duplicate-secondary-edu-vko")),
                  {{QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЕВА")}}, desk.clerk,
                  QDateTime(QDate(2026, 12, 1), QTime(13, 0)));
        SealReport r = StateReplay::verify(desk.db.connection());
        QVERIFY2(r.ok(), qPrintable(r.examples.join(u'\n')));
        QCOMPARE(r.checked, 2);

        // Whoever reads the source can seal again: the applicant of the second becomes someone else, the first's
        // missing document reads as given in the original, and both seals agree.
        editBehind(desk.path(), QStringLiteral("UPDATE parties SET surname = 'МАЛЛОРИ' WHERE role = 'applicant' AND "
                                               "request_id = (SELECT id FROM requests WHERE number = '%1')")
                                    .arg(second));
        editBehind(desk.path(), QStringLiteral("UPDATE request_documents SET status = CASE status WHEN 'original' "
                                               "THEN 'missing' ELSE 'original' END WHERE position = 1 AND "
                                               "request_id = (SELECT id FROM requests WHERE number = '%1')")
                                    .arg(first));
        test::behindTheProgram(desk.path(), [](const QSqlDatabase& db) { RequestSeals::sealAll(db, {}); });
        QVERIFY(RequestSeals::verify(desk.db.connection()).ok());
        r = StateReplay::verify(desk.db.connection());
        QCOMPARE(r.broken, 2);
        QVERIFY2(r.examples.at(0).startsWith(first) && r.examples.at(1).startsWith(second),
                 qPrintable(r.examples.join(u'\n')));
        QVERIFY2(r.examples.at(0).contains(u"documents"_qs), qPrintable(r.examples.at(0)));

        // The program's next write to the request does not make the forged name history.
        RequestRepository(desk.db.connection(), &desk.catalog)
            .advance(second, Transition::AssignExecutor, desk.head, QDateTime(QDate(2026, 12, 1), QTime(14, 0)), {},
                     desk.executor.id);
        QCOMPARE(StateReplay::verify(desk.db.connection()).broken, 2);
    }

    void aDatabaseOfTheOlderSchema_getsItsRequestsSealedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        {
            test::TestDesk desk;
            QString error;
            QVERIFY2(desk.db.openAtVersion(path, 5, &error), qPrintable(error));
            DeskRepository(desk.db.connection())
                .setUpThisDesk(QStringLiteral("KZOEDU01"), QStringLiteral("1"), Channel::Provider);
            desk.clerk = test::oldUser(desk.db.connection(), QStringLiteral("saule"), QStringLiteral("Оспанова Сәуле"),
                                       Role::Clerk);
            submit(desk, 10);
            submit(desk, 11);
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        const SealReport r = RequestSeals::verify(db.connection());
        QVERIFY2(r.ok(), qPrintable(r.examples.join(u'\n')));
        QCOMPARE(r.checked, 2);
    }
};

QTEST_GUILESS_MAIN(TestSeals)
#include "tst_seals.moc"
