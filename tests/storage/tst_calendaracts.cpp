// The administrator's edit of a working-calendar day, the one act both doors call (Administration and kensectl
// calendar edit): only an administrator, a reason required, the edits file and its event written together or not at
// all, and the calendar it returns is the one in force.
#include "CalendarActs.h"
#include "DataDir.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

class TestCalendarActs : public QObject
{
    Q_OBJECT

    std::unique_ptr<DataDir> m_data;
    std::unique_ptr<TestDesk> m_desk;
    const QDate m_day{2026, 12, 31}; // a Thursday, an ordinary working day in the built-in calendar
    const QDateTime m_at{QDate(2026, 12, 4), QTime(10, 0)};

    QString overrideDir() const { return m_data->filePath(QStringLiteral("calendar")); }
    QString editsFile() const { return QDir(overrideDir()).filePath(QStringLiteral("edits.json")); }
    qint64 calendarEvents() const
    {
        return scalar(m_desk->db.connection(),
                      QStringLiteral("SELECT count(*) FROM events WHERE kind = 'calendar_day'"))
            .toLongLong();
    }
    WorkingCalendar inForce() const
    {
        return WorkingCalendar::load(WorkingCalendar::builtinDirectory(), overrideDir());
    }

private Q_SLOTS:
    void init()
    {
        m_data = std::make_unique<DataDir>();
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp();
    }
    void cleanup()
    {
        m_desk.reset();
        m_data.reset();
    }

    void aDayOff_isWrittenWithItsEvent_andIsInForce()
    {
        QVERIFY(inForce().isWorkingDay(m_day));
        const WorkingCalendar after = CalendarActs::editDay(
            m_desk->db.connection(), overrideDir(),
            {m_day, CalendarDayEdit::What::DayOff, QStringLiteral("решение акимата")}, m_desk->admin, m_at);
        QVERIFY(!after.isWorkingDay(m_day));
        QVERIFY(!inForce().isWorkingDay(m_day));
        QSqlQuery q(m_desk->db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, before, after, note FROM events WHERE kind = 'calendar_day'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_desk->admin.id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-12-31 working day"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-12-31 day off: решение акимата"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("решение акимата"));
        QVERIFY(!q.next());

        CalendarActs::editDay(m_desk->db.connection(), overrideDir(), {m_day, CalendarDayEdit::What::Undo, {}},
                              m_desk->admin, m_at);
        QVERIFY(inForce().isWorkingDay(m_day));
        QCOMPARE(calendarEvents(), 2);
    }

    /// A clerk, a head or an executor is refused, and nothing is written: it was the window alone that kept them out.
    void onlyAnAdministrator_editsTheCalendar()
    {
        for (const UserRecord& user : {m_desk->clerk, m_desk->head, m_desk->executor}) {
            try {
                CalendarActs::editDay(m_desk->db.connection(), overrideDir(),
                                      {m_day, CalendarDayEdit::What::DayOff, QStringLiteral("why")}, user, m_at);
                QFAIL(qPrintable(user.login + QStringLiteral(" changed the calendar")));
            } catch (const StorageError& e) {
                QVERIFY(!e.isFailure());
                QVERIFY2(e.message.contains(QStringLiteral("only an administrator")), qPrintable(e.message));
            }
        }
        QVERIFY(!QFile::exists(editsFile()));
        QCOMPARE(calendarEvents(), 0);
    }

    void aDayWithoutAReason_orAnUndoOfNothing_isRefused()
    {
        QVERIFY_THROWS_EXCEPTION(StorageError, CalendarActs::editDay(m_desk->db.connection(), overrideDir(),
                                                                     {m_day, CalendarDayEdit::What::DayOff, u" "_qs},
                                                                     m_desk->admin, m_at));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 CalendarActs::editDay(m_desk->db.connection(), overrideDir(),
                                                       {m_day, CalendarDayEdit::What::Undo, {}}, m_desk->admin, m_at));
        QCOMPARE(calendarEvents(), 0);
        QVERIFY(!QFile::exists(editsFile()));
    }

    /// An edits file that cannot be written (its folder cannot be made: a file stands in the way) is a failure, not a
    /// refusal, and the event is rolled back with it: the log never tells of an edit the calendar does not have.
    void anEditTheDiskCannotTake_leavesNoEvent()
    {
        const QString blocker = m_data->scratchPath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString dir = QDir(blocker).filePath(QStringLiteral("calendar"));
        try {
            CalendarActs::editDay(m_desk->db.connection(), dir,
                                  {m_day, CalendarDayEdit::What::DayOff, QStringLiteral("why")}, m_desk->admin, m_at);
            QFAIL("the edit reported success");
        } catch (const StorageError& e) {
            QVERIFY2(e.isFailure(), qPrintable(e.message));
            QVERIFY2(e.message.contains(QStringLiteral("not-a-folder")), qPrintable(e.message));
        }
        QCOMPARE(calendarEvents(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarActs)
#include "tst_calendaracts.moc"
