#include "calendar/Clock.h"
#include "calendar/DeadlineCalculator.h"
#include "catalog/ServiceCatalog.h"
#include "settings/Settings.h"
#include "workflow/Sla.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kense;

namespace {
QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), QStringLiteral("yyyy-MM-ddTHH:mm"));
}
} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

    WorkingCalendar m_cal = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    ServiceCatalog m_catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    DeadlineCalculator m_calc{m_cal, OfficeHours{}};

private Q_SLOTS:
    void add_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QDateTime>("expected");
        const int min = int(TimeUnit::Minutes), hrs = int(TimeUnit::Hours), wd = int(TimeUnit::WorkingDays),
                  cd = int(TimeUnit::CalendarDays);
        // Minutes and hours run inside 09:00–13:00 and 14:30–18:30 on working days.
        QTest::newRow("15 min in the morning") << at("2026-11-23T10:00") << 15 << min << at("2026-11-23T10:15");
        QTest::newRow("min up to lunch") << at("2026-11-23T12:45") << 15 << min << at("2026-11-23T13:00");
        QTest::newRow("min across lunch") << at("2026-11-23T12:50") << 15 << min << at("2026-11-23T14:35");
        QTest::newRow("started in lunch") << at("2026-11-23T13:30") << 30 << min << at("2026-11-23T15:00");
        QTest::newRow("before opening") << at("2026-11-23T07:00") << 30 << min << at("2026-11-23T09:30");
        QTest::newRow("after closing") << at("2026-11-23T19:00") << 15 << min << at("2026-11-24T09:15");
        QTest::newRow("carry to next day") << at("2026-11-23T18:20") << 30 << min << at("2026-11-24T09:20");
        QTest::newRow("hours over the weekend") << at("2026-11-27T17:00") << 3 << hrs << at("2026-11-30T10:30");
        QTest::newRow("hours over lunch") << at("2026-11-23T11:00") << 3 << hrs << at("2026-11-23T15:30");
        QTest::newRow("exactly a working day") << at("2026-11-23T09:00") << 8 << hrs << at("2026-11-23T18:30");
        QTest::newRow("a day and an hour") << at("2026-11-23T09:00") << 9 << hrs << at("2026-11-24T10:00");
        QTest::newRow("minutes from a holiday") << at("2026-12-16T10:00") << 15 << min << at("2026-12-17T09:15");
        // Days: the start day is not counted; a term ends at the close of its last day.
        QTest::newRow("1 working day") << at("2026-11-23T10:00") << 1 << wd << at("2026-11-24T18:30");
        QTest::newRow("wd over weekend") << at("2026-11-27T10:00") << 1 << wd << at("2026-11-30T18:30");
        QTest::newRow("wd over Nauryz") << at("2026-03-20T10:00") << 1 << wd << at("2026-03-26T18:30");
        QTest::newRow("wd accepted on a Saturday") << at("2026-11-28T11:00") << 1 << wd << at("2026-11-30T18:30");
        QTest::newRow("wd over New Year") << at("2026-12-30T16:00") << 3 << wd << at("2027-01-06T18:30");
        QTest::newRow("calendar days") << at("2026-11-23T10:00") << 3 << cd << at("2026-11-26T18:30");
        QTest::newRow("cd landing on Saturday") << at("2026-11-23T10:00") << 5 << cd << at("2026-11-30T18:30");
        QTest::newRow("cd landing on a holiday") << at("2026-12-01T10:00") << 15 << cd << at("2026-12-17T18:30");
        QTest::newRow("cd landing on shifted day") << at("2026-12-03T10:00") << 30 << cd << at("2027-01-05T18:30");
        QTest::newRow("cd ignore holidays inside") << at("2026-12-15T10:00") << 2 << cd << at("2026-12-17T18:30");
    }

    void add()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, value);
        QFETCH(int, unit);
        QFETCH(QDateTime, expected);
        QCOMPARE(m_calc.add(start, Duration{value, TimeUnit(unit)}), expected);
    }

    void officeHoursWithoutLunch_andLateOffice()
    {
        OfficeHours rural;
        rural.open = QTime(8, 0);
        rural.close = QTime(17, 0);
        rural.lunchStart = rural.lunchEnd = QTime();
        QVERIFY(rural.validate().isEmpty());
        QCOMPARE(rural.workingMinutes(), 540);
        const DeadlineCalculator calc(m_cal, rural);
        QCOMPARE(calc.add(at("2026-11-23T12:50"), Duration{15, TimeUnit::Minutes}), at("2026-11-23T13:05"));
        QCOMPARE(calc.add(at("2026-11-23T10:00"), Duration{1, TimeUnit::WorkingDays}), at("2026-11-24T17:00"));
    }

    void officeHours_validate()
    {
        OfficeHours h;
        QVERIFY(h.validate().isEmpty());
        QCOMPARE(h.workingMinutes(), 480);
        h.lunchStart = QTime(8, 0);
        QVERIFY(!h.validate().isEmpty());
        h = OfficeHours{};
        h.close = QTime(8, 0);
        QVERIFY(!h.validate().isEmpty());
    }

    void stepsChain_fromAcceptance()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Provider, at("2026-12-10T10:00"));
        QCOMPARE(d.steps.size(), 5);
        QCOMPARE(d.steps[0].due, at("2026-12-10T10:15"));   // clerk, 15 min
        QCOMPARE(d.steps[1].start, at("2026-12-10T10:15")); // each step starts when the previous is due
        QCOMPARE(d.steps[1].due, at("2026-12-10T12:15"));   // head, 2 h
        QCOMPARE(d.steps[2].due, at("2027-01-05T18:30"));   // executor, 25 calendar days → 4 Jan is a day off
        QCOMPARE(d.steps[3].due, at("2027-01-06T10:00"));   // head signs, 1 h from the close of 5 Jan
        QCOMPARE(d.steps[4].due, at("2027-01-06T10:15"));   // issue, 15 min
        QVERIFY(d.totalStated);
        QCOMPARE(d.totalDue, at("2027-01-11T18:30")); // 30 calendar days → Saturday 9 Jan → Monday 11
        QVERIFY(d.warnings.isEmpty());
    }

    void noTotalTerm_usesTheEndOfTheSteps()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("duplicate-secondary-edu-aktobe"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Provider, at("2026-12-10T10:00"));
        QVERIFY(!d.totalStated);
        QCOMPARE(d.steps[0].due, at("2026-12-10T10:15"));
        QCOMPARE(d.steps[1].due, at("2026-12-11T18:30")); // head: 1 working day
        QCOMPARE(d.steps[2].due, at("2027-01-05T18:30")); // executor: 14 working days after 11 Dec
        QCOMPARE(d.totalDue, d.steps[2].due.value());
    }

    void stepWithoutLimit_hasNoDueAndTakesNoTime()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("duplicate-secondary-edu-aktobe"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Tson, at("2026-11-23T10:00"));
        QCOMPARE(d.steps.size(), 6);
        QVERIFY(!d.steps[0].due.has_value()); // the applicant's step
        QCOMPARE(d.steps[1].due, at("2026-11-23T10:15"));
        QCOMPARE(d.steps[2].due, at("2026-11-23T10:30"));
        QVERIFY(!d.steps[3].due.has_value()); // the head: no limit in the seed
        QCOMPARE(d.steps[4].start, at("2026-11-23T10:30"));
        QCOMPARE(d.steps[4].due, at("2026-12-11T18:30")); // 14 working days
        QCOMPARE(d.totalDue, at("2026-12-14T09:15"));     // + 15 min issue at the ЦОН, from Friday's close
    }

    void issueDayNotCounted_addsAWorkingDayToDayTerms()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("unemployed-certificate-kyzylorda"));
        QVERIFY(v->counting.excludeIssueDay);
        // ЦОН: 3 working days, and the day of issue is not counted.
        QCOMPARE(m_calc.compute(*v, Channel::Tson, at("2026-11-23T10:00")).totalDue, at("2026-11-27T18:30"));
        // At the department: 10 minutes — a term in minutes has no "day of issue" to leave out.
        QCOMPARE(m_calc.compute(*v, Channel::Provider, at("2026-11-23T10:00")).totalDue, at("2026-11-23T10:10"));
    }

    /// Kyzylorda's preschool registration: 3 working days in all, and its tables give the executor and the issue
    /// «3 күн ішінде» each. Chained, the issue fell due on 02.04.2027 while the request was due on 30.03.2027.
    void noStep_fallsDueAfterTheStatedTerm()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("preschool-registration-kyzylorda"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Provider, at("2027-03-19T10:00"));
        QCOMPARE(d.totalDue, at("2027-03-30T18:30")); // Nauryz 21–23 March, the weekends, the day of issue not counted
        QCOMPARE(d.steps.first().due, at("2027-03-19T10:30"));
        for (const StepDeadline& s : d.steps)
            QVERIFY2(!s.due || *s.due <= d.totalDue, qPrintable(s.due->toString(Qt::ISODate)));
        QCOMPARE(d.steps.last().due, d.totalDue);
    }

    /// The Almaty duplicates' term is «согласно пункту 4 Стандарта», which the seed does not give: each request was
    /// due the moment it was registered, overdue at once, and the statistics read 0 on time / 492 late. With no term
    /// the request is never late and says so, until an administrator enters one.
    void noTermAtAll_isNeverLate_untilTheAdministratorEntersOne()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("duplicate-secondary-edu-almaty"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Provider, at("2026-11-23T10:00"));
        QVERIFY(!d.termSet);
        QCOMPARE(d.totalDue, noTermDue());
        QVERIFY(!hasTerm(d.totalDue));
        QCOMPARE(d.warnings.size(), 1);
        const QDateTime later = at("2030-01-01T10:00");
        QCOMPARE(slaStateOf(RequestState::InWork, d.totalDue, later, later.addDays(1)), SlaState::NoTerm);
        QCOMPARE(dueText(d.totalDue), QStringLiteral("term not set"));

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.setText(Setting::AdministratorTerm, QStringLiteral("thirty days"), v->id)); // refused
        QVERIFY(settings.setText(Setting::AdministratorTerm, QStringLiteral("400 calendar_days"), v->id));
        QCOMPARE(settings.setText(Setting::AdministratorTerm, QStringLiteral("5 calendar_days"), v->id), std::nullopt);
        QCOMPARE(settings.setText(Setting::AdministratorTerm, QStringLiteral("1 hours"),
                                  QStringLiteral("duplicate-secondary-edu-vko")),
                 std::nullopt); // the regulation states 30 calendar days: never replaced
        QCOMPARE(
            settings.setText(Setting::AdministratorTerm, QStringLiteral("5 working_days"), QStringLiteral("no-such")),
            std::nullopt);
        ServiceCatalog catalog = m_catalog;
        QStringList errors;
        catalog.applyAdministratorTerms(settings, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("terms/no-such")), qPrintable(errors.first()));
        const RequestDeadlines entered =
            m_calc.compute(*catalog.variant(v->id), Channel::Provider, at("2026-11-23T10:00"));
        QVERIFY(entered.termSet && entered.totalStated);
        QCOMPARE(entered.totalDue, at("2026-11-30T18:30")); // 28 November is a Saturday: the next working day
        const RequestDeadlines vko = m_calc.compute(*catalog.variant(QStringLiteral("duplicate-secondary-edu-vko")),
                                                    Channel::Provider, at("2026-11-23T10:00"));
        QCOMPARE(vko.totalDue, m_calc
                                   .compute(*m_catalog.variant(QStringLiteral("duplicate-secondary-edu-vko")),
                                            Channel::Provider, at("2026-11-23T10:00"))
                                   .totalDue);
    }

    void yearWithoutCalendar_warns()
    {
        const ServiceVariant* v = m_catalog.variant(QStringLiteral("externat-permit-vko"));
        const RequestDeadlines d = m_calc.compute(*v, Channel::Provider, at("2027-12-20T10:00"));
        QCOMPARE(d.totalDue.date().year(), 2028);
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY(d.warnings.first().contains(QStringLiteral("2028")));
    }

    void manualClock_movesTime()
    {
        ManualClock clock(at("2026-11-23T10:00"));
        clock.advanceSeconds(90 * 60);
        QCOMPARE(clock.now(), at("2026-11-23T11:30"));
        clock.advanceDays(2);
        QCOMPARE(clock.now(), at("2026-11-25T11:30"));
        const Clock& asClock = clock;
        QCOMPARE(asClock.now().date(), QDate(2026, 11, 25));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
