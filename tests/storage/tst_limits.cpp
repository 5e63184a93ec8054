// What the store refuses by size, whichever door an act comes through: a note longer than the rule's limit is refused
// with the limit and its length, and the act it came with is not made.
#include "Drafts.h"
#include "EventLog.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "StorageError.h"
#include "TestDesk.h"
#include "workflow/EventKind.h"

#include <QTest>

using namespace kense;
using namespace kense::test;

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A 5 MiB note was stored (in the event and the outbox's copy); a note now has at most 4,000 characters.
    void aNoteOverItsLimit_isRefused_andTheMoveIsNotMade()
    {
        TestDesk desk;
        desk.setUp();
        const QDateTime t(QDate(2026, 12, 14), QTime(10, 0));
        const QString number = Intake(desk.db.connection(), desk.catalog, desk.calendar)
                                   .submit(duplicateDraft(), desk.clerk, t, false)
                                   .request->number;
        RequestRepository repo(desk.db.connection(), &desk.catalog);
        const QString tooLong(kMaxNoteLength + 1, QChar(0x0436)); // ж
        try {
            repo.advance(number, Transition::AssignExecutor, desk.head, t.addSecs(60), tooLong, desk.executor.id);
            QFAIL("a note over the limit was accepted");
        } catch (const StorageError& e) {
            QVERIFY2(e.message.contains(QStringLiteral("4000")) && e.message.contains(QStringLiteral("4001")),
                     qPrintable(e.message));
        }
        QCOMPARE(repo.load(number)->state, RequestState::Registered);
        QCOMPARE(repo.load(number)->events.size(), 1);

        const QString longest(kMaxNoteLength, QChar(0x0436));
        QCOMPARE(repo.advance(number, Transition::AssignExecutor, desk.head, t.addSecs(60), longest, desk.executor.id),
                 RequestState::InWork);
        QCOMPARE(repo.load(number)->events.last().note, longest);

        try {
            Intake(desk.db.connection(), desk.catalog, desk.calendar)
                .submit(duplicateDraft(), desk.clerk, t.addSecs(120), false, tooLong);
            QFAIL("an intake note over the limit was accepted");
        } catch (const StorageError& e) {
            QVERIFY2(e.message.contains(QStringLiteral("4000")), qPrintable(e.message));
        }
        QCOMPARE(EventLog::verify(desk.db.connection()).ok, true);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
