#include "Backup.h"
#include "DataDir.h"
#include "DeskKey.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "catalog/ServiceCatalog.h"
#include "common/SecretKey.h"
#include "gui/MainWindow.h"
#include "gui/common/ElidedLabel.h"
#include "gui/journal/JournalModel.h"
#include "gui/requests/RequestCardDialog.h"
#include "sync/HistorySeal.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace kense;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journal_filtersByStateServiceChannelPeriodExecutorAndMine()
    {
        test::Desk desk;
        desk.setUp();
        QStringList numbers; // registered in the order of time, as a desk records them
        for (int i = 0; i < 6; ++i)
            numbers << desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2 + i), QTime(10, 0)),
                                   false)
                           .request->number;
        for (int i = 0; i < 2; ++i)
            desk.advance(numbers.at(i), Transition::AssignExecutor, desk.head,
                         QDateTime(QDate(2026, 11, 9), QTime(10, 0)), {}, desk.executor.id);
        const QDateTime now(QDate(2026, 11, 10), QTime(12, 0));
        StartupFacts facts{desk.path(), 3, {}, {}, {}, {}};
        facts.account = desk.executor;
        MainWindow w(facts, desk.catalog, Language::Kazakh, test::journalAt(desk, now));
        w.show();
        auto* view = w.findChild<QTableView*>(QStringLiteral("journalView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 30000);

        // How many the filter finds, beside the filters (the rows come a page at a time).
        auto* count = w.findChild<QLabel*>(QStringLiteral("journalCountLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("Requests: 6"), 30000);

        auto* state = w.findChild<QComboBox*>(QStringLiteral("stateFilterCombo"));
        state->setCurrentIndex(state->findData(QStringLiteral("in_work")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("Requests: 2"), 30000);
        state->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 30000);

        w.findChild<QCheckBox*>(QStringLiteral("mineCheck"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
        w.findChild<QCheckBox*>(QStringLiteral("mineCheck"))->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 30000);

        auto* from = w.findChild<QDateEdit*>(QStringLiteral("fromFilterEdit"));
        auto* to = w.findChild<QDateEdit*>(QStringLiteral("toFilterEdit"));
        from->setDate(QDate(2026, 11, 3));
        to->setDate(QDate(2026, 11, 4));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
        from->setDate(from->minimumDate());
        to->setDate(to->minimumDate());
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 30000);

        auto* service = w.findChild<QComboBox*>(QStringLiteral("serviceFilterCombo"));
        service->setCurrentIndex(service->findData(QStringLiteral("externat-permit-vko")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 30000);
        service->setCurrentIndex(service->findData(QStringLiteral("duplicate-secondary-edu-vko")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 30000);

        auto* channel = w.findChild<QComboBox*>(QStringLiteral("channelFilterCombo"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("tson")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 30000);
        channel->setCurrentIndex(0);

        auto* executor = w.findChild<QComboBox*>(QStringLiteral("executorFilterCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(executor->count(), 2, 30000);
        executor->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
    }

    /// From the search, Down goes to the journal's first row, and Tab reaches the journal through the filters: it
    /// stopped in «Accepted from», whose day, month and year took every Tab.
    void fromTheSearch_theKeyboardReachesTheJournal()
    {
        test::Desk desk;
        desk.setUp();
        for (int i = 0; i < 2; ++i)
            desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2 + i), QTime(10, 0)), false);
        StartupFacts facts{desk.path(), 3, {}, {}, {}, {}};
        facts.account = desk.clerk;
        MainWindow w(facts, desk.catalog, Language::Kazakh,
                     test::journalAt(desk, QDateTime(QDate(2026, 11, 10), QTime(12, 0))));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* view = w.findChild<QTableView*>(QStringLiteral("journalView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 30000);
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex().row(), 0);

        search->setFocus();
        QStringList path;
        for (int i = 0; i < 15 && QApplication::focusWidget() != view; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            path << QApplication::focusWidget()->objectName();
        }
        QVERIFY2(QApplication::focusWidget() == view, qPrintable(path.join(u" → ")));
        QCOMPARE(path.count(QStringLiteral("fromFilterEdit")), 1); // one Tab in, one Tab out
        // And back: Shift+Tab leaves a date too.
        w.findChild<QDateEdit*>(QStringLiteral("toFilterEdit"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fromFilterEdit"));
    }

    void statusBar_shortensTheDatabasePath_neverCutsIt()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        StartupFacts facts;
        facts.databasePath = QStringLiteral("/home/clerk/Құжаттар/Кеңсе мұрағаты/2026 жыл/мектеп №12/kense.sqlite");
        facts.office = QStringLiteral("«Қызылорда қаласының №12 мектеп-гимназиясы» КММ (KZOEDU01) — жұмыс орны 1");
        facts.user = QStringLiteral("Оспанова Сәуле Маратқызы · Кеңсе қызметкері");
        MainWindow w(facts, catalog, Language::Kazakh);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStatusBar* bar = w.statusBar();
        auto* database = w.findChild<ElidedLabel*>(QStringLiteral("statusDatabaseLabel"));
        QVERIFY(database);
        QTRY_VERIFY(database->width() < database->sizeHint().width()); // short of room here
        // Whole at both ends: it says what it is and which file, and loses the middle of the path.
        const QString shown = database->shownText();
        QVERIFY2(shown.contains(QChar(0x2026)) && shown.endsWith(QStringLiteral("kense.sqlite")), qPrintable(shown));
        QVERIFY2(shown.startsWith(database->text().left(3)), qPrintable(shown));
        QCOMPARE(database->toolTip(), facts.databasePath);
        // The desk and the user read whole, and nothing goes past the window's right edge.
        for (const char* name : {"statusDeskLabel", "statusUserLabel"}) {
            auto* label = w.findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(label->width() >= label->sizeHint().width(), name);
        }
        for (QWidget* child : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                QVERIFY2(child->geometry().right() <= bar->width(), qPrintable(child->objectName()));
        }
        test::keepScreenshot(w, QStringLiteral("main-window-status-bar"));
    }

    void showsTheDatabaseItOpened_andTheServicesForIntake()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const StartupFacts facts{QStringLiteral("/home/clerk/.local/share/kense/kense.sqlite"), 1, {}, {}, {}, {}};
        MainWindow w(facts, catalog, Language::Kazakh);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The window itself shows the clerk's work, not the program's facts: those are in Help → About.
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("databaseLabel")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("schemaLabel")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("statusDatabaseLabel"))->text().contains(facts.databasePath));
        w.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        auto* about = w.findChild<QDialog*>(QStringLiteral("AboutDialog"));
        QVERIFY(about && about->isVisible());
        QCOMPARE(about->findChild<QLabel*>(QStringLiteral("databaseLabel"))->text(), facts.databasePath);
        QCOMPARE(about->findChild<QLabel*>(QStringLiteral("schemaLabel"))->text(), QStringLiteral("1"));
        QCOMPARE(about->findChild<QLabel*>(QStringLiteral("versionLabel"))->text(), QStringLiteral(KENSE_VERSION));
        QCOMPARE(about->findChild<QLabel*>(QStringLiteral("servicesLabel"))->text(),
                 QStringLiteral("15")); // not the excluded
        test::keepScreenshot(w, QStringLiteral("main-window-without-facts"));
        test::keepScreenshot(*about, QStringLiteral("help-about"));
        about->reject();
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("problemsLabel"))->isVisible());
    }

    void journal_searchAndScanner()
    {
        test::Desk desk;
        desk.setUp();
        QStringList numbers;
        for (int i = 0; i < 30; ++i) {
            RequestDraft d = test::duplicateDraft();
            if (i == 7)
                d.fields[QStringLiteral("applicant.surname")] = QStringLiteral("Бекқожа");
            // 1 to 20 December, in the order of time, as a desk records them
            numbers << desk.submit(d, desk.clerk, QDateTime(QDate(2026, 12, 1 + i * 2 / 3), QTime(10 + i % 3, 0)),
                                   false)
                           .request->number;
        }
        QueueStore& store = desk.store();
        const DeadlineCalculator calc(desk.calendar, OfficeHours{});
        const QDateTime now(QDate(2026, 12, 24), QTime(12, 0));
        MainWindow w({desk.path(), 2, {}, {}, {}, {}}, desk.catalog, Language::Kazakh,
                     JournalContext{&store, [now] { return now; },
                                    [&calc](const QDateTime& t) {
                                        return dueSoonUntil(calc, t);
                                    }});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* view = w.findChild<QTableView*>(QStringLiteral("journalView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 30, 30000);

        // The search box filters once typing pauses (Cyrillic typed key by key).
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setFocus();
        for (QChar c : QStringLiteral("бекқож"))
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 30000);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 30, 30000);

        // The scanner: a whole number and Enter, typed fast into whatever has the focus (here: the table).
        QSignalSpy scanned(&w, &MainWindow::requestScanned);
        view->setFocus();
        QTest::keyClicks(view, numbers[12]);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), numbers[12]);
        QTRY_COMPARE_WITH_TIMEOUT(search->text(), numbers[12], 30000);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 30000);
        // With the Russian layout on, the same keys type Cyrillic letters: still the number.
        view->setFocus();
        const QString latin = QStringLiteral("qwertyuiopasdfghjklzxcvbnm");
        const QString russian = QStringLiteral("йцукенгшщзфывапролдячсмить");
        for (QChar c : numbers[5]) {
            const qsizetype i = latin.indexOf(c.toLower());
            const QString key = i < 0 ? QString(c) : QString(russian.at(i).toUpper());
            QTest::sendKeyEvent(QTest::Click, view, Qt::Key_unknown, key, Qt::NoModifier);
        }
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned.last().first().toString(), numbers[5]);
        QTRY_COMPARE_WITH_TIMEOUT(search->text(), numbers[5], 30000);
        // Typed slowly, it is a person: nothing is scanned.
        view->setFocus();
        for (QChar c : numbers[3]) {
            QTest::keyClick(view, c.toLatin1());
            QTest::qWait(120);
        }
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(scanned.size(), 2);

        // The deadline filter: on 24 Dec noon nothing of 1–20 Dec is overdue yet (30 calendar days).
        auto* sla = w.findChild<QComboBox*>(QStringLiteral("slaFilterCombo"));
        search->clear();
        sla->setCurrentIndex(sla->findData(static_cast<int>(SlaState::Overdue)));
        QTRY_VERIFY_WITH_TIMEOUT(!w.journalModel()->isLoading(), 30000);
        QCOMPARE(view->model()->rowCount(), 0);
        sla->setCurrentIndex(sla->findData(static_cast<int>(SlaState::OnTime)));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 30, 30000);
    }

    /// A scan opens the scanned request wherever the focus is, and lands nowhere else. In an open card's note it
    /// used to make the card's move on the card's own request with the scanned number as its note; on the «Менікі»
    /// checkbox (whose keys go on to its parent) and on a card with nothing focused it was lost.
    void scan_opensTheScannedRequestAndActsOnNoOther()
    {
        test::Desk desk;
        desk.setUp();
        QStringList numbers;
        for (int i = 0; i < 3; ++i)
            numbers << desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2 + i), QTime(10, 0)),
                                   false)
                           .request->number;
        StartupFacts facts{desk.path(), 3, {}, {}, {}, {}};
        facts.account = desk.head;
        MainWindow w(facts, desk.catalog, Language::Kazakh,
                     test::journalAt(desk, QDateTime(QDate(2026, 11, 10), QTime(12, 0))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto cardOf = [&w](const QString& number) -> RequestCardDialog* {
            for (auto* c : w.findChildren<RequestCardDialog*>()) {
                if (c->windowTitle().endsWith(number))
                    return c;
            }
            return nullptr;
        };
        auto scan = [](QWidget* into, const QString& number) {
            QTest::keyClicks(into, number);
            QTest::keyClick(into, Qt::Key_Return);
        };

        auto* mine = w.findChild<QCheckBox*>(QStringLiteral("mineCheck"));
        mine->setFocus();
        scan(mine, numbers[0]);
        QTRY_VERIFY_WITH_TIMEOUT(cardOf(numbers[0]), 30000);
        QVERIFY(!mine->isChecked());
        RequestCardDialog* first = cardOf(numbers[0]);
        QTRY_COMPARE_WITH_TIMEOUT(first->offered(), QList<Transition>{Transition::AssignExecutor}, 30000);

        // Into the card's note, where Enter runs the one move the card shows.
        QSignalSpy moved(first, &RequestCardDialog::moved);
        auto* note = first->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        note->setText(QStringLiteral("қол қойылсын"));
        note->setFocus();
        scan(note, numbers[1]);
        QTRY_VERIFY_WITH_TIMEOUT(cardOf(numbers[1]), 30000);
        QCOMPARE(note->text(), QStringLiteral("қол қойылсын"));
        QTest::qWait(300);
        QCOMPARE(moved.size(), 0);
        QCOMPARE(test::await(desk.store().load(numbers[0]))->state, RequestState::Registered);

        // Onto a card with nothing focused.
        RequestCardDialog* second = cardOf(numbers[1]);
        scan(second, numbers[2]);
        QTRY_VERIFY_WITH_TIMEOUT(cardOf(numbers[2]), 30000);

        // Typed fast but not a number: the keys reach the field in their order.
        note->clear();
        QTest::keyClicks(note, QStringLiteral("KZ-12 ab"));
        QTRY_COMPARE_WITH_TIMEOUT(note->text(), QStringLiteral("KZ-12 ab"), 5000);
        QTest::keyClicks(note, QStringLiteral("KZOEDU01-1"));
        QTRY_COMPARE_WITH_TIMEOUT(note->text(), QStringLiteral("KZ-12 abKZOEDU01-1"), 5000);

        // A number this desk does not have: said in the status bar, and no card opens.
        const QString unknown = QStringLiteral("KZOEDU01-1-2026-999999");
        const qsizetype cards = w.findChildren<RequestCardDialog*>().size();
        QSignalSpy scanned(&w, &MainWindow::requestScanned);
        scan(w.findChild<QTableView*>(QStringLiteral("journalView")), unknown);
        QCOMPARE(scanned.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(unknown), 30000);
        QCOMPARE(w.findChildren<RequestCardDialog*>().size(), cards);
        test::keepScreenshot(w, QStringLiteral("main-scan-unknown-number"));
    }

    void layout_isRememberedPerUser()
    {
        const test::DataDir data;
        test::Desk desk;
        desk.setUp();
        QueueStore& store = desk.store();
        const DeadlineCalculator calc(desk.calendar, OfficeHours{});
        const JournalContext journal{&store, [] { return QDateTime(QDate(2026, 12, 1), QTime(10, 0)); },
                                     [&calc](const QDateTime& t) {
                                         return dueSoonUntil(calc, t);
                                     }};
        auto facts = [&](const char* login) {
            return StartupFacts{desk.path(), 2, {}, {}, {}, QString::fromLatin1(login)};
        };
        {
            MainWindow w(facts("saule"), desk.catalog, Language::Kazakh, journal);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1111, 666);
            w.findChild<QTableView*>(QStringLiteral("journalView"))->setColumnWidth(0, 231);
            w.close();
        }
        {
            MainWindow again(facts("saule"), desk.catalog, Language::Kazakh, journal);
            QCOMPARE(again.size(), QSize(1111, 666));
            QCOMPARE(again.findChild<QTableView*>(QStringLiteral("journalView"))->columnWidth(0), 231);
        }
        {
            MainWindow other(facts("erlan"), desk.catalog, Language::Kazakh, journal);
            QVERIFY(other.size() != QSize(1111, 666));
            QVERIFY(other.findChild<QTableView*>(QStringLiteral("journalView"))->columnWidth(0) != 231);
        }
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("settings.ini"))));
    }

    /// A desk restored from a backup is on hold until a sync has caught up: the status bar says so first, and
    /// "New application" says why instead of opening a form that could not be registered.
    void aRestoredDesk_saysItIsOnHold_andOpensNoForm()
    {
        test::Desk desk;
        desk.setUp();
        desk.close();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
            Backup::backUp(db.connection(), copy);
        }
        Backup::restore(copy, desk.path());
        desk.reopen();
        StartupFacts facts{desk.path(), 4, {}, {}, {}, {}};
        facts.account = desk.clerk;
        const QDateTime now(QDate(2026, 12, 4), QTime(10, 0));
        MainWindow w(facts, desk.catalog, Language::Russian, test::journalAt(desk, now));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* sync = w.findChild<QLabel*>(QStringLiteral("statusSyncLabel"));
        QVERIFY(sync);
        QTRY_VERIFY_WITH_TIMEOUT(sync->text().startsWith(QStringLiteral("On hold after a restore")), 10000);
        auto* newApplication = w.findChild<QAction*>(QStringLiteral("newApplicationAction"));
        QVERIFY(newApplication && newApplication->isEnabled());
        test::ScriptedPrompts prompts;
        newApplication->trigger();
        QVERIFY2(prompts.last(test::ScriptedPrompts::Kind::Warning).contains(QStringLiteral("restored from a backup")),
                 qPrintable(prompts.last(test::ScriptedPrompts::Kind::Warning)));
        QVERIFY(!w.findChild<QWizard*>());
        if (qEnvironmentVariableIsSet("KENSE_KEEP_SCREENSHOT"))
            w.grab().save(qEnvironmentVariable("KENSE_KEEP_SCREENSHOT"));
    }

    /// A desk whose records are sealed with a desk key this program could not read: the status bar says first that
    /// nothing can be saved, and "New application" says why instead of opening a form that could not be registered.
    void aDeskWithoutItsKey_saysSo_andOpensNoForm()
    {
        test::Desk desk;
        desk.setUp();
        desk.close();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
            sync::HistorySeal::adopt(db.connection(), SecretKey::make(), QDateTime::currentDateTime());
        }
        DeskKey::use({}, QStringLiteral("the keychain is locked"));
        desk.reopen();
        StartupFacts facts{desk.path(), 4, {}, {}, {}, {}};
        facts.account = desk.clerk;
        MainWindow w(facts, desk.catalog, Language::Russian,
                     test::journalAt(desk, QDateTime(QDate(2026, 12, 4), QTime(10, 0))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* sync = w.findChild<QLabel*>(QStringLiteral("statusSyncLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(sync->text().startsWith(QStringLiteral("The desk key is missing")), 10000);
        QVERIFY2(sync->toolTip().contains(QStringLiteral("the keychain is locked")), qPrintable(sync->toolTip()));
        test::ScriptedPrompts prompts;
        w.findChild<QAction*>(QStringLiteral("newApplicationAction"))->trigger();
        QVERIFY2(prompts.last(test::ScriptedPrompts::Kind::Warning).contains(QStringLiteral("desk key")),
                 qPrintable(prompts.last(test::ScriptedPrompts::Kind::Warning)));
        QVERIFY(!w.findChild<QWizard*>());
        if (qEnvironmentVariableIsSet("KENSE_KEEP_KEY_SCREENSHOT"))
            w.grab().save(qEnvironmentVariable("KENSE_KEEP_KEY_SCREENSHOT"));
        DeskKey::use({});
    }

    /// The database deleted under the running window: the first write fails, and from then on the window offers no
    /// act and says why, once, whole. Before, every act was offered and failed one by one.
    void aDatabaseDeletedUnderTheWindow_takesNoMoreWork()
    {
        test::Desk desk;
        desk.setUp();
        StartupFacts facts{desk.path(), 4, {}, {}, {}, {}};
        facts.account = desk.clerk;
        MainWindow w(facts, desk.catalog, Language::Russian,
                     test::journalAt(desk, QDateTime(QDate(2026, 12, 4), QTime(10, 0))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* newApplication = w.findChild<QAction*>(QStringLiteral("newApplicationAction"));
        QVERIFY(newApplication->isEnabled());
        test::ScriptedPrompts prompts;
        QVERIFY(QFile::remove(desk.path()));
        const auto lost = [&] {
            try {
                desk.store()
                    .submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 12, 4), QTime(10, 5)), false)
                    .waitForFinished();
            } catch (const StorageError& e) {
                return e.isLost() ? e.message : QString();
            }
            return QString();
        };
        const QString first = lost();
        QVERIFY2(first.contains(QStringLiteral("deleted, moved or replaced")), qPrintable(first));
        QTRY_VERIFY(!newApplication->isEnabled());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("databaseLostLabel")));
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Warning), 1);
        QVERIFY(prompts.last(test::ScriptedPrompts::Kind::Warning).contains(first));
        // Every later act fails at once with the same reason, and the clerk is not told again.
        QCOMPARE(lost(), first);
        QTest::qWait(50);
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Warning), 1);
        if (qEnvironmentVariableIsSet("KENSE_KEEP_SCREENSHOT"))
            w.grab().save(qEnvironmentVariable("KENSE_KEEP_SCREENSHOT"));
    }

    void refusedDataFiles_areShown()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        const StartupFacts facts{
            QStringLiteral("/tmp/x.sqlite"), 1, {QStringLiteral("tve-admission.json: not valid JSON")}, {}, {}, {}};
        MainWindow w(facts, catalog, Language::Russian);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* problems = w.findChild<QLabel*>(QStringLiteral("problemsLabel"));
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("tve-admission.json")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
