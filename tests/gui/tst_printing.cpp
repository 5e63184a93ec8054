// Ctrl+P at the desk: the preview of the document the selected request's state calls for, its language, Save as
// PDF and printing through a real QPrinter path (to a PDF file here; no CUPS queue runs on the test machine).
#include "Intake.h"
#include "MainWindow.h"
#include "QueueStore.h"
#include "TestDesk.h"
#include "journal/JournalModel.h"
#include "printing/DocumentPreviewDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
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

    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase() { qputenv("KENSE_DATA_DIR", m_data.filePath(QStringLiteral("data")).toUtf8()); }

    void ctrlP_previewsTheReceipt_savesAndPrintsIt()
    {
        test::TestDesk desk;
        desk.setUp();
        const QString number =
            Intake(desk.db.connection(), desk.catalog, desk.calendar)
                .submit(test::duplicateDraft(), desk.clerk, QDateTime(QDate(2026, 11, 2), QTime(10, 0)), false)
                .request->number;
        desk.db.close();
        QueueStore store(desk.catalog, desk.calendar);
        store.open(desk.path(), Database::Mode::ExistingOnly).waitForFinished();
        const QDateTime now(QDate(2026, 11, 3), QTime(12, 0));
        MainWindow w({desk.path(), 3, {}, {}, {}, {}}, desk.catalog, Language::Kazakh,
                     JournalContext{&store, [now] { return now; },
                                    [now](const QDateTime&) {
                                        return now.addDays(1);
                                    }});
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
        const QString saved = m_data.filePath(QStringLiteral("receipt.pdf"));
        DocumentPreviewDialog::askPdfPath = [saved](QWidget*, const QString& suggested) {
            Q_ASSERT(suggested.endsWith(QStringLiteral(".pdf")));
            return saved;
        };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        QString text = pdfText(saved);
        QVERIFY2(text.contains(QStringLiteral("Расписка о приеме документов")) && text.contains(number),
                 qPrintable(text));

        // Print: the same pages through QPrinter (its PDF output stands in for a printer queue).
        const QString printed = m_data.filePath(QStringLiteral("printed.pdf"));
        DocumentPreviewDialog::askPrinter = [printed](QPrinter& printer, QWidget*) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printed);
            return true;
        };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        text = pdfText(printed);
        QVERIFY2(text.contains(QStringLiteral("Расписка о приеме документов")) && text.contains(number),
                 qPrintable(text));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY2(status->text().contains(printed), qPrintable(status->text()));

        // A cancelled print dialog sends nothing and says so.
        DocumentPreviewDialog::askPrinter = [](QPrinter&, QWidget*) {
            return false;
        };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
        QCOMPARE(finished.size(), 2);
        QVERIFY(!status->text().isEmpty());
        QCOMPARE(status->property("error").toBool(), false);

        // A file that cannot be written: the reason, in red, and nothing lost.
        DocumentPreviewDialog::askPdfPath = [](QWidget*, const QString&) {
            return QStringLiteral("/nonexistent-dir/receipt.pdf");
        };
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(status->property("error").toBool(), true);
        QVERIFY2(status->text().contains(QStringLiteral("receipt.pdf")), qPrintable(status->text()));
        dialog->close();
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
