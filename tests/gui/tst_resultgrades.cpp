// The executor's result table, as the executor types into it: a grade goes into the grade column, and no key writes
// over the catalog's names of the certificate's subjects.
#include "CardWindow.h"
#include "DataDir.h"
#include "Desk.h"
#include "ScriptedPrompts.h"
#include "gui/requests/RequestCardDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace kense;

class TestResultGrades : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    test::ScriptedPrompts m_prompts;

    /// A duplicate assigned to the executor: the card the executor opens to fill in the result.
    static std::unique_ptr<RequestCardDialog> executorsCard(test::Desk& desk)
    {
        const QString number =
            desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false)
                .request->number;
        desk.advance(number, Transition::AssignExecutor, desk.head, QDateTime(QDate(2026, 11, 2), QTime(11, 0)), {},
                     desk.executor.id);
        auto c = test::openCard(desk, desk.executor, number, QDateTime(QDate(2026, 11, 24), QTime(11, 0)));
        c->activateWindow();
        [&c] {
            QVERIFY(QTest::qWaitForWindowActive(c.get()));
        }();
        auto* tabs = c->findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(c->findChild<QWidget*>(QStringLiteral("resultTab")));
        return c;
    }

    /// Types as a keyboard does, letter by letter (Cyrillic too) into what has the focus, then Enter.
    static void typeInto(QTableWidget* table, const QString& text)
    {
        for (const QChar ch : text) {
            QWidget* to = QApplication::focusWidget() ? QApplication::focusWidget() : table;
            // Qt's key code for a letter is its capital's code point, for Cyrillic as for Latin.
            QTest::sendKeyEvent(QTest::Click, to, static_cast<Qt::Key>(ch.toUpper().unicode()), QString(ch),
                                Qt::NoModifier);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits an editor's text queued after Enter
    }

private Q_SLOTS:
    void initTestCase() { m_prompts.setConfirmAnswer(true); }

    /// The table opened a cell for editing as soon as it was reached, in both columns: a grade typed on a subject's
    /// line replaced «Қазақ тілі» with «5», and the result was saved with a subject named «5».
    void aGradeTypedOnASubject_neverReplacesTheSubject()
    {
        test::Desk desk;
        desk.setUp();
        auto c = executorsCard(desk);
        auto* grades = c->findChild<QTableWidget*>(QStringLiteral("gradesTable"));
        QCOMPARE(grades->rowCount(), 17);
        grades->setFocus();
        // On a subject of the catalog, typing writes nothing.
        grades->setCurrentCell(0, 0);
        typeInto(grades, QStringLiteral("5"));
        QCOMPARE(grades->item(0, 0)->text(), QStringLiteral("Қазақ тілі"));
        const QString second = grades->item(1, 0)->text();
        grades->setCurrentCell(1, 0);
        QTest::keyClick(grades, Qt::Key_F2);
        typeInto(grades, QStringLiteral("4"));
        QCOMPARE(grades->item(1, 0)->text(), second);
        // On its grade, typing writes the grade.
        grades->setFocus();
        grades->setCurrentCell(0, 1);
        typeInto(grades, QStringLiteral("5"));
        QVERIFY(grades->item(0, 1));
        QCOMPARE(grades->item(0, 1)->text(), QStringLiteral("5"));
        QCOMPARE(grades->item(0, 0)->text(), QStringLiteral("Қазақ тілі"));
    }

    /// The table starts on the first grade: Tab into it and type.
    void theTable_startsOnTheFirstGrade()
    {
        test::Desk desk;
        desk.setUp();
        auto c = executorsCard(desk);
        auto* grades = c->findChild<QTableWidget*>(QStringLiteral("gradesTable"));
        QCOMPARE(grades->currentRow(), 0);
        QCOMPARE(grades->currentColumn(), 1);
    }

    /// A subject the graduate took that the catalog does not list is added on a new line, named by the executor and
    /// correctable after saving; the catalog's stay as they are.
    void anAddedSubject_isTheExecutors_toNameAndCorrect()
    {
        test::Desk desk;
        desk.setUp();
        auto c = executorsCard(desk);
        auto* grades = c->findChild<QTableWidget*>(QStringLiteral("gradesTable"));
        c->findChild<QPushButton*>(QStringLiteral("addGradeButton"))->click();
        QCOMPARE(grades->rowCount(), 18);
        QCOMPARE(grades->currentRow(), 17);
        QCOMPARE(grades->currentColumn(), 0);
        typeInto(grades, QStringLiteral("Робототехника"));
        QVERIFY(grades->item(17, 0));
        QCOMPARE(grades->item(17, 0)->text(), QStringLiteral("Робототехника"));
        for (int row = 0; row < grades->rowCount(); ++row)
            grades->setItem(row, 1, new QTableWidgetItem(QStringLiteral("5")));
        QSignalSpy loaded(c.get(), &RequestCardDialog::loaded);
        c->findChild<QPushButton*>(QStringLiteral("saveResultButton"))->click();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(grades->rowCount(), 18);
        QVERIFY(!(grades->item(0, 0)->flags() & Qt::ItemIsEditable));
        QCOMPARE(grades->item(17, 0)->text(), QStringLiteral("Робототехника"));
        QVERIFY(grades->item(17, 0)->flags() & Qt::ItemIsEditable);
        QVERIFY(grades->item(17, 1)->flags() & Qt::ItemIsEditable);
    }
};

QTEST_MAIN(TestResultGrades)
#include "tst_resultgrades.moc"
