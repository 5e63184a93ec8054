// The main window's toolbar (issue 15, item 3): the acts of the day as buttons with icons, only those this user at
// this desk may do, each the menu's own action, and tooltips that name the shortcut in the interface's language.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "gui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace kense;

namespace {
/// The toolbar's buttons by their actions' objectNames, in their order (separators left out).
QStringList buttons(QToolBar* bar)
{
    QStringList names;
    for (QAction* a : bar->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    return names;
}

QToolBar* toolBarOf(MainWindow& w)
{
    auto* bar = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    if (!bar)
        qFatal("the main window has no toolbar");
    return bar;
}

QAction* action(MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}
} // namespace

class TestToolBar : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

private Q_SLOTS:
    void theClerk_hasTheDaysActs_withIconsAndShortcuts()
    {
        test::Desk desk;
        desk.setUp();
        StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
        facts.account = desk.clerk;
        const auto w = test::showMainWindow(desk, facts, Language::Kazakh,
                                            test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
        w->resize(1280, 720); // the smaller of the screens the desks have
        QToolBar* bar = toolBarOf(*w);
        QVERIFY(bar->isVisible());
        // The provider's канцелярия takes applications, receives the ЦОН's courier registers and keeps the waiting
        // lists; no «waiting for me» (what a clerk does next is never a head's or an executor's move).
        QCOMPARE(buttons(bar),
                 (QStringList{u"newApplicationAction"_qs, u"printAction"_qs, u"refreshAction"_qs, u"registersAction"_qs,
                              u"waitingListAction"_qs, u"reportsAction"_qs, u"syncNowAction"_qs, u"signOutAction"_qs}));
        for (QAction* a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!a->icon().pixmap(24).isNull(), qPrintable(a->objectName())); // the theme's or the bundled one
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
            // Each a button on the bar itself, none pushed into the overflow menu at 1280 px.
            QTRY_VERIFY2(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible(), qPrintable(a->objectName()));
        }
        // The button is the menu's action: one shortcut, one state.
        QCOMPARE(action(*w, "newApplicationAction")->toolTip(), u"New application (Ctrl+N)"_qs);
        QCOMPARE(action(*w, "newApplicationAction")->iconText(), u"New application"_qs);
        QCOMPARE(action(*w, "printAction")->toolTip(),
                 u"Preview and print the document the selected request's state calls for (Ctrl+P)"_qs);
        QCOMPARE(action(*w, "syncNowAction")->toolTip(), u"Sync with the centre now (F9)"_qs);
        QCOMPARE(action(*w, "signOutAction")->toolTip(), // its own tooltip names the key already: not twice
                 u"Close this user's windows and ask who works at the desk next (Ctrl+L)"_qs);
        test::keepScreenshot(*w, QStringLiteral("main-window-toolbar"));

        // The interface's language switched: the buttons and their tooltips follow, the shortcut stays.
        QTranslator kk;
        QVERIFY(kk.load(QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(u"app/kense_kk.qm"_qs)));
        QCoreApplication::installTranslator(&kk);
        QTRY_VERIFY(action(*w, "newApplicationAction")->iconText() != u"New application"_qs);
        const QString text = action(*w, "newApplicationAction")->iconText();
        QVERIFY2(text != u"New application"_qs && !text.contains(u'&') && !text.contains(QChar(0x2026)),
                 qPrintable(text));
        QCOMPARE(action(*w, "newApplicationAction")->toolTip(), text + u" (Ctrl+N)"_qs);
        QVERIFY(action(*w, "printAction")->toolTip().endsWith(u" (Ctrl+P)"_qs));
        QVERIFY(!action(*w, "printAction")->toolTip().endsWith(u" (Ctrl+P) (Ctrl+P)"_qs));
        for (QAction* a : bar->actions()) // the Kazakh words are longer: still all on the bar
            QTRY_VERIFY2(a->isSeparator() || bar->widgetForAction(a)->isVisible(), qPrintable(a->objectName()));
        test::keepScreenshot(*w, QStringLiteral("main-window-toolbar-kk"));
        QCoreApplication::removeTranslator(&kk);
    }

    void theHead_andTheTsonOperator_seeTheirOwn()
    {
        {
            test::Desk desk;
            desk.setUp();
            StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
            facts.account = desk.head;
            const auto w = test::showMainWindow(desk, facts, Language::Russian,
                                                test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
            // The head takes no applications; what waits for the head's move is one button away.
            const QStringList shown = buttons(toolBarOf(*w));
            QVERIFY2(!shown.contains(u"newApplicationAction"_qs), qPrintable(shown.join(u' ')));
            QVERIFY2(shown.contains(u"waitingAction"_qs), qPrintable(shown.join(u' ')));
            QCOMPARE(action(*w, "waitingAction")->toolTip(), u"Waiting for me (Ctrl+M)"_qs);
        }
        {
            test::Desk desk;
            desk.setUp(Channel::Tson, u"KZOTSON01"_qs);
            StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
            facts.account = desk.op;
            facts.deskKind = Channel::Tson;
            const auto w = test::showMainWindow(desk, facts, Language::Russian,
                                                test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
            const QStringList shown = buttons(toolBarOf(*w));
            QVERIFY2(shown.contains(u"newApplicationAction"_qs), qPrintable(shown.join(u' ')));
            QVERIFY2(shown.contains(u"registersAction"_qs), qPrintable(shown.join(u' ')));    // the courier's registers
            QVERIFY2(!shown.contains(u"waitingListAction"_qs), qPrintable(shown.join(u' '))); // kept by the provider
            QCOMPARE(action(*w, "registersAction")->toolTip(), u"Courier registers (Ctrl+G)"_qs);
        }
    }
};

QTEST_MAIN(TestToolBar)
#include "tst_toolbar.moc"
