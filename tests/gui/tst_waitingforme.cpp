// «Waiting for me» (issue 15): a head and an executor see, in the status bar and with one key, the requests on which
// the next move is theirs — the head's resolution and signature, the executor's result on what was named to them.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "gui/MainWindow.h"
#include "gui/journal/JournalModel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace kense;

namespace {
template <typename T>
T* child(QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no %s", name);
    return c;
}

QStringList numbersShown(QTableView* view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, JournalModel::Number).data().toString();
    out.sort();
    return out;
}
} // namespace

class TestWaitingForMe : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

private Q_SLOTS:
    void theHeadAndEachExecutor_seeWhatWaitsForThem()
    {
        test::Desk desk;
        desk.setUp();
        const UserRecord dana =
            test::await(desk.store().addUser(u"dana"_qs, PersonalName{u"Әлиева"_qs, u"Дана"_qs, {}}, {Role::Executor},
                                             u"dana-pass-12"_qs, QDateTime(QDate(2026, 11, 2), QTime(9, 0))));
        QStringList n;
        for (int i = 0; i < 5; ++i)
            n << desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2 + i), QTime(10, 0)), false)
                     .request->number;
        const QDateTime t(QDate(2026, 11, 9), QTime(10, 0));
        desk.advance(n[0], Transition::AssignExecutor, desk.head, t, {}, desk.executor.id);
        desk.advance(n[1], Transition::AssignExecutor, desk.head, t, {}, desk.executor.id);
        desk.advance(n[2], Transition::AssignExecutor, desk.head, t, {}, dana.id);
        desk.advance(n[1], Transition::PrepareResult, desk.executor, t.addSecs(600));
        desk.advance(n[3], Transition::AssignExecutor, desk.head, t, {}, desk.executor.id);
        desk.advance(n[3], Transition::PrepareResult, desk.executor, t.addSecs(900));
        desk.advance(n[3], Transition::SignResult, desk.head, t.addSecs(1200));
        // Now: n0 in work (erlan), n1 prepared (the head signs), n2 in work (dana), n3 signed (the clerk issues),
        // n4 registered (the head resolves).
        const QDateTime now(QDate(2026, 11, 10), QTime(12, 0));
        const auto windowOf = [&](const UserRecord& user) {
            StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
            facts.account = user;
            return test::showMainWindow(desk, facts, Language::Kazakh, test::journalAt(desk, now));
        };

        auto head = windowOf(desk.head);
        auto* view = child<QTableView>(*head, "journalView");
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 30000);
        auto* waiting = child<QLabel>(*head, "statusWaitingLabel");
        QTRY_COMPARE_WITH_TIMEOUT(waiting->text(), u"Awaiting my action: 2"_qs, 30000);
        QVERIFY(child<QCheckBox>(*head, "waitingCheck")->isVisibleTo(head.get()));
        // One key shows them, and again shows everything.
        head->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(head.get()));
        QTest::keyClick(head.get(), Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(numbersShown(view), (QStringList{n[1], n[4]}), 30000);
        QVERIFY(child<QCheckBox>(*head, "waitingCheck")->isChecked());
        test::keepScreenshot(*head, u"journal-waiting-for-the-head"_qs);
        QTest::keyClick(head.get(), Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 30000);

        // A move made elsewhere is counted at the next refresh (F5): the head signs n1 — one waits.
        desk.advance(n[1], Transition::SignResult, desk.head, t.addSecs(1800));
        child<QAction>(*head, "refreshAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(waiting->text(), u"Awaiting my action: 1"_qs, 30000);
        head.reset();

        // Each executor: what was named to them and is still to prepare; not the colleague's.
        auto erlan = windowOf(desk.executor);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(*erlan, "statusWaitingLabel")->text(), u"Awaiting my action: 1"_qs,
                                  30000);
        child<QCheckBox>(*erlan, "waitingCheck")->setChecked(true);
        auto* erlansView = child<QTableView>(*erlan, "journalView");
        QTRY_COMPARE_WITH_TIMEOUT(numbersShown(erlansView), QStringList{n[0]}, 30000);
        erlan.reset();
        auto danas = windowOf(dana);
        child<QCheckBox>(*danas, "waitingCheck")->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(numbersShown(child<QTableView>(*danas, "journalView")), QStringList{n[2]}, 30000);
        danas.reset();

        // The clerk is waited for by the state filters: no box, no count, the key does nothing.
        auto clerk = windowOf(desk.clerk);
        QVERIFY(!child<QCheckBox>(*clerk, "waitingCheck")->isVisibleTo(clerk.get()));
        QVERIFY(!clerk->findChild<QLabel*>(u"statusWaitingLabel"_qs));
        QVERIFY(!child<QAction>(*clerk, "waitingAction")->isEnabled());
    }
};

QTEST_MAIN(TestWaitingForMe)
#include "tst_waitingforme.moc"
