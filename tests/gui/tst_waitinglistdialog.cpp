// The preschool waiting lists window at the education department's desk (issue 17, item 1): each child's position in
// its list (a proved benefit first, then the moment of registration), filtered by year of birth, saved as CSV; and the
// cycle of a place on the child's card (item 2): offered by the executor, answered by the канцелярия, enrolled.
#include "CardWindow.h"
#include "DataDir.h"
#include "Desk.h"
#include "DocumentKind.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "gui/queue/WaitingListDialog.h"
#include "gui/requests/RequestCardDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace kense;

class TestWaitingListDialog : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

    static std::unique_ptr<RequestCardDialog> card(test::Desk& desk, const UserRecord& user, const QString& number,
                                                   const QDateTime& now)
    {
        return test::openCard(desk, user, number, now);
    }

    /// Clicks the place button of `move` and waits for the card to read the request again.
    static void clickPlace(RequestCardDialog& c, PlaceMove move)
    {
        auto* button = c.findChild<QPushButton*>(QStringLiteral("place_") + placeMoveName(move));
        QVERIFY2(button, qPrintable(placeMoveName(move)));
        QSignalSpy loaded(&c, &RequestCardDialog::loaded);
        button->click();
        QVERIFY2(loaded.wait(30000), qPrintable(c.findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
    }

    static QStringList column(const QTableWidget* table, int c)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, c)->text();
        return out;
    }

