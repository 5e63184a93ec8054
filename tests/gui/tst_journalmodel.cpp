// The journal model over a real queue: pages arrive from the store's thread as the view asks for more, filters
// reset it, and QAbstractItemModelTester watches every change.
#include "Desk.h"
#include "QueueStore.h"
#include "QueueStoreAccess.h"
#include "gui/journal/JournalModel.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace kense;

// Pages come from another thread; on a busy machine (the suite runs tests side by side) allow them time.
constexpr int kWait = 30000;

class TestJournalModel : public QObject
{
    Q_OBJECT

    test::Desk m_desk;
    QList<QString> m_numbers;
    const QDateTime m_now{QDate(2027, 1, 11), QTime(12, 0)};
    static constexpr int kRefused = 125; ///< the 126th request, refused at intake

private Q_SLOTS:
    void initTestCase()
    {
        m_desk.setUp();
        for (int i = 0; i < 250; ++i) {
            RequestDraft d = test::duplicateDraft();
            if (i % 50 == 0)
                d.fields[QStringLiteral("applicant.surname")] = QStringLiteral("Бекқожа");
            // 1 Dec 2026 onwards, one every 2 hours of the office day
            const QDateTime at = QDateTime(QDate(2026, 12, 1).addDays(i / 4), QTime(9 + 2 * (i % 4), 0));
            const bool refused = i == kRefused; // an incomplete package: refused at intake, with no term
            if (refused)
                d.documents.remove(QStringLiteral("identity_document"));
            const IntakeOutcome o = m_desk.submit(d, m_desk.clerk, at, refused);
            QVERIFY(o.request && o.registered() == !refused);
            m_numbers << o.request->number;
        }
        m_desk.close(); // each test opens a store of its own over the desk's database
    }

