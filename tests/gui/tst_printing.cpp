// Ctrl+P at the desk: the preview of the document the selected request's state calls for, its language, Save as
// PDF and printing through a real QPrinter path (to a PDF file here; no CUPS queue runs on the test machine).
#include "DataDir.h"
#include "DeskWindow.h"
#include "PrintSettings.h"
#include "Screenshot.h"
#include "ScriptedPrompts.h"
#include "gui/MainWindow.h"
#include "gui/journal/JournalModel.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "gui/printing/PrintSettingsDialog.h"
#include "gui/printing/ReportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace kense;

namespace {
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

    test::DataDir m_data;
    test::ScriptedPrompts m_prompts; ///< the file dialogs and the print dialog, answered

private Q_SLOTS:
    void ctrlP_previewsTheReceipt_savesAndPrintsIt()
    {
        test::Desk desk;
        desk.setUp();
        const QString number =
            desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false)
                .request->number;
        const QDateTime now(QDate(2026, 11, 3), QTime(12, 0));
        MainWindow w({desk.path(), 3, {}, {}, {}, {}}, desk.catalog, Language::Kazakh, test::journalAt(desk, now));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* view = w.findChild<QTableView*>(QStringLiteral("journalView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 30000);

        // Nothing selected: the status bar says what to do.
        w.findChild<QAction*>(QStringLiteral("printAction"))->trigger();
        QVERIFY(w.findChild<DocumentPreviewDialog*>() == nullptr);

        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_P));
        DocumentPreviewDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<DocumentPreviewDialog*>()) != nullptr, 30000);
        QVERIFY(dialog->windowTitle().contains(number));
        QCOMPARE(dialog->document().pages.size(), 2); // Kazakh, then Russian (the default setting: both)

        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("ru")));
        QCOMPARE(dialog->document().pages.size(), 1);

        QSignalSpy finished(dialog, &DocumentPreviewDialog::outputFinished);
        const QString saved = m_data.scratchPath(QStringLiteral("receipt.pdf"));
        m_prompts.queueSaveFileName(saved);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(m_prompts.last(test::ScriptedPrompts::Kind::SaveFile).endsWith(QStringLiteral(".pdf")));
        QCOMPARE(finished.first().first().toBool(), true);
        QString text = pdfText(saved);
        QVERIFY2(text.contains(QStringLiteral("Расписка о приеме документов")) && text.contains(number),
                 qPrintable(text));

        // Print: the same pages through QPrinter (its PDF output stands in for a printer queue).
        const QString printed = m_data.scratchPath(QStringLiteral("printed.pdf"));
        m_prompts.queuePrintToPdf(printed);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        text = pdfText(printed);
        QVERIFY2(text.contains(QStringLiteral("Расписка о приеме документов")) && text.contains(number),
                 qPrintable(text));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY2(status->text().contains(printed), qPrintable(status->text()));

        // Three copies to a file: the pages three times over, collated, in one run.
        dialog->findChild<QSpinBox*>(QStringLiteral("copiesSpin"))->setValue(3);
        test::keepScreenshot(*dialog, QStringLiteral("preview-three-copies"));
        const QString copies = m_data.scratchPath(QStringLiteral("copies.pdf"));
        m_prompts.queuePrintToPdf(copies);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(pdfText(copies).count(QStringLiteral("Расписка о приеме документов")), 3);
        QCOMPARE(pdfText(copies).count(QLatin1Char('\f')), 3);
        QVERIFY2(status->text().contains(QStringLiteral("3")), qPrintable(status->text()));
        dialog->findChild<QSpinBox*>(QStringLiteral("copiesSpin"))->setValue(1);

        // A cancelled print dialog sends nothing and says so.
        m_prompts.queuePrintCancelled();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        QCOMPARE(finished.size(), 3);
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(status->property("error").toBool(), false);

        // A file that cannot be written: the reason, in red, and nothing lost.
        m_prompts.queueSaveFileName(QStringLiteral("/nonexistent-dir/receipt.pdf"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(status->property("error").toBool(), true);
        QVERIFY2(status->text().contains(QStringLiteral("receipt.pdf")), qPrintable(status->text()));
        dialog->close();
    }

    void reports_previewAndCsv()
    {
        test::Desk desk;
        desk.setUp();
        for (int i = 0; i < 3; ++i)
            desk.submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2 + i), QTime(10, 0)), false);
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
        MainWindow w({desk.path(), 3, {}, {}, {}, {}}, desk.catalog, Language::Kazakh, test::journalAt(desk, now));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Not an administrator: the printing settings are not offered.
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("printSettingsAction"))->isEnabled());

        w.findChild<QAction*>(QStringLiteral("reportsAction"))->trigger();
        auto* dialog = w.findChild<ReportDialog*>();
        QVERIFY(dialog);
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("reportKindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ReportKind::Services)));
        dialog->findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate(2026, 11, 1));
        auto* to = dialog->findChild<QDateEdit*>(QStringLiteral("toDateEdit"));
        to->setDate(QDate(2026, 10, 1));
        QSignalSpy finished(dialog, &ReportDialog::reportFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY2(status->property("error").toBool() && status->text().contains(QStringLiteral("To")),
                 qPrintable(status->text()));
        to->setDate(QDate(2026, 11, 30));

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        auto* preview = dialog->findChild<DocumentPreviewDialog*>();
        QVERIFY(preview);
        QVERIFY(!preview->document().pages.isEmpty());
        preview->close();

        const QString csv = m_data.scratchPath(QStringLiteral("services.csv"));
        m_prompts.queueSaveFileName(csv);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("csvButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(m_prompts.last(test::ScriptedPrompts::Kind::SaveFile)
                    .endsWith(QStringLiteral("services-2026-11-01-2026-11-30.csv")));
        QVERIFY2(finished.last().first().toBool(), qPrintable(status->text()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(content.contains("duplicate-secondary-edu-vko,") && content.contains(",3,"), content.constData());
        dialog->close();
    }

    void printSettings_areAnAdministratorsAndRemembered()
    {
        const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        StartupFacts facts{QStringLiteral("desk.sqlite"), 3, {}, {}, {}, {}};
        facts.administrator = true;
        MainWindow w(facts, catalog, Language::Russian);
        w.show();
        auto* action = w.findChild<QAction*>(QStringLiteral("printSettingsAction"));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* dialog = w.findChild<PrintSettingsDialog*>();
        QVERIFY(dialog);
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("documentLanguageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("ru")));
        dialog->findChild<QCheckBox*>(QStringLiteral("blankCheck"))->setChecked(true);
        // The PDF entry is always there (no printer is installed on the test machine).
        auto* printer = dialog->findChild<QComboBox*>(QStringLiteral("printerCombo"));
        QCOMPARE(printer->currentData().toString(), QString());
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("offsetXSpin"))->setValue(3);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("offsetYSpin"))->setValue(-2);

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("calibrationPageButton")), Qt::LeftButton);
        auto* page = dialog->findChild<DocumentPreviewDialog*>();
        QVERIFY(page);
        QCOMPARE(page->document().pages.size(), 1);
        page->close();

        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        QCOMPARE(PrintSettings::documentLanguages(), DocumentLanguages::Russian);
        QVERIFY(PrintSettings::duplicatesOnBlank());
        QCOMPARE(PrintSettings::calibration(QString()).dx, 3.0);
        QCOMPARE(PrintSettings::calibration(QString()).dy, -2.0);
        QCOMPARE(PrintSettings::setDocumentLanguages(DocumentLanguages::Both), std::nullopt);
        QCOMPARE(PrintSettings::setDuplicatesOnBlank(false), std::nullopt);
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