private Q_SLOTS:
    void positions_filters_andCsv()
    {
        test::Desk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"));
        const auto at = [](int h, int m) {
            return QDateTime(QDate(2026, 12, 7), QTime(h, m));
        };
        const auto submit = [&](const RequestDraft& draft, const QDateTime& when) {
            const IntakeOutcome o = desk.submit(draft, desk.clerk, when, false);
            if (!o.request)
                qFatal("not registered: %s %s", qPrintable(o.errors.value(0).fieldId),
                       qPrintable(o.errors.value(0).message));
            return o.request->number;
        };
        // Registered one after another, as the desk's clock runs.
        const QString c = submit(test::preschoolDraft(QStringLiteral("230911501010")), at(8, 30));
        const QString a = submit(test::preschoolDraft(QStringLiteral("220315501019")), at(9, 10));
        const QString d =
            submit(test::preschoolDraft(QStringLiteral("220315501019"), QStringLiteral("large_family")), at(10, 0));
        const QString b =
            submit(test::preschoolDraft(QStringLiteral("220101501015"), QStringLiteral("disability"), true), at(11, 0));

        WaitingListDialog dialog(desk.store(), desk.catalog);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("waitingTable"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
        auto* service = dialog.findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        QTRY_VERIFY(service->findData(u"preschool-registration-kyzylorda"_qs) >= 0);
        service->setCurrentIndex(service->findData(u"preschool-registration-kyzylorda"_qs));
        QTRY_COMPARE(table->rowCount(), 4);
        // Born 2022: the proved benefit first, then by the moment of registration; the unproved benefit waits its turn.
        QCOMPARE(column(table, 1), (QStringList{b, a, d, c}));
        QCOMPARE(column(table, 0), (QStringList{u"1"_qs, u"2"_qs, u"3"_qs, u"1"_qs}));
        QVERIFY2(table->item(2, 3)->text().contains(dialog.tr(" (not proved)").trimmed()),
                 qPrintable(table->item(2, 3)->text()));
        QVERIFY2(!table->item(1, 3)->text().contains(dialog.tr(" (not proved)").trimmed()), // no benefit claimed
                 qPrintable(table->item(1, 3)->text()));
        QVERIFY2(status->text().contains(u"4"_qs), qPrintable(status->text()));

        auto* born = dialog.findChild<QComboBox*>(QStringLiteral("bornCombo"));
        born->setCurrentIndex(born->findData(2023));
        QCOMPARE(column(table, 1), QStringList{c});

        test::ScriptedPrompts prompts;
        const QString csv = m_data.scratchPath(QStringLiteral("queue.csv"));
        prompts.queueSaveFileName(csv);
        born->setCurrentIndex(0);
        dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QTRY_VERIFY2(status->text().contains(QDir::toNativeSeparators(csv)), qPrintable(status->text()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).contains(u"position"_qs) && lines.at(0).contains(u"benefit_proved"_qs),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(b) && lines.at(1).contains(u"disability"_qs), qPrintable(lines.at(1)));
    }

    void aPlace_isOfferedAnsweredAndEnrolled_onTheChildsCard()
    {
        test::Desk desk;
        desk.setUp(Channel::Provider, QStringLiteral("KZOEDU01"));
        const QDateTime registered(QDate(2026, 12, 1), QTime(9, 0));
        const QString first =
            desk.submit(test::preschoolDraft(u"220315501019"_qs), desk.clerk, registered, false).request->number;
        const QString second =
            desk.submit(test::preschoolDraft(u"220101501015"_qs), desk.clerk, registered.addSecs(3600), false)
                .request->number;
        const QDateTime offered(QDate(2027, 1, 25), QTime(10, 0));
        test::ScriptedPrompts prompts;
        prompts.setConfirmAnswer(true);
        {
            // The канцелярия does not offer places; the department's executor does, naming the kindergarten.
            auto clerk = card(desk, desk.clerk, first, offered);
            QCOMPARE(clerk->placeMovesOffered(), QList<PlaceMove>{PlaceMove::Withdraw});
            auto executor = card(desk, desk.executor, first, offered);
            QCOMPARE(executor->placeMovesOffered(), QList<PlaceMove>{PlaceMove::Offer});
            prompts.queuePlaceOffer(u"№ 5 «Ақбота» балабақшасы"_qs, u"ортаңғы"_qs, QDate(2027, 2, 1));
            clickPlace(*executor, PlaceMove::Offer);
            QCOMPARE(prompts.last(test::ScriptedPrompts::Kind::PlaceOffer), first);
            const QString where = executor->findChild<QLabel*>(QStringLiteral("placeLabel"))->text();
            QVERIFY2(where.contains(u"№ 5 «Ақбота» балабақшасы (ортаңғы)"_qs) && where.contains(u"25.01.2027"_qs) &&
                         where.contains(u"awaited by 01.02.2027"_qs),
                     qPrintable(where));
            // A week later, no answer recorded: the card says so to whoever opens it.
            auto late = card(desk, desk.clerk, first, offered.addDays(8));
            const QString unanswered = late->findChild<QLabel*>(QStringLiteral("placeLabel"))->text();
            QVERIFY2(unanswered.contains(u"was to answer by 01.02.2027: no answer is recorded"_qs),
                     qPrintable(unanswered));
            QVERIFY(executor->placeMovesOffered().isEmpty()); // the parent answers now
            test::keepScreenshot(*executor, u"card-place-offered"_qs);
        }
        // The list still counts the child (an offer not yet answered holds the place) and says it was offered.
        WaitingListDialog lists(desk.store(), desk.catalog);
        QSignalSpy open(&lists, &WaitingListDialog::openRequested);
        lists.show();
        auto* table = lists.findChild<QTableWidget*>(QStringLiteral("waitingTable"));
        auto* service = lists.findChild<QComboBox*>(QStringLiteral("serviceCombo"));
        QTRY_VERIFY(service->findData(u"preschool-registration-kyzylorda"_qs) >= 0);
        service->setCurrentIndex(service->findData(u"preschool-registration-kyzylorda"_qs));
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(column(table, 1), (QStringList{first, second}));
        QVERIFY2(table->item(0, 5)->text().contains(placeStateTitle(PlaceState::Offered)),
                 qPrintable(table->item(0, 5)->text()));
        test::keepScreenshot(lists, u"waiting-lists-place-offered"_qs);
        Q_EMIT table->cellActivated(0, 0); // a row opens the child's card
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), first);
        {
            // The канцелярия records the parent's written consent: the direction is printed at once.
            auto clerk = card(desk, desk.clerk, first, offered.addDays(2));
            QCOMPARE(clerk->placeMovesOffered(),
                     (QList<PlaceMove>{PlaceMove::RefuseOffer, PlaceMove::Consent, PlaceMove::Withdraw}));
            QSignalSpy print(clerk.get(), &RequestCardDialog::printRequested);
            clickPlace(*clerk, PlaceMove::Consent);
            QVERIFY2(prompts.last(test::ScriptedPrompts::Kind::Confirm).contains(first),
                     qPrintable(prompts.last(test::ScriptedPrompts::Kind::Confirm)));
            QCOMPARE(print.size(), 1);
            QCOMPARE(print.first().at(1).toInt(), static_cast<int>(DocumentKind::Direction));
            auto* documents = clerk->findChild<QComboBox*>(QStringLiteral("printDocumentCombo"));
            QCOMPARE(documents->currentData().toInt(), static_cast<int>(DocumentKind::Direction));
            QVERIFY2(clerk->findChild<QLabel*>(QStringLiteral("placeLabel"))->text().contains(u"27.02.2027"_qs),
                     qPrintable(clerk->findChild<QLabel*>(QStringLiteral("placeLabel"))->text()));
        }
        lists.load();
        QTRY_COMPARE(table->rowCount(), 1); // the child with a direction left the list; the next one is first
        QCOMPARE(table->item(0, 0)->text(), u"1"_qs);
        {
            // Within its month the direction cannot be marked lapsed; after it, it can.
            auto executor = card(desk, desk.executor, first, offered.addDays(20));
            QCOMPARE(executor->placeMovesOffered(), QList<PlaceMove>{PlaceMove::Enroll});
            auto late = card(desk, desk.executor, first, QDateTime(QDate(2027, 2, 28), QTime(9, 0)));
            QCOMPARE(late->placeMovesOffered(), (QList<PlaceMove>{PlaceMove::Enroll, PlaceMove::Expire}));
            clickPlace(*executor, PlaceMove::Enroll);
            QVERIFY(executor->placeMovesOffered().isEmpty());
            test::keepScreenshot(*executor, u"card-place-enrolled"_qs);
        }
    }

    /// The real offer dialog: OK waits for a kindergarten; the answer comes back trimmed.
    void theOfferDialog_asksForTheKindergarten()
    {
        bool okWasDisabled = false;
        QTimer::singleShot(0, this, [&okWasDisabled] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            okWasDisabled = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->findChild<QLineEdit*>(QStringLiteral("kindergartenEdit"))->setText(u"  № 5 «Ақбота»  "_qs);
            dialog->findChild<QLineEdit*>(QStringLiteral("groupEdit"))->setText(u"ортаңғы"_qs);
            QVERIFY(!dialog->findChild<QDateEdit*>(QStringLiteral("answerByEdit"))->isEnabled());
            dialog->findChild<QCheckBox*>(QStringLiteral("answerByCheck"))->setChecked(true);
            dialog->findChild<QDateEdit*>(QStringLiteral("answerByEdit"))->setDate(QDate::currentDate().addDays(7));
            test::keepScreenshot(*dialog, u"place-offer-dialog"_qs);
            buttons->button(QDialogButtonBox::Ok)->click();
        });
        const std::optional<PlaceOffer> offer = askPlaceOfferInDialog(nullptr, u"KZOEDU01-1-2026-000001"_qs);
        QVERIFY(okWasDisabled);
        QVERIFY(offer);
        QCOMPARE(offer->kindergarten, u"№ 5 «Ақбота»"_qs);
        QCOMPARE(offer->group, u"ортаңғы"_qs);
        QCOMPARE(offer->answerBy, QDate::currentDate().addDays(7));
    }
};

QTEST_MAIN(TestWaitingListDialog)
#include "tst_waitinglistdialog.moc"
