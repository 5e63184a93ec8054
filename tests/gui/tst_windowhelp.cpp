// F1 (issue 15, item 6): each window's short help — what it is for, and its keys as the window itself has them, in
// the interface's language.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "gui/MainWindow.h"
#include "gui/intake/IntakeWizard.h"
#include "gui/requests/RequestCardDialog.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace kense;

namespace {
QDialog* helpOver(QWidget* window)
{
    QDialog* help = nullptr;
    for (QDialog* d : window->findChildren<QDialog*>(QStringLiteral("helpDialog"))) {
        if (d->isVisible())
            help = d;
    }
    return help;
}

QString helpText(QDialog* help)
{
    return help->findChild<QTextBrowser*>(QStringLiteral("helpText"))->toPlainText();
}
} // namespace

class TestWindowHelp : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    std::unique_ptr<MainWindow> clerksWindow(test::Desk& desk)
    {
        StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
        facts.account = desk.clerk;
        auto w = test::showMainWindow(desk, facts, Language::Kazakh,
                                      test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the main window did not become active");
        return w;
    }

private Q_SLOTS:
    void f1OnTheJournal_saysWhatItIsFor_andItsKeys()
    {
        test::Desk desk;
        desk.setUp();
        auto w = clerksWindow(desk);
        QVERIFY(!helpOver(w.get()));
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_F1);
        QDialog* help = helpOver(w.get());
        QVERIFY2(help, "F1 opened no help");
        const QString text = helpText(help);
        QVERIFY2(text.contains(u"The journal lists this desk's requests"_qs), qPrintable(text));
        // The keys are the window's own: its shortcuts with what they do, and its menus' letters.
        for (const QString& line : {u"Ctrl+N"_qs, u"New application"_qs, u"Ctrl+P"_qs, u"F9"_qs, u"Ctrl+L"_qs,
                                    u"Alt+F"_qs, u"the «File» menu"_qs, u"F1"_qs})
            QVERIFY2(text.contains(line), qPrintable(line + u" not in:\n"_qs + text));
        // A clerk has no «waiting for me»: no key is offered that does nothing.
        QVERIFY2(!text.contains(u"Ctrl+M"_qs), qPrintable(text));
        test::keepScreenshot(*help, u"help-journal"_qs);
        help->reject();
    }

    void f1OnTheIntakeAndTheCard_inKazakh()
    {
        test::Desk desk;
        desk.setUp();
        const QString number =
            desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 12, 1), QTime(10, 0)), false)
                .request->number;
        auto w = clerksWindow(desk);
        QTranslator kk;
        QVERIFY(kk.load(QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(u"app/kense_kk.qm"_qs)));
        QCoreApplication::installTranslator(&kk);

        w->findChild<QAction*>(u"newApplicationAction"_qs)->trigger();
        auto* wizard = w->findChild<IntakeWizard*>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QTest::keyClick(wizard, Qt::Key_F1);
        QDialog* help = helpOver(wizard);
        QVERIFY2(help, "F1 on the intake opened no help");
        QString text = helpText(help);
        QVERIFY2(!text.contains(u"Taking an application"_qs) && text.contains(u"ЖСН"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"Tab"_qs) && text.contains(u"Esc"_qs) && text.contains(u"F1"_qs), qPrintable(text));
        test::keepScreenshot(*help, u"help-intake-kk"_qs);
        help->reject();
        wizard->close(); // nothing filled in: closes without asking

        w->openRequest(number);
        RequestCardDialog* card = nullptr;
        QTRY_VERIFY((card = w->findChild<RequestCardDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(card));
        QTest::keyClick(card, Qt::Key_F1);
        help = helpOver(card);
        QVERIFY2(help, "F1 on the card opened no help");
        text = helpText(help);
        QVERIFY2(text.contains(u"Alt+"_qs), qPrintable(text)); // the tabs' and buttons' letters
        QVERIFY2(!text.contains(u"The card of one request"_qs), qPrintable(text));
        test::keepScreenshot(*help, u"help-card-kk"_qs);
        help->reject();
        QCoreApplication::removeTranslator(&kk);
    }
};

QTEST_MAIN(TestWindowHelp)
#include "tst_windowhelp.moc"