    void pages_loadOnDemand_newestFirst()
    {
        QueueStore store(m_desk.catalog, m_desk.calendar);
        QVERIFY(store.open(m_desk.path(), Database::Mode::ExistingOnly).result() > 0);
        const DeadlineCalculator calc(m_desk.calendar, OfficeHours{});
        JournalModel model(
            store, m_desk.catalog, Language::Kazakh, [this] { return m_now; },
            [&calc](const QDateTime& t) { return dueSoonUntil(calc, t); });
        QSignalSpy pages(&model, &JournalModel::pageLoaded);

        // The page is asked of the store's thread; it may come back before setFilter returns (a continuation on an
        // already finished future runs at once) or later — the model only ever reacts, it never waits.
        model.setFilter(JournalFilter{});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), JournalModel::kPageSize, kWait);
        // The whole count comes with the first page, though only one page is in.
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), 250, kWait);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), JournalModel::kPageSize); // no more until the view asks
        QCOMPARE(model.data(model.index(0, JournalModel::Number)).toString(), m_numbers.last());
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex()); // asked twice while loading: one page comes
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * JournalModel::kPageSize, kWait);
        model.fetchMore(QModelIndex());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!model.canFetchMore(QModelIndex()), kWait);
        QCOMPARE(model.data(model.index(249, JournalModel::Number)).toString(), m_numbers.first());
        QCOMPARE(pages.size(), 3);
        for (int r = 1; r < model.rowCount(); ++r) // no row twice, newest first
            QVERIFY(model.rowAt(r)->id < model.rowAt(r - 1)->id);

        // Columns in Kazakh data, SLA said in words (and coloured).
        QCOMPARE(model.data(model.index(0, JournalModel::Service)).toString(),
                 QStringLiteral("Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру"));
        QCOMPARE(model.data(model.index(0, JournalModel::Applicant)).toString(), QStringLiteral("ӘЛИЯ Қасымқызы"));
        // 11 Jan 2027 noon: requests of 1–2 Dec are due 2027-01-04/05 (overdue), those of 10 Dec due today (soon).
        QCOMPARE(model.slaAt(249), SlaState::Overdue);
        QVERIFY(!model.data(model.index(249, JournalModel::Sla)).toString().isEmpty());
        QVERIFY(model.data(model.index(249, JournalModel::Sla), Qt::ForegroundRole).isValid());
        QCOMPARE(model.slaAt(0), SlaState::OnTime);
        QVERIFY(!model.data(model.index(0, JournalModel::Sla), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(0, JournalModel::DueAt)).toString().isEmpty());
        // A refusal at intake owes nothing by a date: no deadline and no SLA state shown.
        const int refused = 249 - kRefused;
        QCOMPARE(model.data(model.index(refused, JournalModel::Number)).toString(), m_numbers.at(kRefused));
        QCOMPARE(model.slaAt(refused), SlaState::Closed);
        QCOMPARE(model.data(model.index(refused, JournalModel::DueAt)).toString(), QString());
        QCOMPARE(model.data(model.index(refused, JournalModel::Sla)).toString(), QString());
    }

    void filtersReset_underTheModelTester()
    {
        QueueStore store(m_desk.catalog, m_desk.calendar);
        QVERIFY(store.open(m_desk.path(), Database::Mode::ExistingOnly).result() > 0);
        const DeadlineCalculator calc(m_desk.calendar, OfficeHours{});
        JournalModel model(
            store, m_desk.catalog, Language::Kazakh, [this] { return m_now; },
            [&calc](const QDateTime& t) { return dueSoonUntil(calc, t); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(JournalFilter{});
        for (int i = 0; i < 10 && model.rowCount() < 250; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
            model.fetchMore(QModelIndex());
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, kWait);
        JournalFilter byName;
        byName.text = QStringLiteral("бекқож");
        model.setFilter(byName);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, kWait);
        JournalFilter overdue;
        overdue.sla = SlaState::Overdue;
        model.setFilter(overdue);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.slaAt(r), SlaState::Overdue);
    }

    void modelDestroyedWhileLoading_isSafe()
    {
        QueueStore store(m_desk.catalog, m_desk.calendar);
        QVERIFY(store.open(m_desk.path(), Database::Mode::ExistingOnly).result() > 0);
        const DeadlineCalculator calc(m_desk.calendar, OfficeHours{});
        auto makeModel = [&] {
            return std::make_unique<JournalModel>(
                store, m_desk.catalog, Language::Kazakh, [this] { return m_now; },
                [&calc](const QDateTime& t) { return dueSoonUntil(calc, t); });
        };
        using PageWatcher = QFutureWatcher<QList<JournalRow>>;
        for (int i = 0; i < 20; ++i) {
            // Even rounds: the page is read and its result waits in the event queue when the model dies. Odd
            // rounds: the store's thread is held, so the page has not even been read yet.
            const bool pageRead = i % 2 == 0;
            auto gate = std::make_shared<QSemaphore>();
            auto release = qScopeGuard([gate] { gate->release(); }); // a failed check must not hang the store
            if (!pageRead)
                QueueStoreAccess::run<int>(store, [gate](QueueSession&) {
                    gate->acquire();
                    return 0;
                });
            auto model = makeModel();
            model->setFilter(JournalFilter{}); // a page is on its way…
            QVERIFY(model->isLoading());
            // What carries the page (and the count) back to the model is the model's own: watchers among its
            // children.
            const QList<QFutureWatcherBase*> watchers = model->findChildren<QFutureWatcherBase*>();
            QCOMPARE(watchers.size(), 2);
            PageWatcher* page = nullptr;
            for (QFutureWatcherBase* w : watchers) {
                if (auto* p = dynamic_cast<PageWatcher*>(w))
                    page = p;
            }
            QVERIFY(page);
            const QPointer<QFutureWatcherBase> delivery(page);
            const QPointer<QFutureWatcherBase> count(watchers.first() == page ? watchers.last() : watchers.first());
            if (pageRead) { // the store runs jobs in order: once this one is done, the page is read
                QueueStoreAccess::run<int>(store, [](QueueSession&) { return 0; }).waitForFinished();
                QVERIFY(page->future().isFinished());
                QCOMPARE(page->future().resultCount(), 1);
            } else {
                QVERIFY(!page->future().isFinished());
            }
            QCOMPARE(model->rowCount(), 0); // not delivered yet…
            model.reset();                  // …when the window closes,
            QVERIFY(delivery.isNull());     // and its delivery dies with it: no result can reach the dead model.
            QVERIFY(count.isNull());
        }
        // Let every page be read and every queued event run, with no model left to take them: nothing crashes and
        // the store is not stuck.
        QueueStoreAccess::run<int>(store, [](QueueSession&) { return 0; }).waitForFinished();
        QCoreApplication::sendPostedEvents();
        QTest::qWait(50);

        // The same store still answers, directly and to a new model.
        const QList<JournalRow> rows = store.journalPage(JournalFilter{}, JournalModel::kPageSize).result();
        QCOMPARE(rows.size(), JournalModel::kPageSize);
        QCOMPARE(rows.first().number, m_numbers.last());
        auto fresh = makeModel();
        QSignalSpy pages(fresh.get(), &JournalModel::pageLoaded);
        QSignalSpy failures(fresh.get(), &JournalModel::loadFailed);
        fresh->setFilter(JournalFilter{});
        QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, kWait);
        QCOMPARE(pages.first().first().toInt(), JournalModel::kPageSize);
        QCOMPARE(fresh->rowCount(), JournalModel::kPageSize);
        QCOMPARE(fresh->data(fresh->index(0, JournalModel::Number)).toString(), m_numbers.last());
        QCOMPARE(failures.size(), 0);
    }

    void staleFilterPages_areDropped()
    {
        QueueStore store(m_desk.catalog, m_desk.calendar);
        store.open(m_desk.path(), Database::Mode::ExistingOnly).waitForFinished();
        const DeadlineCalculator calc(m_desk.calendar, OfficeHours{});
        JournalModel model(
            store, m_desk.catalog, Language::Russian, [this] { return m_now; },
            [&calc](const QDateTime& t) { return dueSoonUntil(calc, t); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(JournalFilter{}); // its page is dropped when it arrives…
        JournalFilter one;
        one.text = m_numbers[7];
        model.setFilter(one); // …because this one replaced it
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kWait);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, JournalModel::Number)).toString(), m_numbers[7]);
    }
};

QTEST_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
