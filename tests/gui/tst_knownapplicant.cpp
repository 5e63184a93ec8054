// The intake a clerk would choose (issue 15, item 4): the services this clerk registered last come first, and a
// known IIN offers the applicant's data from this desk's earlier requests, saying how many there were.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "Widgets.h"
#include "gui/MainWindow.h"
#include "gui/intake/IntakeWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace kense;

namespace {
using test::typeText;

QLineEdit* field(IntakeWizard* wizard, const char* id)
{
    return qobject_cast<QLineEdit*>(wizard->editor(QString::fromLatin1(id)));
}

const QString duplicate = QStringLiteral("duplicate-secondary-edu-vko");
const QString unemployed = QStringLiteral("unemployed-certificate-kyzylorda");
} // namespace

class TestKnownApplicant : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    struct Opened
    {
        test::Desk desk;
        std::unique_ptr<MainWindow> window;
        QStringList numbers;
    };

    /// A school's канцелярия where the clerk registered an unemployed certificate and then two duplicates for
    /// «ӘЛИЯ Қасымқызы» (061211600129), the last with a new phone and address.
    std::unique_ptr<Opened> open()
    {
        auto d = std::make_unique<Opened>();
        d->desk.setUp();
        RequestDraft other = test::unemployedDraft();
        other.fields[u"applicant.iin"_qs] = u"850304301235"_qs;
        d->numbers
            << d->desk.submit(other, d->desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false).request->number;
        d->numbers << d->desk
                          .submit(test::duplicateDraft(), d->desk.clerk, QDateTime(QDate(2026, 11, 3), QTime(10, 0)),
                                  false)
                          .request->number;
        RequestDraft moved = test::duplicateDraft();
        moved.fields[u"applicant.phone"_qs] = u"8 777 000 11 22"_qs;
        moved.fields[u"applicant.address"_qs] = u"Өскемен қ., Тәуелсіздік к-сі, 5"_qs;
        d->numbers
            << d->desk.submit(moved, d->desk.clerk, QDateTime(QDate(2026, 11, 5), QTime(11, 0)), false).request->number;
        StartupFacts facts{d->desk.path(), 13, {}, {}, {}, {}};
        facts.account = d->desk.clerk;
        d->window = test::showMainWindow(d->desk, facts, Language::Kazakh,
                                         test::journalAt(d->desk, QDateTime(QDate(2026, 11, 24), QTime(10, 30))));
        return d;
    }

    /// The intake opened (Ctrl+N's action) on the duplicate, the service this clerk registered last, and moved on to
    /// the applicant's page; null (with the failure said) if it did not get there.
    static IntakeWizard* duplicateAtTheApplicant(Opened& d)
    {
        d.window->findChild<QAction*>(u"newApplicationAction"_qs)->trigger();
        auto* wizard = d.window->findChild<IntakeWizard*>();
        auto* services = wizard->findChild<QComboBox*>(u"serviceCombo"_qs);
        if (!QTest::qWaitFor([&] { return services->currentData().toString() == duplicate; }, 5000))
            return nullptr;
        wizard->next();
        return wizard->currentId() == IntakeWizard::ApplicantPage ? wizard : nullptr;
    }

