// slaStateOf: how a request stands against its legal deadline, at the exact edges of each state.
#include "calendar/DeadlineCalculator.h"
#include "workflow/Sla.h"

#include <QSet>
#include <QTest>

using namespace kense;

namespace {
// Monday 11 January 2027, noon; one working day later is Tuesday's close of business.
const QDateTime kNow(QDate(2027, 1, 11), QTime(12, 0));
const QDateTime kSoonUntil(QDate(2027, 1, 12), QTime(18, 30));

/// Written out here rather than taken from isFinal(): the states with no SLA state — closed, or (in storage) the term
/// met and the result waiting for the applicant.
const QSet<RequestState> kClosed{RequestState::Draft, RequestState::RefusedAtIntake, RequestState::Issued,
                                 RequestState::RefusalIssued, RequestState::InStorage};
} // namespace

class TestSla : public QObject
{
    Q_OBJECT

    WorkingCalendar m_calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    DeadlineCalculator m_calc{m_calendar, OfficeHours{}};

private Q_SLOTS:
    void deadlineAroundNowAndTheSoonWindow_data()
    {
        QTest::addColumn<QDateTime>("dueAt");
        QTest::addColumn<int>("expected");
        const int overdue = int(SlaState::Overdue), soon = int(SlaState::DueSoon), onTime = int(SlaState::OnTime);
        QTest::newRow("a month ago") << kNow.addMonths(-1) << overdue;
        QTest::newRow("one second before now") << kNow.addSecs(-1) << overdue;
        QTest::newRow("one millisecond before now") << kNow.addMSecs(-1) << overdue;
        QTest::newRow("exactly now") << kNow << soon;
        QTest::newRow("one second after now") << kNow.addSecs(1) << soon;
        QTest::newRow("one second before the window ends") << kSoonUntil.addSecs(-1) << soon;
        QTest::newRow("exactly at the window's end") << kSoonUntil << onTime;
        QTest::newRow("one second after the window") << kSoonUntil.addSecs(1) << onTime;
        QTest::newRow("a month ahead") << kNow.addMonths(1) << onTime;
    }

    void deadlineAroundNowAndTheSoonWindow()
    {
        QFETCH(QDateTime, dueAt);
        QFETCH(int, expected);
        for (RequestState s : allStates()) {
            if (!kClosed.contains(s))
                QVERIFY2(slaStateOf(s, dueAt, kNow, kSoonUntil) == SlaState(expected), qPrintable(stateName(s)));
        }
    }

    void closedRequest_hasNoSlaState_evenPastItsDeadline()
    {
        int closed = 0;
        for (RequestState s : allStates()) {
            const bool isClosed = kClosed.contains(s);
            for (const QDateTime& due : {kNow.addDays(-30), kNow, kSoonUntil.addSecs(-1), kNow.addDays(30)}) {
                const SlaState sla = slaStateOf(s, due, kNow, kSoonUntil);
                QVERIFY2((sla == SlaState::Closed) == isClosed, qPrintable(stateName(s)));
            }
            closed += isClosed ? 1 : 0;
        }
        QCOMPARE(closed, 5);
        // A result kept in storage met its term: it is not overdue however long the applicant stays away (issue 17).
        QCOMPARE(slaStateOf(RequestState::InStorage, kNow.addDays(-1), kNow, kSoonUntil), SlaState::Closed);
        QVERIFY(isOpen(RequestState::InStorage) && !termRuns(RequestState::InStorage));
    }

    void missingDeadline_countsAsOverdue_unlessClosed()
    {
        // Not a documented rule: Qt orders an invalid QDateTime before every valid one, so a request without a
        // deadline reads as overdue. Requests always get one (DeadlineCalculator::compute); pinned so a change shows.
        QCOMPARE(slaStateOf(RequestState::InWork, QDateTime(), kNow, kSoonUntil), SlaState::Overdue);
        QCOMPARE(slaStateOf(RequestState::Issued, QDateTime(), kNow, kSoonUntil), SlaState::Closed);
    }

    void dueSoonWindow_isOneWorkingDay()
    {
        QCOMPARE(dueSoonUntil(m_calc, kNow), kSoonUntil);
        // Friday morning: the window runs over the weekend to Monday's close.
        const QDateTime friday(QDate(2026, 11, 27), QTime(10, 0));
        const QDateTime mondayClose(QDate(2026, 11, 30), QTime(18, 30));
        QCOMPARE(dueSoonUntil(m_calc, friday), mondayClose);
        const QDateTime soon = dueSoonUntil(m_calc, friday);
        QCOMPARE(slaStateOf(RequestState::InWork, mondayClose.addSecs(-60), friday, soon), SlaState::DueSoon);
        QCOMPARE(slaStateOf(RequestState::InWork, mondayClose, friday, soon), SlaState::OnTime);
    }

    void everyState_isSaidInWords()
    {
        QSet<QString> titles;
        for (SlaState s : {SlaState::Any, SlaState::Overdue, SlaState::DueSoon, SlaState::OnTime, SlaState::Closed}) {
            QVERIFY(!slaTitle(s).isEmpty());
            titles.insert(slaTitle(s));
        }
        QCOMPARE(titles.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSla)
#include "tst_sla.moc"
