// Underlined letters under any keyboard layout (issue 15, item 7): with the US layout on, Alt + the key a Kazakh
// window's underlined letter sits on does what the letter does — the menu opens, the item is chosen, the field
// takes the focus — as Alt+Ф, Alt+Ж did only under a Cyrillic layout.
#include "CardWindow.h"
#include "DataDir.h"
#include "DeskWindow.h"
#include "Mnemonics.h"
#include "common/KeyboardLayouts.h"
#include "gui/MainWindow.h"
#include "gui/intake/IntakeWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace kense;
using test::clashes;
using test::underlinedIn;

namespace {
/// The Qt key a US layout sends for the key that carries `letter` in the Russian or Kazakh layout.
Qt::Key usKeyFor(QChar letter)
{
    const QChar us = KeyboardLayouts::usKeyOf(letter);
    if (us >= u'a' && us <= u'z')
        return static_cast<Qt::Key>(Qt::Key_A + (us.unicode() - u'a'));
    if (us >= u'0' && us <= u'9')
        return static_cast<Qt::Key>(Qt::Key_0 + (us.unicode() - u'0'));
    const QHash<QChar, Qt::Key> punctuation = {
        {u';', Qt::Key_Semicolon}, {u'\'', Qt::Key_Apostrophe}, {u',', Qt::Key_Comma},
        {u'.', Qt::Key_Period},    {u'[', Qt::Key_BracketLeft}, {u']', Qt::Key_BracketRight},
        {u'`', Qt::Key_QuoteLeft}, {u'-', Qt::Key_Minus},       {u'=', Qt::Key_Equal}};
    return punctuation.value(us, Qt::Key_unknown);
}

/// A key as the US layout types it: its Latin character, or the punctuation.
void pressUs(QWidget* to, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(to, key, modifiers);
}
} // namespace

