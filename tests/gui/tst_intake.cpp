// Taking applications at the desk, through the wizard's widgets (offscreen): a duplicate at a school's канцелярия
// ends with the receipt; a missing document ends with the refusal receipt and nothing registered; the IIN says
// what is wrong in place; abandoning the wizard writes nothing.
#include "DataDir.h"
#include "DeskWindow.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "Widgets.h"
#include "gui/MainWindow.h"
#include "gui/intake/IntakeWizard.h"
#include "gui/journal/JournalModel.h"
#include "gui/printing/DocumentPreviewDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kense;

namespace {

using test::typeText;

void choose(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    struct Opened
    {
        test::Desk desk;
        std::unique_ptr<MainWindow> window;
        QTableView* journal = nullptr;
    };

    std::unique_ptr<Opened> open(Channel kind)
    {
        auto d = std::make_unique<Opened>();
        d->desk.setUp(kind, kind == Channel::Tson ? QStringLiteral("KZOTSON01")
                            : kind == Channel::Akim ? QStringLiteral("KZOAKIM001") // Жалағаш кенті әкімінің аппараты
                                                    : QStringLiteral("KZOEDU01"));
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 30));
        StartupFacts facts{d->desk.path(), 3, {}, {}, {}, {}};
        facts.account = kind == Channel::Tson ? d->desk.op : d->desk.clerk;
        if (kind == Channel::Akim)
            facts.account = test::await(d->desk.store().addUser(
                QStringLiteral("zhanar"),
                PersonalName{QStringLiteral("Әбенова"), QStringLiteral("Жанар"), QStringLiteral("Серікқызы")},
                {Role::AkimOfficer}, QStringLiteral("akim-pass-1"), now));
        facts.deskKind = kind;
        d->window = test::showMainWindow(d->desk, facts, Language::Kazakh, test::journalAt(d->desk, now));
        d->window->activateWindow();
        if (!QTest::qWaitForWindowActive(d->window.get()))
            qWarning("the main window did not become active");
        d->journal = d->window->findChild<QTableView*>(QStringLiteral("journalView"));
        return d;
    }

    static IntakeWizard* startWizard(MainWindow& w)
    {
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_N));
        return w.findChild<IntakeWizard*>();
    }

    static QLineEdit* field(IntakeWizard* wizard, const char* id)
    {
        return qobject_cast<QLineEdit*>(wizard->editor(QString::fromLatin1(id)));
    }

    /// The parent of a VKO preschool queue application, on the applicant's page.
    static void fillPreschoolApplicant(IntakeWizard* wizard)
    {
        typeText(field(wizard, "applicant.iin"), QStringLiteral("850304301235"));
        typeText(field(wizard, "applicant.surname"), QStringLiteral("Қасымова"));
        typeText(field(wizard, "applicant.given_name"), QStringLiteral("Дана"));
        typeText(field(wizard, "applicant.phone"), QStringLiteral("87011234567"));
        typeText(field(wizard, "applicant.address"), QStringLiteral("Өскемен қ., Абай даңғылы, 12"));
    }

    /// The child with `iin` on the subject's page, a benefit and a group chosen.
    static void fillPreschoolChild(IntakeWizard* wizard, const QString& iin)
    {
        typeText(field(wizard, "subject.child_iin"), iin);
        typeText(field(wizard, "subject.child_surname"), QStringLiteral("Қасымов"));
        typeText(field(wizard, "subject.child_given_name"), QStringLiteral("Нұрлан"));
        for (const QString& id : {QStringLiteral("subject.benefit"), QStringLiteral("subject.group_kind")})
            qobject_cast<QComboBox*>(wizard->editor(id))->setCurrentIndex(1);
    }

    /// Fills the applicant and the graduate of a duplicate (VKO).
    static void fillDuplicate(IntakeWizard* wizard)
    {
        choose(wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo")),
               QStringLiteral("duplicate-secondary-edu-vko"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ApplicantPage));
        typeText(field(wizard, "applicant.iin"), QStringLiteral("061211600129"));
        typeText(field(wizard, "applicant.surname"), QStringLiteral("Әлиева"));
        typeText(field(wizard, "applicant.given_name"), QStringLiteral("Гүлнұр"));
        typeText(field(wizard, "applicant.phone"), QStringLiteral("87011234567"));
        typeText(field(wizard, "applicant.address"), QStringLiteral("Өскемен қ., Абай даңғылы, 12"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SubjectPage));
        choose(qobject_cast<QComboBox*>(wizard->editor(QStringLiteral("subject.document_kind"))),
               QStringLiteral("general_secondary"));
        typeText(field(wizard, "subject.holder_surname"), QStringLiteral("Әлиева"));
        typeText(field(wizard, "subject.holder_given_name"), QStringLiteral("Гүлнұр"));
        typeText(field(wizard, "subject.school"), QStringLiteral("№ 12 мектеп-гимназия"));
        typeText(field(wizard, "subject.graduation_year"), QStringLiteral("2015"));
        choose(qobject_cast<QComboBox*>(wizard->editor(QStringLiteral("subject.reason"))), QStringLiteral("lost"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::DocumentsPage));
    }

