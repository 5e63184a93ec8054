#include "gui/printing/ReportDialog.h"

#include "DeskDocuments.h"
#include "DocumentRenderer.h"
#include "PrintSettings.h"
#include "QueueStore.h"
#include "StatisticsChart.h"
#include "common/Csv.h"
#include "gui/WhenReady.h"
#include "gui/common/BackgroundWrite.h"
#include "gui/common/Prompts.h"
#include "gui/common/StatusLine.h"
#include "gui/common/WindowHelp.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "ui_ReportDialog.h"

#include <QDir>
#include <QStandardPaths>

namespace kense {

ReportDialog::ReportDialog(QueueStore& store, std::function<QDateTime()> now,
                           std::function<QDateTime(const QDateTime&)> soonUntil, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
    , m_store(store)
    , m_now(std::move(now))
    , m_soonUntil(std::move(soonUntil))
{
    m_ui->setupUi(this);
    WindowHelp::install(this, HelpTopic::Reports); // F1
    fillKinds();
    const QDate today = m_now().date();
    m_ui->fromDateEdit->setDate(today);
    m_ui->toDateEdit->setDate(today);
    setRunning(false);
    connect(m_ui->previewButton, &QAbstractButton::clicked, this, [this] { build(Output::Preview); });
    connect(m_ui->csvButton, &QAbstractButton::clicked, this, [this] { build(Output::Csv); });
    connect(m_ui->cancelButton, &QAbstractButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_ui->closeButton, &QAbstractButton::clicked, this, &QDialog::reject);
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportDialog::fillKinds()
{
    const int current = m_ui->reportKindCombo->currentIndex();
    m_ui->reportKindCombo->clear();
    m_ui->reportKindCombo->addItem(tr("Journal of the period"), static_cast<int>(ReportKind::Journal));
    m_ui->reportKindCombo->addItem(tr("Overdue and due within a working day"), static_cast<int>(ReportKind::Overdue));
    m_ui->reportKindCombo->addItem(tr("Statistics per service"), static_cast<int>(ReportKind::Services));
    m_ui->reportKindCombo->addItem(tr("Quality survey per service"), static_cast<int>(ReportKind::Survey));
    m_ui->reportKindCombo->setCurrentIndex(std::max(0, current));
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        fillKinds();
    }
    QDialog::changeEvent(event);
}

void ReportDialog::reject()
{
    if (m_cancel)
        m_cancel->store(true);
    QDialog::reject();
}

void ReportDialog::setRunning(bool running)
{
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->previewButton->setEnabled(!running);
    m_ui->csvButton->setEnabled(!running);
    m_ui->reportKindCombo->setEnabled(!running);
    m_ui->fromDateEdit->setEnabled(!running);
    m_ui->toDateEdit->setEnabled(!running);
}

void ReportDialog::showStatus(const QString& text, bool error)
{
    kense::showStatus(m_ui->statusLabel, text, error);
}

void ReportDialog::build(Output output)
{
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    if (to < from) {
        showStatus(tr("The period ends before it begins: check \"To\"."), true);
        m_ui->toDateEdit->setFocus();
        return;
    }
    const auto kind = static_cast<ReportKind>(m_ui->reportKindCombo->currentData().toInt());
    const QDateTime now = m_now();
    const QDateTime soon = m_soonUntil(now);
    const Language csvLanguage =
        PrintSettings::documentLanguages() == DocumentLanguages::Kazakh ? Language::Kazakh : Language::Russian;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    setRunning(true);
    showStatus(tr("Building the report…"), false);
    const QFuture<DeskDocuments::BuiltReport> job =
        DeskDocuments(m_store).report(kind, from, to, now, soon, csvLanguage, 5000, cancel);
    whenReady(
        this, job,
        [this, output, kind](const DeskDocuments::BuiltReport& built) {
            m_cancel.reset();
            setRunning(false);
            if (built.cancelled) {
                showStatus(tr("Cancelled."), false);
                Q_EMIT reportFinished(false);
            } else if (!built.error.isEmpty()) {
                showStatus(tr("The report could not be built: %1").arg(built.error), true);
                Q_EMIT reportFinished(false);
            } else if (output == Output::Preview) {
                preview(built.report, kind);
            } else {
                saveCsv(built.report, kind);
            }
        },
        [this](const QString& error) {
            m_cancel.reset();
            setRunning(false);
            showStatus(error, true);
            Q_EMIT reportFinished(false);
        });
}

void ReportDialog::preview(const Report& report, ReportKind kind)
{
    QMap<QString, ChartPainter> charts;
    if (kind == ReportKind::Services)
        charts.insert(QStringLiteral("services"), servicesChart(report.services)); // painted wherever the page is
    try {
        const DocumentTemplate tmpl = DocumentTemplate::load(report.document.kind);
        const DocumentData document = report.document;
        auto* dialog = new DocumentPreviewDialog(
            m_ui->reportKindCombo->currentText(),
            [tmpl, document, charts](DocumentLanguages languages) {
                return DocumentRenderer::layOut(tmpl, document, languages, charts);
            },
            PrintSettings::documentLanguages(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        showStatus(tr("The report is open in the preview."), false);
        Q_EMIT reportFinished(true);
    } catch (const TemplateError& e) {
        showStatus(tr("The report's template is broken: %1").arg(e.message), true);
        Q_EMIT reportFinished(false);
    }
}

void ReportDialog::saveCsv(const Report& report, ReportKind kind)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2-%3.csv")
                          .arg(reportKindName(kind), m_ui->fromDateEdit->date().toString(Qt::ISODate),
                               m_ui->toDateEdit->date().toString(Qt::ISODate)));
    const QString path = Prompts::instance().saveFileName(this, tr("Save as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        showStatus(tr("Not saved."), false);
        Q_EMIT reportFinished(false);
        return;
    }
    const QByteArray bytes = csv::document(report.csv);
    const qsizetype rows = report.csv.size() - 1;
    setRunning(true);
    m_ui->cancelButton->setVisible(false);
    const QFuture<QString> job = writeWholeInBackground(path, bytes); // whole or not at all, off the window's thread
    whenReady(
        this, job,
        [this, path, rows](const QString& error) {
            setRunning(false);
            if (error.isEmpty())
                showStatus(
                    tr("%n row(s) saved to %1.", nullptr, static_cast<int>(rows)).arg(QDir::toNativeSeparators(path)),
                    false);
            else
                showStatus(tr("Not saved: %1").arg(error), true); // the error names the file
            Q_EMIT reportFinished(error.isEmpty());
        },
        [this](const QString& error) {
            setRunning(false);
            showStatus(error, true);
            Q_EMIT reportFinished(false);
        });
}

} // namespace kense
