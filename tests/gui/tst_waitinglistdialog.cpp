// The preschool waiting lists window at the education department's desk (issue 17, item 1): each child's position in
// its list (a proved benefit first, then the moment of registration), filtered by year of birth, saved as CSV.
#include "DataDir.h"
#include "Desk.h"
#include "ScriptedPrompts.h"
#include "gui/queue/WaitingListDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kense;

class TestWaitingListDialog : public QObject
{
    Q_OBJECT

    test::DataDir m_data;

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
};

QTEST_MAIN(TestWaitingListDialog)
#include "tst_waitinglistdialog.moc"