private Q_SLOTS:
    /// Tab follows the applicant's page as it reads: the address, the representative box, the representative's IIN.
    /// From the box it went back to the applicant's IIN, and typing the representative replaced the applicant.
    void tab_goesFromTheRepresentativeBoxToTheRepresentative()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        QVERIFY(wizard);
        choose(wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo")),
               QStringLiteral("duplicate-secondary-edu-vko"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ApplicantPage));
        auto* check = wizard->findChild<QCheckBox*>(QStringLiteral("representativeCheck"));
        field(wizard, "applicant.address")->setFocus();
        QTest::keyClick(wizard->focusWidget(), Qt::Key_Tab);
        QCOMPARE(wizard->focusWidget(), check);
        QTest::keyClick(check, Qt::Key_Space);
        QVERIFY(check->isChecked());
        QTest::keyClick(check, Qt::Key_Tab);
        QCOMPARE(wizard->focusWidget(), wizard->editor(QStringLiteral("representative.iin")));
        QTest::keyClick(wizard->focusWidget(), Qt::Key_Backtab);
        QCOMPARE(wizard->focusWidget(), check);
        test::keepScreenshot(*wizard, QStringLiteral("intake-applicant-with-representative"));
    }

    void duplicateAtASchool_isRegisteredAndItsReceiptOpens()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        QVERIFY(wizard);
        // Only services in force, taken at a provider's канцелярия.
        auto* services = wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        QVERIFY(services->findData(QStringLiteral("consult-help-families-disabled-children-vko")) < 0); // excluded
        QVERIFY(services->findData(QStringLiteral("preschool-queue-vko")) >= 0);

        choose(services, QStringLiteral("duplicate-secondary-edu-vko"));
        wizard->next();
        // The IIN says what is wrong, in place, and blocks the step.
        QLineEdit* iin = field(wizard, "applicant.iin");
        typeText(iin, QStringLiteral("061211600128"));
        auto* iinError = wizard->findChild<QLabel*>(QStringLiteral("error_applicant_iin"));
        QVERIFY(!iinError->isHidden());
        QVERIFY2(!iinError->text().isEmpty(), "the reason is shown");
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ApplicantPage));
        wizard->back();
        fillDuplicate(wizard);
        const auto* info = wizard->findChild<QLabel*>(QStringLiteral("info_applicant_iin"));
        QVERIFY(!info->isHidden());
        QVERIFY2(info->text().contains(QStringLiteral("11.12.2006")), qPrintable(info->text()));

        choose(wizard->findChild<QComboBox*>(QStringLiteral("doc_application")), QStringLiteral("original"));
        // The identity document is shown as the original: a copy alone is said to leave the package incomplete.
        choose(wizard->findChild<QComboBox*>(QStringLiteral("doc_identity_document")), QStringLiteral("copy"));
        const auto* missing = wizard->findChild<QLabel*>(QStringLiteral("missingLabel"));
        QVERIFY2(missing->text().contains(QStringLiteral("only a copy; the original is required")),
                 qPrintable(missing->text()));
        test::keepScreenshot(*wizard, QStringLiteral("intake-identity-copy-only"));
        choose(wizard->findChild<QComboBox*>(QStringLiteral("doc_identity_document")), QStringLiteral("original"));
        QVERIFY2(missing->text().contains(QStringLiteral("complete")), qPrintable(missing->text()));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SummaryPage));
        QSignalSpy submitted(wizard, &IntakeWizard::submitted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        const auto request = submitted.first().first().value<RegisteredRequest>();
        QCOMPARE(request.state, RequestState::Registered);
        QCOMPARE(request.number, QStringLiteral("KZOEDU01-1-2026-000001"));

        DocumentPreviewDialog* preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = d->window->findChild<DocumentPreviewDialog*>()) != nullptr, 30000);
        QVERIFY(preview->windowTitle().contains(request.number));
        QTRY_COMPARE_WITH_TIMEOUT(d->journal->model()->rowCount(), 1, 30000);
    }

    /// The preschool queue takes children under 7: a child of 2006 is named under the child's IIN, and the page
    /// does not go on; a child of four does.
    void aChildOlderThanTheServiceTakes_isNamedUnderTheIin()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        choose(wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo")), QStringLiteral("preschool-queue-vko"));
        wizard->next();
        fillPreschoolApplicant(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SubjectPage));
        fillPreschoolChild(wizard, QStringLiteral("060315500016"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SubjectPage));
        const auto* error = wizard->findChild<QLabel*>(QStringLiteral("error_subject_child_iin"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("15.03.2006")) && error->text().contains(QStringLiteral("20")) &&
                     error->text().contains(QStringLiteral("до 7 лет")),
                 qPrintable(error->text()));
        test::keepScreenshot(*wizard, QStringLiteral("intake-child-too-old"));
        typeText(field(wizard, "subject.child_iin"), QStringLiteral("211207500014"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::DocumentsPage));
    }

    /// A request the applicant sent through the portal, registered by the канцелярия: offered only where the service
    /// is on the portal; its number and moment are asked for and checked before the applicant's page.
    void aPortalRequest_isRegisteredWithItsNumberAndMoment()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        auto* services = wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        auto* portal = wizard->findChild<QCheckBox*>(QStringLiteral("portalCheck"));
        auto* number = wizard->findChild<QLineEdit*>(QStringLiteral("portalNumberEdit"));
        auto* sent = wizard->findChild<QDateTimeEdit*>(QStringLiteral("portalSentEdit"));
        auto* error = wizard->findChild<QLabel*>(QStringLiteral("portalError"));
        choose(services, QStringLiteral("duplicate-secondary-edu-vko"));
        QVERIFY(portal->isHidden()); // duplicates are not on the portal
        choose(services, QStringLiteral("preschool-queue-vko"));
        QVERIFY(!portal->isHidden());
        QVERIFY(number->isHidden());
        QTest::keyClick(portal, Qt::Key_Space);
        QVERIFY(portal->isChecked());
        QVERIFY(!number->isHidden() && !sent->isHidden());
        QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("channelLabel"))->text(), channelTitle(Channel::Portal));
        wizard->next(); // no number yet
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ServicePage));
        QVERIFY(!error->isHidden());
        QCOMPARE(wizard->focusWidget(), number);
        typeText(number, QStringLiteral("kz-2026-000777"));
        sent->setDateTime(QDateTime(QDate(2026, 11, 25), QTime(9, 0))); // tomorrow for this desk's clock
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ServicePage));
        QVERIFY2(error->text().contains(QStringLiteral("25.11.2026 09:00")) &&
                     error->text().contains(QStringLiteral("(24.11.2026 10:30)")),
                 qPrintable(error->text()));
        sent->setDateTime(QDateTime(QDate(2026, 11, 23), QTime(18, 40)));
        QVERIFY(error->isHidden()); // what was said of the earlier moment goes with it
        test::keepScreenshot(*wizard, QStringLiteral("intake-portal-request"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::ApplicantPage));
        fillPreschoolApplicant(wizard);
        wizard->next();
        fillPreschoolChild(wizard, QStringLiteral("211207500014"));
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::DocumentsPage));
        for (QComboBox* doc : wizard->findChildren<QComboBox*>()) {
            if (doc->objectName().startsWith(QLatin1String("doc_")))
                choose(doc, QStringLiteral("original"));
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SummaryPage));
        const QString summary = wizard->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("KZ-2026-000777")) &&
                     summary.contains(QStringLiteral("23.11.2026 18:40")),
                 qPrintable(summary));
        QCOMPARE(wizard->draft().channel, Channel::Portal);
        QSignalSpy submitted(wizard, &IntakeWizard::submitted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        QCOMPARE(submitted.first().first().value<RegisteredRequest>().state, RequestState::Registered);
        QTRY_COMPARE_WITH_TIMEOUT(d->journal->model()->rowCount(), 1, 30000);
        const QAbstractItemModel* journal = d->journal->model();
        bool portalRow = false;
        for (int c = 0; c < journal->columnCount(); ++c)
            portalRow = portalRow || journal->index(0, c).data().toString() == channelTitle(Channel::Portal);
        QVERIFY(portalRow);
    }

    void missingDocument_refusesAtIntake_withItsReceipt()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        fillDuplicate(wizard);
        choose(wizard->findChild<QComboBox*>(QStringLiteral("doc_application")), QStringLiteral("original"));
        auto* missing = wizard->findChild<QLabel*>(QStringLiteral("missingLabel"));
        QVERIFY2(missing->text().contains(QStringLiteral("\n")), qPrintable(missing->text()));
        wizard->next();
        QVERIFY(wizard->button(QWizard::FinishButton)->text().contains(QStringLiteral("Refuse")) ||
                !wizard->button(QWizard::FinishButton)->text().isEmpty());
        QSignalSpy submitted(wizard, &IntakeWizard::submitted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        QCOMPARE(submitted.first().first().value<RegisteredRequest>().state, RequestState::RefusedAtIntake);
        DocumentPreviewDialog* preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = d->window->findChild<DocumentPreviewDialog*>()) != nullptr, 30000);
        // The refusal receipt: two copies, in each language.
        QCOMPARE(preview->document().pages.size(), 4);
    }

    void anEmptyForm_closesOnEscWithoutAQuestion()
    {
        auto d = open(Channel::Provider);
        IntakeWizard* wizard = startWizard(*d->window);
        QVERIFY(wizard);
        test::ScriptedPrompts prompts;
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Confirm), 0);
    }

    /// File → Sign out on a shared desk: a begun application asks first, and "no" keeps the user signed in with every
    /// field; "yes" drops it and the window asks the program for the next sign-in.
    void signingOut_withABegunApplication_asksFirst()
    {
        auto d = open(Channel::Provider);
        QSignalSpy signedOut(d->window.get(), &MainWindow::signOutRequested);
        auto* signOut = d->window->findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
        IntakeWizard* wizard = startWizard(*d->window);
        fillDuplicate(wizard);
        test::ScriptedPrompts prompts;
        signOut->trigger();
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Confirm), 1);
        QVERIFY(wizard->isVisible());
        QCOMPARE(signedOut.size(), 0);
        QCOMPARE(wizard->draft().fields.value(QStringLiteral("applicant.surname")), QStringLiteral("Әлиева"));
        prompts.setConfirmAnswer(true);
        signOut->trigger();
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(signedOut.size(), 1);
        QTest::qWait(200);
        QCOMPARE(d->journal->model()->rowCount(), 0);
    }

    void tsonDesk_offersItsServices_andAbandoningWritesNothing()
    {
        auto d = open(Channel::Tson);
        IntakeWizard* wizard = startWizard(*d->window);
        QVERIFY(wizard);
        auto* services = wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        QVERIFY(services->findData(QStringLiteral("duplicate-secondary-edu-vko")) >= 0);
        QVERIFY(services->findData(QStringLiteral("externat-permit-vko")) < 0); // provider only
        fillDuplicate(wizard);
        // Esc on a filled form asks first; "no" keeps every field.
        test::ScriptedPrompts prompts;
        QTest::keyClick(wizard, Qt::Key_Escape);
        QCOMPARE(prompts.count(test::ScriptedPrompts::Kind::Confirm), 1);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->draft().fields.value(QStringLiteral("applicant.surname")), QStringLiteral("Әлиева"));
        prompts.setConfirmAnswer(true);
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
        QTest::qWait(200);
        QCOMPARE(d->journal->model()->rowCount(), 0);
    }

    /// A rural akim's apparatus takes its region's targeted social assistance, and its specialist registers it.
    void akimsDesk_takesTheAssistance_andItsSpecialistRegistersIt()
    {
        auto d = open(Channel::Akim);
        IntakeWizard* wizard = startWizard(*d->window);
        QVERIFY(wizard);
        auto* services = wizard->findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        QCOMPARE(services->count(), 1);
        choose(services, QStringLiteral("targeted-social-assistance-kyzylorda"));
        QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("channelLabel"))->text(), channelTitle(Channel::Akim));
        QVERIFY(wizard->findChild<QCheckBox*>(QStringLiteral("portalCheck"))->isHidden());
        wizard->next();
        typeText(field(wizard, "applicant.iin"), QStringLiteral("850304301235"));
        typeText(field(wizard, "applicant.surname"), QStringLiteral("Қасымова"));
        typeText(field(wizard, "applicant.given_name"), QStringLiteral("Дана"));
        typeText(field(wizard, "applicant.phone"), QStringLiteral("87011234567"));
        typeText(field(wizard, "applicant.address"), QStringLiteral("Жалағаш кенті, Әйтеке көшесі, 3"));
        typeText(field(wizard, "service.family_size"), QStringLiteral("5"));
        typeText(field(wizard, "service.monthly_income"), QStringLiteral("85000"));
        for (QComboBox* doc : wizard->findChildren<QComboBox*>()) {
            if (doc->objectName().startsWith(QLatin1String("doc_")))
                choose(doc, QStringLiteral("original"));
        }
        for (int i = 0; i < 4 && wizard->currentId() != IntakeWizard::SummaryPage; ++i)
            wizard->next();
        QCOMPARE(wizard->currentId(), static_cast<int>(IntakeWizard::SummaryPage));
        test::keepScreenshot(*wizard, QStringLiteral("intake-akim-summary"));
        QCOMPARE(wizard->draft().channel, Channel::Akim);
        QSignalSpy submitted(wizard, &IntakeWizard::submitted);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 30000);
        QVERIFY(submitted.first().first().value<RegisteredRequest>().number.startsWith(QStringLiteral("KZOAKIM001-")));
        QTRY_COMPARE_WITH_TIMEOUT(d->journal->model()->rowCount(), 1, 30000);
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