private Q_SLOTS:
    void theLastServicesComeFirst_theLastOneChosen()
    {
        auto d = open();
        d->window->findChild<QAction*>(u"newApplicationAction"_qs)->trigger();
        auto* wizard = d->window->findChild<IntakeWizard*>();
        QVERIFY(wizard);
        auto* services = wizard->findChild<QComboBox*>(u"serviceCombo"_qs);
        QTRY_COMPARE(services->itemData(0).toString(), duplicate);
        QCOMPARE(services->itemData(1).toString(), unemployed);
        QVERIFY(services->itemData(2).isNull()); // the line under the recent ones
        QCOMPARE(services->currentData().toString(), duplicate);
        QCOMPARE(services->currentText(), services->itemText(0));
        QVERIFY(services->count() > 10); // every other service is still there, below
        test::keepScreenshot(*wizard, u"intake-recent-services"_qs);
    }

    void aServiceChosenBeforeTheRecentOnesCame_staysChosen()
    {
        auto d = open();
        d->window->findChild<QAction*>(u"newApplicationAction"_qs)->trigger();
        auto* wizard = d->window->findChild<IntakeWizard*>();
        auto* services = wizard->findChild<QComboBox*>(u"serviceCombo"_qs);
        const int externat = services->findData(u"externat-permit-vko"_qs);
        QVERIFY(externat >= 0);
        services->setCurrentIndex(externat); // before the store's answer is read
        QTRY_COMPARE(services->itemData(0).toString(), duplicate);
        QCOMPARE(services->currentData().toString(), u"externat-permit-vko"_qs);
    }

    void aKnownIin_offersTheLastRequestsData_andFillsOnlyWhatIsEmpty()
    {
        auto d = open();
        IntakeWizard* wizard = duplicateAtTheApplicant(*d);
        QVERIFY(wizard);
        auto* said = wizard->findChild<QLabel*>(u"knownApplicantLabel"_qs);
        auto* fillButton = wizard->findChild<QPushButton*>(u"fillApplicantButton"_qs);
        QVERIFY(said && fillButton);
        QVERIFY(!said->isVisible() && !fillButton->isVisible());

        // Part of an IIN asks nothing; a whole one that nobody named, nothing is said.
        typeText(field(wizard, "applicant.iin"), u"06121160012"_qs);
        QTest::qWait(200);
        QVERIFY(!said->isVisible());
        typeText(field(wizard, "applicant.iin"), u"870514400128"_qs);
        QTest::qWait(200);
        QVERIFY(!said->isVisible());

        // The surname typed first stays as typed; the rest comes from the last request.
        typeText(field(wizard, "applicant.surname"), u"Әлиева"_qs);
        typeText(field(wizard, "applicant.iin"), u"061211600129"_qs);
        QTRY_VERIFY(said->isVisible());
        QVERIFY2(said->text().contains(u"2"_qs) && said->text().contains(d->numbers.at(2)) &&
                     said->text().contains(u"05.11.2026"_qs),
                 qPrintable(said->text()));
        QVERIFY(fillButton->isVisible());
        // Tab from the IIN reaches the offer first.
        field(wizard, "applicant.iin")->setFocus();
        QTest::keyClick(field(wizard, "applicant.iin"), Qt::Key_Tab);
        QCOMPARE(wizard->focusWidget(), fillButton);
        test::keepScreenshot(*wizard, u"intake-known-applicant"_qs);
        QTest::keyClick(fillButton, Qt::Key_Space);
        QCOMPARE(field(wizard, "applicant.surname")->text(), u"Әлиева"_qs);
        QCOMPARE(field(wizard, "applicant.given_name")->text(), u"Қасымқызы"_qs);
        QCOMPARE(field(wizard, "applicant.phone")->text(), u"+7 777 000 11 22"_qs); // as the desk stored it
        QCOMPARE(field(wizard, "applicant.address")->text(), u"Өскемен қ., Тәуелсіздік к-сі, 5"_qs);
        QVERIFY(!fillButton->isVisible());
        QVERIFY2(said->text().contains(d->numbers.at(2)) && said->text().contains(u"+7 777 000 11 22"_qs),
                 qPrintable(said->text()));
        test::keepScreenshot(*wizard, u"intake-known-applicant-filled"_qs);

        // Another IIN: what was said of the first goes.
        typeText(field(wizard, "applicant.iin"), u"850304301235"_qs);
        QTRY_VERIFY(said->isVisible() && said->text().contains(d->numbers.at(0)));
        typeText(field(wizard, "applicant.iin"), u"8503043012"_qs);
        QVERIFY(!said->isVisible());
    }

    /// A graduate asking for their own duplicate: on the graduate's page one button («the holder is the applicant»)
    /// puts the applicant's IIN and name in the holder's empty fields, and leaves what was typed there.
    void theHolderIsTheApplicant_fillsTheHoldersEmptyFields()
    {
        auto d = open();
        IntakeWizard* wizard = duplicateAtTheApplicant(*d);
        QVERIFY(wizard);
        typeText(field(wizard, "applicant.iin"), u"870514400128"_qs);
        typeText(field(wizard, "applicant.surname"), u"Серікова"_qs);
        typeText(field(wizard, "applicant.given_name"), u"Айжан"_qs);
        typeText(field(wizard, "applicant.patronymic"), u"Маратқызы"_qs);
        typeText(field(wizard, "applicant.phone"), u"87011234567"_qs);
        typeText(field(wizard, "applicant.address"), u"Өскемен"_qs);
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SubjectPage));
        typeText(field(wizard, "subject.holder_surname"), u"Ахметова"_qs); // her surname on the certificate
        auto* button = wizard->findChild<QPushButton*>(u"holderIsApplicantButton"_qs);
        QVERIFY(button && button->isVisible());
        button->click();
        QCOMPARE(field(wizard, "subject.holder_surname")->text(), u"Ахметова"_qs);
        QCOMPARE(field(wizard, "subject.holder_given_name")->text(), u"Айжан"_qs);
        QCOMPARE(field(wizard, "subject.holder_patronymic")->text(), u"Маратқызы"_qs);
        QCOMPARE(field(wizard, "subject.holder_iin")->text(), u"870514400128"_qs);
    }
};

QTEST_MAIN(TestKnownApplicant)
#include "tst_knownapplicant.moc"
