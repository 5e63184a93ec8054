#include "calendar/WorkingCalendar.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kense;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

    WorkingCalendar m_cal;

    DayKind kindOf(int y, int m, int d) const { return m_cal.info(QDate(y, m, d)).kind; }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        m_cal = WorkingCalendar::load(WorkingCalendar::builtinDirectory(), QString(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_cal.years(), (QList<int>{2025, 2026, 2027}));
    }

    void weekends_areDaysOff()
    {
        QCOMPARE(kindOf(2026, 11, 21), DayKind::Weekend); // Saturday
        QCOMPARE(kindOf(2026, 11, 22), DayKind::Weekend); // Sunday
        QCOMPARE(kindOf(2026, 11, 23), DayKind::Working); // Monday
        QVERIFY(!m_cal.isWorkingDay(QDate(2026, 11, 22)));
    }

    void publicHolidays_areDaysOff()
    {
        for (const QDate& d : {QDate(2026, 1, 1), QDate(2026, 1, 2), QDate(2026, 5, 1), QDate(2026, 5, 7),
                               QDate(2026, 7, 6), QDate(2026, 12, 16), QDate(2027, 3, 8)}) {
            QCOMPARE(m_cal.info(d).kind, DayKind::PublicHoliday);
            QVERIFY(!m_cal.isWorkingDay(d));
        }
        QCOMPARE(m_cal.info(QDate(2026, 3, 23)).name.ru, QStringLiteral("Наурыз мейрамы"));
        QCOMPARE(m_cal.info(QDate(2026, 12, 16)).name.kk, QStringLiteral("Тәуелсіздік күні"));
    }

    void religiousDays_areOff_andNeverShift()
    {
        QCOMPARE(kindOf(2026, 1, 7), DayKind::ReligiousDayOff);  // Orthodox Christmas, Wednesday
        QCOMPARE(kindOf(2026, 5, 27), DayKind::ReligiousDayOff); // Kurban ait 2026
        QCOMPARE(kindOf(2025, 6, 6), DayKind::ReligiousDayOff);  // Kurban ait 2025
        // Kurban ait 2027 is expected on Sunday 16 May: a religious day off on a weekend gives no extra day.
        QCOMPARE(kindOf(2027, 5, 16), DayKind::ReligiousDayOff);
        QCOMPARE(kindOf(2027, 5, 17), DayKind::Working);
    }

    void holidayOnWeekend_givesNextWorkingDayOff()
    {
        QCOMPARE(kindOf(2026, 3, 8), DayKind::PublicHoliday); // Sunday
        QCOMPARE(kindOf(2026, 3, 9), DayKind::ShiftedDayOff);
        QCOMPARE(m_cal.info(QDate(2026, 3, 9)).name.ru, QStringLiteral("Международный женский день (2026-03-08)"));
        QCOMPARE(kindOf(2026, 5, 11), DayKind::ShiftedDayOff);  // Victory Day on Saturday 9 May
        QCOMPARE(kindOf(2026, 10, 26), DayKind::ShiftedDayOff); // Republic Day on Sunday 25 October
        QCOMPARE(kindOf(2027, 1, 4), DayKind::ShiftedDayOff);   // New Year, Saturday 2 January 2027
    }

    void twoHolidaysOnOneWeekend_shiftPastEachOther()
    {
        // Nauryz 2026: Sat 21, Sun 22, Mon 23 March → Tuesday 24 and Wednesday 25 are days off.
        QCOMPARE(kindOf(2026, 3, 23), DayKind::PublicHoliday);
        QCOMPARE(kindOf(2026, 3, 24), DayKind::ShiftedDayOff);
        QCOMPARE(kindOf(2026, 3, 25), DayKind::ShiftedDayOff);
        QCOMPARE(kindOf(2026, 3, 26), DayKind::Working);
        // Nauryz 2025: Fri 21, Sat 22, Sun 23 → Monday 24 and Tuesday 25.
        QCOMPARE(kindOf(2025, 3, 24), DayKind::ShiftedDayOff);
        QCOMPARE(kindOf(2025, 3, 25), DayKind::ShiftedDayOff);
    }

    void transferDecree_movesADayOff()
    {
        QCOMPARE(kindOf(2025, 1, 3), DayKind::TransferredDayOff);
        QCOMPARE(kindOf(2025, 1, 5), DayKind::TransferredWorkingDay);
        QVERIFY(m_cal.isWorkingDay(QDate(2025, 1, 5))); // a Sunday that is worked
    }

    void constitutionDay_2026Change()
    {
        QCOMPARE(kindOf(2025, 8, 30), DayKind::PublicHoliday); // Saturday
        QCOMPARE(kindOf(2025, 9, 1), DayKind::ShiftedDayOff);
        QCOMPARE(kindOf(2026, 8, 31), DayKind::Working); // 30 August 2026 is a Sunday and no longer a holiday
        QCOMPARE(kindOf(2027, 8, 30), DayKind::Working); // Monday, an ordinary day from 2027
        QCOMPARE(kindOf(2027, 3, 15), DayKind::PublicHoliday);
        QVERIFY(m_cal.info(QDate(2027, 3, 15)).source.ru.contains(QStringLiteral("2026 года")));
        QVERIFY(m_cal.info(QDate(2027, 3, 15)).source.kk.contains(QStringLiteral("2026 жылғы")));
    }

    /// The law behind each day off reads in the interface's language: the Administration's calendar showed the
    /// Russian title under Kazakh. A maintainer's remark («religious days off are not moved») is a note, not shown.
    void everyDaysSource_inKazakhAndRussian()
    {
        static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{3,}"));
        for (int year : m_cal.years()) {
            for (const DayInfo& d : m_cal.specialDays(year)) {
                const QString what = d.date.toString(Qt::ISODate) + QStringLiteral(": ") + d.source.kk;
                QVERIFY2(!d.source.kk.isEmpty() && d.source.kk != d.source.ru, qPrintable(what));
                QVERIFY2(!d.source.kk.contains(latinWord) && !d.source.ru.contains(latinWord),
                         qPrintable(what + QStringLiteral(" | ") + d.source.ru));
            }
        }
    }

    void workingDayCount_2026()
    {
        int working = 0;
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            working += m_cal.isWorkingDay(d) ? 1 : 0;
        // 261 weekdays − 14 weekday days off (Jan 1, 2, 7; Mar 9, 23, 24, 25; May 1, 7, 11, 27; Jul 6; Oct 26; Dec 16)
        QCOMPARE(working, 247);
    }

    void yearWithoutFile_hasWeekendsOnly()
    {
        QVERIFY(!m_cal.hasYear(2030));
        QCOMPARE(kindOf(2030, 1, 1), DayKind::Working);
        QCOMPARE(kindOf(2030, 1, 5), DayKind::Weekend);
    }

    void administratorEdits_winWithoutRebuild()
    {
        QTemporaryDir dir;
        QFile edits(dir.filePath(QStringLiteral("edits.json")));
        QVERIFY(edits.open(QIODevice::WriteOnly));
        edits.write(R"J({"schema": 1,
            "days_off": [{"date": "2026-12-31", "reason": "Перенос по постановлению (пример)"}],
            "working_days": [{"date": "2026-12-16", "reason": "Дежурная смена", "by": "admin"}]})J");
        edits.close();
        QStringList errors;
        const WorkingCalendar cal = WorkingCalendar::load(WorkingCalendar::builtinDirectory(), dir.path(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(cal.info(QDate(2026, 12, 31)).kind, DayKind::AdministratorDayOff);
        QVERIFY(!cal.isWorkingDay(QDate(2026, 12, 31)));
        QCOMPARE(cal.info(QDate(2026, 12, 16)).kind, DayKind::AdministratorWorkingDay);
        QVERIFY(cal.isWorkingDay(QDate(2026, 12, 16)));
    }

    void overrideYearFile_replacesBuiltin_andBadFileIsReported()
    {
        QTemporaryDir dir;
        QFile year(dir.filePath(QStringLiteral("kz-2026.json")));
        QVERIFY(year.open(QIODevice::WriteOnly));
        year.write(R"J({"schema": 1, "year": 2026, "sources": {"x": "test"},
            "days_off": [{"date": "2026-06-01", "kind": "public_holiday", "name": {"kk": "Тест", "ru": "Тест"}, "source": "x"}]})J");
        year.close();
        QFile bad(dir.filePath(QStringLiteral("kz-2027.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"J({"schema": 1, "year": 2027, "sources": {}, "days_off": [{"date": "2027-01-01", "kind": "public_holiday",
            "name": {"kk": "a", "ru": "b"}, "source": "law"}]})J");
        bad.close();
        QStringList errors;
        const WorkingCalendar cal = WorkingCalendar::load(WorkingCalendar::builtinDirectory(), dir.path(), &errors);
        QCOMPARE(cal.info(QDate(2026, 6, 1)).kind, DayKind::PublicHoliday);
        QCOMPARE(cal.info(QDate(2026, 1, 7)).kind, DayKind::Working); // the override has no Christmas
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first(),
                 QStringLiteral("kz-2027.json: days_off[0].source: \"law\" is not a key of \"sources\""));
        QCOMPARE(cal.info(QDate(2027, 3, 15)).kind, DayKind::PublicHoliday); // the built-in 2027 stays in force
    }

    void badDates_areRefused()
    {
        WorkingCalendar cal;
        QString error;
        QVERIFY(!cal.addYearFile(R"J({"schema": 1, "year": 2026, "sources": {"x": "y"},
            "days_off": [{"date": "2025-01-01", "kind": "public_holiday", "name": {"kk": "a", "ru": "b"}, "source": "x"}]})J",
                                 QStringLiteral("kz-2026.json"), &error));
        QCOMPARE(error, QStringLiteral("kz-2026.json: days_off[0].date: 2025-01-01 is not in the year 2026"));
        QVERIFY(!cal.addYearFile(R"J({"schema": 1, "year": 2026, "sources": {"x": "y"}, "days_off": [],
            "transfers": [{"day_off": "2026-01-05", "working_day": "2026-01-06", "source": "x"}]})J",
                                 QStringLiteral("kz-2026.json"), &error));
        QCOMPARE(error,
                 QStringLiteral("kz-2026.json: transfers[0].working_day: 2026-01-06 is not a Saturday or Sunday"));
        QVERIFY(!cal.addYearFile(R"J({"schema": 1, "year": 2026, "sources": {"x": "y"},
            "days_off": [{"date": "2026-01-01", "kind": "feast", "name": {"kk": "a", "ru": "b"}, "source": "x"}]})J",
                                 QStringLiteral("kz-2026.json"), &error));
        QCOMPARE(error,
                 QStringLiteral("kz-2026.json: days_off[0].kind: \"feast\" is not one of public_holiday, religious"));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
