// Demo data is a faithful desk: its requests follow the workflow, never lie in the future, and carry what a real desk's
// would — the executor's grades of every duplicate prepared, the survey's answers of issued requests — so that every
// document and report can be shown from it.
#include "DemoData.h"
#include "EventLog.h"
#include "Results.h"
#include "SqlUtil.h"
#include "TestDesk.h"
#include "WaitingLists.h"
#include "documents/Grade.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>
#include <QTest>

using namespace kense;
using namespace kense::test;

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoData_isNeverInTheFuture_andVerifies()
    {
        test::TestDesk desk;
        desk.setUp();
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 30)); // a Monday morning, after a weekend
        QCOMPARE(DemoData(desk.db.connection(), desk.catalog, desk.calendar).generate(4000, now, 7), 4000);
        QCOMPARE(scalar(desk.db.connection(), QStringLiteral("SELECT count(*) FROM requests WHERE accepted_at > ?"),
                        {storedMoment(now)})
                     .toInt(),
                 0);
        QVERIFY(EventLog::verify(desk.db.connection()).ok);
        QSqlQuery q(desk.db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(DISTINCT service_id), count(DISTINCT channel), count(DISTINCT state) "
                                  "FROM requests")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 15); // every live service
        QCOMPARE(q.value(1).toInt(), 2);
        QVERIFY(q.value(2).toInt() >= 8);
        // The preschool waiting list reads as a department's: a place from the year of application or the next, a
        // benefit claimed with its proof, most children with none.
        const DeskRecord deskRecord = DeskRepository(desk.db.connection()).requireThisDesk();
        const QList<WaitingListRow> waiting =
            WaitingLists(desk.db.connection(), desk.catalog).of(deskRecord, u"preschool-registration-kyzylorda"_qs);
        QVERIFY(waiting.size() > 50);
        int none = 0;
        for (const WaitingListRow& row : waiting) {
            const WaitingChild& c = row.place.child;
            QVERIFY2(c.list.wishedYear - c.registeredAt.date().year() == 0 ||
                         c.list.wishedYear - c.registeredAt.date().year() == 1,
                     qPrintable(c.number));
            QVERIFY2(c.priorityValue == u"none"_qs || c.proofPresented, qPrintable(c.number));
            none += c.priorityValue == u"none"_qs ? 1 : 0;
        }
        QVERIFY2(none * 10 > waiting.size() * 6, qPrintable(QString::number(none)));
        // The first of each list were offered places: one consented (left the list), one refused, one not answered.
        for (const char* kind : {"place_offered", "offer_refused", "direction_issued"})
            QVERIFY2(scalar(desk.db.connection(), u"SELECT count(*) FROM events WHERE kind = ?"_qs,
                            {QString::fromLatin1(kind)})
                             .toInt() > 0,
                     kind);
    }

    void demoData_givesResultsAndSurveys_asTheDeskWouldHave()
    {
        test::TestDesk desk;
        desk.setUp();
        const QSqlDatabase db = desk.db.connection();
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 30));
        QCOMPARE(DemoData(db, desk.catalog, desk.calendar).generate(3000, now, 11), 3000);
        QVERIFY(EventLog::verify(db).ok);
        // Every request whose executor prepared the term's result (a document of its own, not the receipt) has it,
        // saved by the one who prepared it, numbered once; no other request has one.
        int withResult = 0;
        int withGrades = 0;
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT r.number, r.service_id, r.state, x.kind, x.prepared_by, x.number, "
                       u"(SELECT e.user_id FROM events e WHERE e.request_id = r.id AND e.kind = 'prepare_result') "
                       u"FROM requests r LEFT JOIN request_results x ON x.request_id = r.id"_qs));
        while (q.next()) {
            const QString number = q.value(0).toString();
            const ServiceVariant* v = desk.catalog.variant(q.value(1).toString());
            QVERIFY(v);
            const bool prepared = !q.value(6).isNull();
            const bool expected = prepared && v->resultDocument() && !v->resultIsReceipt();
            QCOMPARE(!q.value(3).isNull(), expected);
            if (!expected)
                continue;
            ++withResult;
            QCOMPARE(q.value(3).toString(), *v->resultDocument());
            QCOMPARE(q.value(4).toLongLong(), q.value(6).toLongLong());
            const std::optional<ResultRecord> result = Results(db).load(number);
            QVERIFY(result);
            for (const auto& [subject, grade] : result->grades)
                QVERIFY2(!subject.isEmpty() && gradeOf(grade), qPrintable(number));
            withGrades += result->grades.isEmpty() ? 0 : 1;
        }
        QVERIFY2(withResult > 300, qPrintable(QString::number(withResult)));
        QVERIFY2(withGrades > 100, qPrintable(QString::number(withGrades)));
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT number) FROM request_results"_qs).toInt(), withResult);
        // Each result was saved just before its preparation, as the card saves it.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM events e WHERE e.kind = 'result_saved' AND NOT EXISTS (SELECT 1 "
                            u"FROM events p WHERE p.request_id = e.request_id AND p.kind = 'prepare_result' AND "
                            u"p.id = e.id + 1 AND p.at = e.at)"_qs)
                     .toInt(),
                 0);

        // Most applicants of an issued request of a service that asks the survey answered it; nobody else did.
        int asked = 0;
        int answered = 0;
        QVERIFY(q.exec(u"SELECT r.service_id, r.state, s.quality FROM requests r "
                       u"LEFT JOIN survey_answers s ON s.request_id = r.id"_qs));
        while (q.next()) {
            const ServiceVariant* v = desk.catalog.variant(q.value(0).toString());
            const bool issued = Workflow::maySurvey(stateFromName(q.value(1).toString()).value_or(RequestState::Draft));
            if (!issued || !v->asksSurvey()) {
                QVERIFY(q.value(2).isNull());
                continue;
            }
            ++asked;
            answered += q.value(2).isNull() ? 0 : 1;
        }
        QVERIFY2(asked > 300 && answered * 10 > asked * 6 && answered < asked,
                 qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(asked)));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
