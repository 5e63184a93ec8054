// No two things a window shows share an underlined letter, in Kazakh, Russian and English (issue 15, item 7):
// Alt+letter would only move between them and never press the button or reach the field. The main window and the
// card are checked in tst_latinmnemonics, the intake's pages in tst_intakelayout; here every other window, each
// tab of it, as its user meets it — and each fits the smaller of the desks' screens.
#include "DataDir.h"
#include "Desk.h"
#include "DeskWindow.h"
#include "Drafts.h"
#include "Mnemonics.h"
#include "gui/admin/AdministrationDialog.h"
#include "gui/admin/UserDialog.h"
#include "gui/dialogs/SetupDialog.h"
#include "gui/dialogs/SignInDialog.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "gui/printing/PrintSettingsDialog.h"
#include "gui/printing/ReportDialog.h"
#include "gui/queue/WaitingListDialog.h"
#include "gui/registers/CourierRegistersDialog.h"
#include "gui/sync/CentralSettingsDialog.h"
#include "gui/sync/ConflictsDialog.h"
#include "gui/sync/SyncController.h"

#include <QAction>
#include <QDir>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kense;

namespace {
/// The clashes in `window` as it is shown, tab by tab where it has tabs.
QStringList clashesIn(QWidget& window, const QString& name)
{
    window.show();
    QTest::qWait(20);
    QStringList found;
    // It fits, title bar and all, the smaller of the desks' screens: 1280×720 less a taskbar (the test's screen,
    // screen-1280x680.json).
    const QRect room = window.screen()->availableGeometry();
    if (window.frameGeometry().width() > room.width() || window.frameGeometry().height() > room.height())
        found << QStringLiteral("%1 %2: %3×%4 with its frame is past the screen's %5×%6")
                     .arg(InterfaceLanguage::current(), name)
                     .arg(window.frameGeometry().width())
                     .arg(window.frameGeometry().height())
                     .arg(room.width())
                     .arg(room.height());
    auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < (tabs ? tabs->count() : 1); ++i) {
        if (tabs)
            tabs->setCurrentIndex(i);
        const QString where = tabs ? QStringLiteral("%1, tab %2").arg(name, tabs->tabText(i)) : name;
        found << test::clashes(QStringLiteral("%1 %2").arg(InterfaceLanguage::current(), where),
                               test::lettersShown(&window, &window));
    }
    window.hide();
    return found;
}

QDateTime now()
{
    return QDateTime(QDate(2026, 12, 7), QTime(10, 0));
}
} // namespace

class TestMnemonicClashes : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        InterfaceLanguage::setTranslationsDirectory(
            QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(QStringLiteral("app")));
    }

    void everyWindow_inEveryLanguage()
    {
        test::Desk desk;
        desk.setUp();
        desk.submit(test::duplicateDraft(), desk.clerk, now().addDays(-3), false);
        test::Desk tson;
        tson.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        QStringList found;
        for (const char* code : {"en", "kk", "ru"}) {
            QVERIFY(InterfaceLanguage::apply(QString::fromLatin1(code)));
            {
                SignInDialog d(QStringLiteral("KZOEDU01-1"));
                found << clashesIn(d, QStringLiteral("sign-in"));
            }
            {
                SetupDialog d({});
                found << clashesIn(d, QStringLiteral("set-up"));
            }
            {
                AdministrationDialog d(desk.store(), desk.catalog, desk.admin, Channel::Provider, now,
                                       Language::Kazakh);
                found << clashesIn(d, QStringLiteral("administration"));
            }
            {
                AdministrationDialog d(tson.store(), tson.catalog, tson.admin, Channel::Tson, now, Language::Kazakh);
                found << clashesIn(d, QStringLiteral("ЦОН's administration"));
            }
            {
                UserDialog d(QStringLiteral("saule"), PersonalName{}, {Role::Clerk}, Channel::Provider);
                found << clashesIn(d, QStringLiteral("account"));
            }
            {
                CourierRegistersDialog d(tson.store(), tson.catalog, tson.op, now);
                found << clashesIn(d, QStringLiteral("courier registers"));
            }
            {
                ReportDialog d(desk.store(), now, [](const QDateTime& t) { return t.addDays(1); });
                found << clashesIn(d, QStringLiteral("reports"));
            }
            {
                PrintSettingsDialog d(nullptr, {QStringLiteral("Canon LBP")});
                found << clashesIn(d, QStringLiteral("print settings"));
            }
            {
                WaitingListDialog d(desk.store(), desk.catalog);
                found << clashesIn(d, QStringLiteral("waiting lists"));
            }
            {
                // The print preview of the request's receipt, as Ctrl+P opens it from the journal.
                MainWindow w({desk.path(), 13, {}, {}, {}, {}}, desk.catalog, Language::Kazakh,
                             test::journalAt(desk, now()));
                w.show();
                auto* view = w.findChild<QTableView*>(QStringLiteral("journalView"));
                QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 30000);
                view->setCurrentIndex(view->model()->index(0, 0));
                w.findChild<QAction*>(QStringLiteral("printAction"))->trigger();
                DocumentPreviewDialog* preview = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT((preview = w.findChild<DocumentPreviewDialog*>()) != nullptr, 30000);
                found << clashesIn(*preview, QStringLiteral("print preview"));
            }
            {
                SyncController sync(desk.store());
                CentralSettingsDialog settings(sync);
                found << clashesIn(settings, QStringLiteral("central settings"));
                ConflictsDialog conflicts(desk.store(), sync, now);
                found << clashesIn(conflicts, QStringLiteral("conflicts"));
            }
        }
        QVERIFY(InterfaceLanguage::apply(QStringLiteral("en")));
        found.removeDuplicates();
        for (const QString& clash : std::as_const(found))
            qWarning("%s", qPrintable(clash)); // all of them: a failure's message is cut short
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonicClashes)
#include "tst_mnemonicclashes.moc"
