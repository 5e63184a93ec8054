// The request card through its widgets: each role is offered exactly the moves the core's workflow allows it now,
// and a request goes head → executor (with its result) → head's signature → issue, each move written as an event.
#include "CardWindow.h"
#include "DataDir.h"
#include "Desk.h"
#include "DeskDocuments.h"
#include "DocumentKind.h"
#include "QueueStore.h"
#include "QueueStoreAccess.h"
#include "Results.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "gui/requests/RequestCardDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace kense;

class TestRequestCard : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    test::ScriptedPrompts m_prompts; ///< every confirmation is answered yes

    /// What the card offers for a duplicate (the head's path).
    static QList<Transition> expected(RequestState state, Channel channel, const UserRecord& user)
    {
        QList<Transition> out;
        for (Role role : user.roles) {
            for (Transition t : Workflow::available(state, channel, Path::HeadAndExecutor, role)) {
                if (!Workflow::isCourierRegisterMove(t) && !out.contains(t))
                    out << t;
            }
        }
        return out;
    }

    static std::unique_ptr<RequestCardDialog> card(test::Desk& desk, const UserRecord& user, const QString& number)
    {
        return test::openCard(desk, user, number, QDateTime(QDate(2026, 11, 24), QTime(11, 0)));
    }

    /// A duplicate registered by the clerk on 2 November: the card a head opens to assign it.
    static QString registeredDuplicate(test::Desk& desk)
    {
        return desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false)
            .request->number;
    }

    static void click(RequestCardDialog& c, Transition t)
    {
        QSignalSpy loaded(&c, &RequestCardDialog::loaded);
        auto* button = c.findChild<QPushButton*>(QStringLiteral("action_") + transitionName(t));
        QVERIFY2(button, qPrintable(transitionName(t)));
        button->click();
        QVERIFY2(loaded.wait(30000), qPrintable(c.findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
    }

private Q_SLOTS:
    void initTestCase() { m_prompts.setConfirmAnswer(true); }

    /// Aktobe enrollment (seed 000 p.3, p.5): in work there is nothing to fill in, the receipt is the result; once
    /// issued, the executor saves the order, and the card offers it to print.
    void aktobeEnrollment_theOrderIsMadeAfterIssue()
    {
        test::Desk desk;
        desk.setUp();
        const QDateTime at(QDate(2026, 11, 2), QTime(10, 0));
        const QString number =
            desk.submit(test::enrollmentDraft(QStringLiteral("school-enrollment-aktobe")), desk.clerk, at, false)
                .request->number;
        desk.advance(number, Transition::AssignExecutor, desk.head, at.addSecs(300), {}, desk.executor.id);
        auto inWork = card(desk, desk.executor, number);
        QVERIFY(!inWork->findChild<QPushButton*>(QStringLiteral("saveResultButton"))->isEnabled());
        QVERIFY(
            inWork->findChild<QLabel*>(QStringLiteral("resultNumberLabel"))->text().contains(u"signed by the head"_qs));
        inWork.reset();
        desk.advance(number, Transition::PrepareResult, desk.executor, at.addSecs(900));
        desk.advance(number, Transition::SignResult, desk.head, at.addSecs(1200));
        desk.advance(number, Transition::IssueResult, desk.clerk, at.addSecs(1500));

        auto issued = card(desk, desk.executor, number);
        auto* save = issued->findChild<QPushButton*>(QStringLiteral("saveResultButton"));
        QVERIFY(save->isEnabled());
        QVERIFY2(save->toolTip().contains(u"бұйрық"_qs), qPrintable(save->toolTip()));
        QSignalSpy loaded(issued.get(), &RequestCardDialog::loaded);
        save->click();
        QVERIFY(loaded.wait(30000));
        QVERIFY(issued->findChild<QLabel*>(QStringLiteral("resultNumberLabel"))->text().contains(u"D00001"_qs));
        QCOMPARE(issued->findChild<QComboBox*>(QStringLiteral("printDocumentCombo"))->currentText(),
                 documentKindTitle(DocumentKind::Order));
        if (qEnvironmentVariableIsSet("KENSE_KEEP_SCREENSHOT"))
            issued->grab().save(qEnvironmentVariable("KENSE_KEEP_SCREENSHOT"));
        // A clerk does not make the order.
        auto clerk = card(desk, desk.clerk, number);
        QVERIFY(!clerk->findChild<QPushButton*>(QStringLiteral("saveResultButton"))->isEnabled());
    }

    void headExecutorSignIssue_eachRoleSeesWhatTheWorkflowAllows()
    {
        test::Desk desk;
        desk.setUp();
        const QString number = registeredDuplicate(desk);
        const QList<UserRecord> everyone{desk.clerk, desk.head, desk.executor, desk.op, desk.admin};
        const auto checkRoles = [&](RequestState state) {
            for (const UserRecord& user : everyone) {
                auto c = card(desk, user, number);
                QCOMPARE(c->offered(), expected(state, Channel::Provider, user));
                for (Transition t : allTransitions()) {
                    const bool shown =
                        c->findChild<QPushButton*>(QStringLiteral("action_") + transitionName(t)) != nullptr;
                    QCOMPARE(shown, c->offered().contains(t));
                }
            }
        };

        checkRoles(RequestState::Registered);
        {
            // The clerk corrects the applicant's phone in the data table; the history keeps the change.
            auto c = card(desk, desk.clerk, number);
            auto* data = c->findChild<QTableWidget*>(QStringLiteral("dataTable"));
            QTableWidgetItem* phone = nullptr;
            for (int row = 0; row < data->rowCount(); ++row) {
                if (data->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String("applicant.phone"))
                    phone = data->item(row, 1);
            }
            QVERIFY(phone && (phone->flags() & Qt::ItemIsEditable));
            phone->setText(QStringLiteral("87017654321"));
            // A choice is corrected with a drop-down of the catalog's options.
            int reasonRow = -1;
            for (int row = 0; row < data->rowCount(); ++row) {
                if (data->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String("subject.reason"))
                    reasonRow = row;
            }
            QVERIFY(reasonRow >= 0);
            data->editItem(data->item(reasonRow, 1));
            auto* choice = data->findChild<QComboBox*>(QStringLiteral("choiceEditor"));
            QVERIFY(choice);
            choice->setCurrentIndex(choice->findData(QStringLiteral("damaged")));
            data->itemDelegateForColumn(1)->setModelData(choice, data->model(), data->model()->index(reasonRow, 1));
            QSignalSpy loaded(c.get(), &RequestCardDialog::loaded);
            c->findChild<QPushButton*>(QStringLiteral("saveEditsButton"))->click();
            QVERIFY(loaded.wait(30000));
            QVERIFY2(c->findChild<QLabel*>(QStringLiteral("statusLabel"))
                         ->text()
                         .contains(QStringLiteral("applicant.phone")),
                     qPrintable(c->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        }
        {
            auto c = card(desk, desk.head, number);
            auto* executors = c->findChild<QComboBox*>(QStringLiteral("executorCombo"));
            QCOMPARE(executors->count(), 1);
            QCOMPARE(executors->currentText(), desk.executor.fullName);
            click(*c, Transition::AssignExecutor);
        }
        checkRoles(RequestState::InWork);
        {
            auto c = card(desk, desk.executor, number);
            // A refusal needs its reasons.
            c->findChild<QPushButton*>(QStringLiteral("action_prepare_refusal"))->click();
            auto* status = c->findChild<QLabel*>(QStringLiteral("statusLabel"));
            QVERIFY(status->property("error").toBool());
            // The result: the duplicate's grades.
            // The table comes filled with the attestat's standard subjects (the catalog's list); subjects the
            // graduate did not take are removed, a missing one is added.
            auto* grades = c->findChild<QTableWidget*>(QStringLiteral("gradesTable"));
            QCOMPARE(grades->rowCount(), 17);
            QCOMPARE(grades->item(0, 0)->text(), QStringLiteral("Қазақ тілі"));
            QCOMPARE(grades->item(16, 0)->text(), QStringLiteral("Дене шынықтыру"));
            c->findChild<QPushButton*>(QStringLiteral("addGradeButton"))->click();
            QCOMPARE(grades->rowCount(), 18);
            while (grades->rowCount() > 1) {
                grades->setCurrentCell(1, 0);
                c->findChild<QPushButton*>(QStringLiteral("removeGradeButton"))->click();
            }
            QCOMPARE(grades->item(0, 0)->text(), QStringLiteral("Қазақ тілі"));
            grades->setItem(0, 1, new QTableWidgetItem(QStringLiteral("6")));
            c->findChild<QPushButton*>(QStringLiteral("saveResultButton"))->click();
            QVERIFY2(status->property("error").toBool() && status->text().contains(QStringLiteral("Line 1")) &&
                         status->text().contains(QStringLiteral("\"6\" is not a grade")),
                     qPrintable(status->text()));
            QCOMPARE(grades->currentColumn(), 1);
            grades->setItem(0, 1, new QTableWidgetItem(QStringLiteral("5")));
            QSignalSpy loaded(c.get(), &RequestCardDialog::loaded);
            c->findChild<QPushButton*>(QStringLiteral("saveResultButton"))->click();
            QVERIFY2(loaded.wait(30000), qPrintable(status->text()));
            QVERIFY(c->findChild<QLabel*>(QStringLiteral("resultNumberLabel"))
                        ->text()
                        .contains(QStringLiteral("KZOEDU01-1-2026-D00001")));
            click(*c, Transition::PrepareResult);
        }
        checkRoles(RequestState::ResultPrepared);
        {
            auto c = card(desk, desk.head, number);
            click(*c, Transition::SignResult);
        }
        checkRoles(RequestState::ResultSigned);
        {
            auto c = card(desk, desk.clerk, number);
            QSignalSpy print(c.get(), &RequestCardDialog::printRequested);
            click(*c, Transition::IssueResult);
            QCOMPARE(print.size(), 1); // the receipt of issue
            QCOMPARE(print.first().at(1).toInt(), -1);
            auto* history = c->findChild<QTableWidget*>(QStringLiteral("eventsTable"));
            QCOMPARE(history->rowCount(), 7); // registered, edited, assigned, result saved, prepared, signed, issued
            // Who acted, by name (not the login); who does each step, by the role's title (not its code).
            QCOMPARE(history->item(0, 1)->text(), desk.clerk.fullName);
            QCOMPARE(history->item(5, 1)->text(), desk.head.fullName);
            auto* steps = c->findChild<QTableWidget*>(QStringLiteral("stepsTable"));
            QStringList who;
            for (int row = 0; row < steps->rowCount() - 1; ++row)
                who << steps->item(row, 1)->text();
            QVERIFY2(who.contains(roleTitle(Role::Head)) && !who.contains(u"head"_qs) && !who.contains(u"clerk"_qs),
                     qPrintable(who.join(u", "_qs)));
        }
        checkRoles(RequestState::Issued);
        {
            // After issue every document the request had prints again: the receipt, the duplicate, the receipt
            // of issue (chosen: the state calls for it).
            auto c = card(desk, desk.clerk, number);
            auto* documents = c->findChild<QComboBox*>(QStringLiteral("printDocumentCombo"));
            QList<int> kinds;
            for (int i = 0; i < documents->count(); ++i)
                kinds << documents->itemData(i).toInt();
            QCOMPARE(kinds,
                     (QList<int>{static_cast<int>(DocumentKind::Receipt), static_cast<int>(DocumentKind::Duplicate),
                                 static_cast<int>(DocumentKind::IssueReceipt)}));
            QCOMPARE(documents->currentData().toInt(), static_cast<int>(DocumentKind::IssueReceipt));
            c->resize(900, 700);
            test::keepScreenshot(*c, QStringLiteral("card-issued-documents"));
            QSignalSpy print(c.get(), &RequestCardDialog::printRequested);
            documents->setCurrentIndex(1);
            c->findChild<QPushButton*>(QStringLiteral("printButton"))->click();
            QCOMPARE(print.size(), 1);
            QCOMPARE(print.first().at(0).toString(), number);
            QCOMPARE(print.first().at(1).toInt(), static_cast<int>(DocumentKind::Duplicate));
        }
    }

    /// Issuing a request a representative brought: the clerk says who came for it, and the receipt of issue
    /// names that person (it used to assume the representative).
    void issuingToARepresentativesRequest_asksWhoCame()
    {
        test::Desk desk;
        desk.setUp();
        RequestDraft draft = test::duplicateDraft();
        draft.fields.insert(QStringLiteral("representative.iin"), QStringLiteral("870412300228"));
        draft.fields.insert(QStringLiteral("representative.surname"), QStringLiteral("ҒАЛЫМОВ"));
        draft.fields.insert(QStringLiteral("representative.given_name"), QStringLiteral("Нұрлан"));
        draft.fields.insert(QStringLiteral("representative.phone"), QStringLiteral("8 777 765 43 21"));
        draft.fields.insert(QStringLiteral("representative.poa_number"), QStringLiteral("2611-0045"));
        draft.fields.insert(QStringLiteral("representative.poa_date"), QStringLiteral("2026-10-30"));
        draft.documents.insert(QStringLiteral("power_of_attorney"), DocumentStatus::Original);
        const QDateTime t(QDate(2026, 11, 2), QTime(10, 0));
        const IntakeOutcome outcome = desk.submit(draft, desk.clerk, t, false);
        QVERIFY2(outcome.registered(), qPrintable(outcome.errors.isEmpty() ? QStringLiteral("documents missing")
                                                                           : outcome.errors.first().message));
        const QString number = outcome.request->number;
        QueueStore& store = desk.store();
        test::await(store.advance(number, Transition::AssignExecutor, desk.head, t.addSecs(60), {}, desk.executor.id));
        QCOMPARE(test::await(store.saveResult(number, {{QStringLiteral("Қазақ тілі"), QStringLiteral("5")}},
                                              desk.executor, t.addSecs(120)))
                     .kind,
                 QStringLiteral("duplicate_secondary")); // the service's result document, decided by the store
        test::await(store.advance(number, Transition::PrepareResult, desk.executor, t.addSecs(180)));
        test::await(store.advance(number, Transition::SignResult, desk.head, t.addSecs(240)));

        auto c = card(desk, desk.clerk, number);
        auto* who = c->findChild<QComboBox*>(QStringLiteral("collectorCombo"));
        QVERIFY(who->isVisible());
        QCOMPARE(who->count(), 2);
        QCOMPARE(who->currentIndex(), -1); // nobody is assumed
        c->resize(900, 700);
        test::keepScreenshot(*c, QStringLiteral("card-issue-who-came"));
        auto* status = c->findChild<QLabel*>(QStringLiteral("statusLabel"));
        c->findChild<QPushButton*>(QStringLiteral("action_issue_result"))->click();
        QVERIFY2(status->property("error").toBool() && status->text().contains(QStringLiteral("Received by")),
                 qPrintable(status->text()));
        QCOMPARE(test::await(store.load(number))->state, RequestState::ResultSigned);

        who->setCurrentIndex(who->findData(QStringLiteral("applicant")));
        QVERIFY(who->itemText(who->currentIndex()).contains(QStringLiteral("ӘЛИЯ")));
        click(*c, Transition::IssueResult);
        const RequestDetails issued = *test::await(store.load(number));
        QCOMPARE(issued.state, RequestState::Issued);
        QCOMPARE(issued.events.last().after, QStringLiteral("applicant"));
        const auto loaded = test::await(DeskDocuments(store).request(number, t.date()));
        QVERIFY(loaded.context);
        const DocumentData receipt = buildRequestDocument(DocumentKind::IssueReceipt, *loaded.context);
        QVERIFY2(receipt.text(QStringLiteral("recipient.name"), Language::Kazakh).contains(QStringLiteral("ӘЛИЯ")),
                 qPrintable(receipt.text(QStringLiteral("recipient.name"), Language::Kazakh)));
    }

    /// Enter in "Note or reasons" runs the one move the card offers, with the note; it never saves corrections.
    void enterInTheNote_runsTheMoveShown()
    {
        test::Desk desk;
        desk.setUp();
        const QString number = registeredDuplicate(desk);
        auto c = card(desk, desk.head, number);
        QCOMPARE(c->offered(), QList<Transition>{Transition::AssignExecutor});
        auto* note = c->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        note->setFocus();
        note->setText(QStringLiteral("urgent"));
        QSignalSpy moved(c.get(), &RequestCardDialog::moved);
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY2(moved.wait(30000), qPrintable(c->findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        QCOMPARE(moved.first().at(1).value<RequestState>(), RequestState::InWork);
        QVERIFY(c->isVisible());
    }

    /// The head's note to the executor is on the card beside the moves, with who wrote it and when: the executor
    /// found it only by reading the History tab.
    void theHeadsNote_isBesideTheMoves()
    {
        test::Desk desk;
        desk.setUp();
        const QString number = registeredDuplicate(desk);
        auto head = card(desk, desk.head, number);
        QVERIFY(!head->findChild<QLabel*>(QStringLiteral("lastNoteLabel"))->isVisibleTo(head.get()));
        head.reset();
        desk.advance(number, Transition::AssignExecutor, desk.head, QDateTime(QDate(2026, 11, 2), QTime(11, 0)),
                     QStringLiteral("Мұрағаттан 2015 жылғы журналды тексеріңіз"), desk.executor.id);
        auto executor = card(desk, desk.executor, number);
        auto* note = executor->findChild<QLabel*>(QStringLiteral("lastNoteLabel"));
        QVERIFY(note->isVisibleTo(executor.get()));
        QVERIFY2(note->text().contains(QStringLiteral("Мұрағаттан 2015 жылғы журналды тексеріңіз")) &&
                     note->text().contains(desk.head.fullName),
                 qPrintable(note->text()));
    }

    /// Tab follows the card as it reads: the note, the move, then printing and Close. The move buttons came last,
    /// so Tab+Space from the note opened a print preview instead of assigning.
    void tabFromTheNote_reachesTheMoveBeforePrintAndClose()
    {
        test::Desk desk;
        desk.setUp();
        const QString number = registeredDuplicate(desk);
        auto c = card(desk, desk.head, number);
        c->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(c.get()));
        const QString move = QStringLiteral("action_") + transitionName(Transition::AssignExecutor);
        QTRY_VERIFY(c->findChild<QPushButton*>(move)->isVisible()); // shown once the layout has run
        c->findChild<QLineEdit*>(QStringLiteral("noteEdit"))->setFocus();
        QStringList order;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order.first(), move);
        QVERIFY2(order.indexOf(QStringLiteral("printButton")) > 0, qPrintable(order.join(u' ')));
        QCOMPARE(order.last(), QStringLiteral("closeButton"));
    }

    /// A move the database could not write is told as a failure of the database — nothing saved, not the rules saying
    /// no — and nothing moves. It was shown like a refusal by a rule, in the same words a clerk reads for one.
    void aMoveTheDatabaseCouldNotWrite_isSaidAsAFailure_notARefusal()
    {
        test::Desk desk;
        desk.setUp();
        const QString number = registeredDuplicate(desk);
        auto c = card(desk, desk.head, number);
        QVERIFY(QFile::remove(desk.path())); // the database deleted under the running program
        QSignalSpy moved(c.get(), &RequestCardDialog::moved);
        auto* note = c->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Return);
        auto* status = c->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Not saved")), 30000);
        QVERIFY2(status->text().contains(QStringLiteral("not a refusal")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("deleted, moved or replaced")), qPrintable(status->text()));
        QCOMPARE(moved.count(), 0);
    }

    /// A number this desk does not have opens a card with nothing to print, save or move: only Close.
    void aNumberNotInTheDatabase_offersOnlyClose()
    {
        test::Desk desk;
        desk.setUp();
        const QDateTime now(QDate(2026, 11, 24), QTime(11, 0));
        RequestCardDialog c(
            desk.store(), desk.catalog, desk.head, QStringLiteral("KZOEDU01-1-2026-999999"), [now] { return now; },
            [now](const QDateTime&) { return now.addDays(1); }, Language::Kazakh);
        c.show();
        auto* status = c.findChild<QLabel*>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("999999")), 30000);
        for (const QPushButton* b : c.findChildren<QPushButton*>())
            QVERIFY2(b->isEnabled() == (b->objectName() == QStringLiteral("closeButton")), qPrintable(b->objectName()));
        QVERIFY(!c.findChild<QComboBox*>(QStringLiteral("printDocumentCombo"))->isEnabled());
        test::keepScreenshot(c, QStringLiteral("card-no-such-request"));
    }

    void issuingASocialResult_asksTheSurvey()
    {
        test::Desk desk;
        desk.setUp();
        const RequestDraft draft = test::unemployedDraft();
        const IntakeOutcome o = desk.submit(draft, desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false);
        QVERIFY2(o.registered(), o.errors.isEmpty() ? "" : qPrintable(o.errors.first().message));
        const QDateTime t(QDate(2026, 11, 3), QTime(10, 0));
        // Kyzylorda's regulation has no head in this service: the executor prepares the registered request, the
        // канцелярия issues what was prepared.
        QVERIFY(card(desk, desk.head, o.request->number)->offered().isEmpty());
        auto atTheExecutor = card(desk, desk.executor, o.request->number);
        QCOMPARE(atTheExecutor->offered(), (QList<Transition>{Transition::PrepareResult, Transition::PrepareRefusal}));
        test::keepScreenshot(*atTheExecutor, QStringLiteral("card-executor-without-head"));
        desk.advance(o.request->number, Transition::PrepareResult, desk.executor, t);
        QueueStore& store = desk.store();
        m_prompts.queueSurveyAnswers(3, 2);
        auto c = card(desk, desk.clerk, o.request->number);
        click(*c, Transition::IssueResult);
        QCOMPARE(m_prompts.count(test::ScriptedPrompts::Kind::Survey), 1);
        QTRY_VERIFY_WITH_TIMEOUT(c->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().size() > 0, 30000);
        auto survey = QueueStoreAccess::run<std::optional<SurveyAnswers>>(
            store, [number = o.request->number](QueueSession& s) { return Results(s.db()).survey(number); });
        survey.waitForFinished();
        QVERIFY(survey.result());
        QCOMPARE(survey.result()->quality, 3);
        QCOMPARE(survey.result()->information, 2);
    }
};

QTEST_MAIN(TestRequestCard)
#include "tst_requestcard.moc"