class TestLatinMnemonics : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    QTranslator m_kk;

    /// Makes the interface speak `lang` through `translator` alone ("en": the program's own words).
    bool speak(QTranslator& translator, const char* lang)
    {
        if (QLatin1String(lang) != QLatin1String("en") &&
            !translator.load(QDir(qEnvironmentVariable("KENSE_BINARY_DIR"))
                                 .filePath(QStringLiteral("app/kense_%1.qm").arg(QLatin1String(lang)))))
            return false;
        QCoreApplication::removeTranslator(&m_kk);
        QCoreApplication::installTranslator(&translator);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_kk.load(QDir(qEnvironmentVariable("KENSE_BINARY_DIR")).filePath(u"app/kense_kk.qm"_qs)));
        QCoreApplication::installTranslator(&m_kk);
    }

    /// No two items of a menu, and no two of the main window's menus and fields, share an underlined letter, in
    /// any of the three languages: Qt then only moves between them, and the key does nothing.
    void noTwoShareALetter_inAnyLanguage()
    {
        test::Desk desk;
        desk.setUp();
        StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
        facts.account = desk.admin;
        facts.administrator = true;
        QStringList found;
        for (const char* lang : {"en", "kk", "ru"}) {
            QTranslator translator;
            QVERIFY(speak(translator, lang));
            auto w = test::showMainWindow(desk, facts, Language::Kazakh,
                                          test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
            QStringList window;
            for (QAction* menu : w->menuBar()->actions())
                window << menu->text();
            for (QMenu* menu : w->findChildren<QMenu*>()) {
                QStringList items;
                for (QAction* a : menu->actions())
                    items << a->text();
                found << clashes(QStringLiteral("%1 menu %2").arg(QLatin1String(lang), menu->objectName()), items);
            }
            for (QLabel* l : w->findChildren<QLabel*>()) {
                if (l->buddy() && l->isVisible())
                    window << l->text();
            }
            for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
                if (b->isVisible())
                    window << b->text();
            }
            found << clashes(QStringLiteral("%1 main window").arg(QLatin1String(lang)), window);
            QCoreApplication::removeTranslator(&translator);
        }
        QCoreApplication::installTranslator(&m_kk);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    /// The card, on each of its tabs, as the head sees a registered request and the канцелярия one to issue.
    void theCard_hasNoTwoLettersAlike_inAnyLanguage()
    {
        test::Desk desk;
        desk.setUp();
        const QDateTime t(QDate(2026, 11, 2), QTime(10, 0));
        const QString registered = desk.submit(test::duplicateDraft(), desk.clerk, t, false).request->number;
        const QString toIssue = desk.submit(test::duplicateDraft(), desk.clerk, t, false).request->number;
        desk.advance(toIssue, Transition::AssignExecutor, desk.head, t.addSecs(60), {}, desk.executor.id);
        test::await(desk.store().saveResult(toIssue, {{u"Математика"_qs, u"5"_qs}}, desk.executor, t.addSecs(120)));
        desk.advance(toIssue, Transition::PrepareResult, desk.executor, t.addSecs(180));
        desk.advance(toIssue, Transition::SignResult, desk.head, t.addSecs(240));
        QStringList found;
        for (const char* lang : {"en", "kk", "ru"}) {
            QTranslator translator;
            QVERIFY(speak(translator, lang));
            for (const auto& [who, number] : {std::pair{desk.head, registered}, std::pair{desk.clerk, toIssue}}) {
                auto c = test::openCard(desk, who, number, t.addDays(1));
                auto* tabs = c->findChild<QTabWidget*>();
                QVERIFY(tabs);
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QStringList texts;
                    for (int j = 0; j < tabs->count(); ++j)
                        texts << tabs->tabText(j);
                    for (QAbstractButton* b : c->findChildren<QAbstractButton*>()) {
                        if (b->isVisible())
                            texts << b->text();
                    }
                    for (QLabel* l : c->findChildren<QLabel*>()) {
                        if (l->buddy() && l->isVisible())
                            texts << l->text();
                    }
                    found << clashes(
                        QStringLiteral("%1 card of %2, tab %3").arg(QLatin1String(lang), who.login, tabs->tabText(i)),
                        texts);
                }
            }
            QCoreApplication::removeTranslator(&translator);
        }
        QCoreApplication::installTranslator(&m_kk);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void aKazakhWindowsLetters_workUnderTheUsLayout()
    {
        test::Desk desk;
        desk.setUp();
        StartupFacts facts{desk.path(), 13, {}, {}, {}, {}};
        facts.account = desk.clerk;
        auto w = test::showMainWindow(desk, facts, Language::Kazakh,
                                      test::journalAt(desk, QDateTime(QDate(2026, 12, 7), QTime(10, 0))));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));

        // The File menu, «&Файл»: Alt + the key of «Ф» (A on a US keyboard) opens it.
        auto* fileMenu = w->findChild<QMenu*>(u"fileMenu"_qs);
        const QChar fileLetter = underlinedIn(fileMenu->title());
        QVERIFY2(KeyboardLayouts::usKeyOf(fileLetter) != QChar(), qPrintable(fileMenu->title())); // a Cyrillic one
        pressUs(QApplication::focusWidget(), usKeyFor(fileLetter), Qt::AltModifier);
        QTRY_VERIFY2(fileMenu->isVisible(), qPrintable(fileMenu->title()));

        // In it, the key of the new application's letter alone opens the intake.
        auto* newApplication = w->findChild<QAction*>(u"newApplicationAction"_qs);
        const QChar itemLetter = underlinedIn(newApplication->text());
        QVERIFY2(usKeyFor(itemLetter) != Qt::Key_unknown, qPrintable(newApplication->text()));
        pressUs(fileMenu, usKeyFor(itemLetter), Qt::NoModifier);
        QTRY_VERIFY(w->findChild<IntakeWizard*>() && w->findChild<IntakeWizard*>()->isVisible());
        QVERIFY(!fileMenu->isVisible());
        w->findChild<IntakeWizard*>()->close();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));

        // A field's label: Alt + its letter's key takes the focus to the field.
        auto* state = w->findChild<QComboBox*>(u"stateFilterCombo"_qs);
        QLabel* caption = nullptr;
        for (QLabel* l : w->findChildren<QLabel*>()) {
            if (l->buddy() == state)
                caption = l;
        }
        QVERIFY(caption);
        const QChar stateLetter = underlinedIn(caption->text());
        QVERIFY2(usKeyFor(stateLetter) != Qt::Key_unknown, qPrintable(caption->text()));
        QVERIFY(!state->hasFocus());
        pressUs(QApplication::focusWidget(), usKeyFor(stateLetter), Qt::AltModifier);
        QTRY_VERIFY2(state->hasFocus(), qPrintable(caption->text()));
    }
};

QTEST_MAIN(TestLatinMnemonics)
#include "tst_latinmnemonics.moc"
