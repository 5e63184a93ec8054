#include "gui/printing/DocumentPreviewDialog.h"

#include "DocumentTemplate.h"
#include "PrintSettings.h"
#include "gui/WhenReady.h"
#include "gui/common/Prompts.h"
#include "gui/common/StatusLine.h"
#include "gui/common/WindowHelp.h"
#include "gui/printing/DocumentLanguageChoice.h"
#include "layout/PagePainter.h"
#include "ui_DocumentPreviewDialog.h"

#include <QDir>
#include <QEvent>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPageSetupDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QtConcurrent>

namespace kense {

Q_LOGGING_CATEGORY(lcPrint, "kense.print")

namespace {

/// Documents are laid out on A4 from the paper's edge, portrait or landscape: the printer is told so.
void setPaper(QPrinter& printer, const LaidOutDocument& document)
{
    printer.setFullPage(true);
    printer.setPageLayout(pageLayoutOf(document));
}

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(const QString& title, LayOut layOut, DocumentLanguages languages,
                                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentPreviewDialog>())
    , m_title(title)
    , m_layOut(std::move(layOut))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_ui->setupUi(this);
    WindowHelp::install(this, HelpTopic::Preview); // F1
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(tr("Print preview — %1").arg(m_title));
    // A page reads best tall: as tall as the screen leaves under the title bar, never past it (it was 760 px,
    // taller than a 768-px screen with its title bar).
    if (const QScreen* screen = this->screen())
        resize(width(), std::min(screen->availableGeometry().height() - 40, 900));
    const QString remembered = PrintSettings::printerName();
    if (!remembered.isEmpty())
        m_printer->setPrinterName(remembered);

    m_preview = new QPrintPreviewWidget(m_printer.get(), m_ui->previewHost);
    m_preview->setObjectName(QStringLiteral("previewWidget"));
    auto* hostLayout = new QVBoxLayout(m_ui->previewHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        QString error;
        if (!paintDocument(m_document, *printer, &error))
            showStatus(error, true);
    });

    fillLanguages();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(documentLanguagesName(languages)));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        relayOut();
        m_preview->updatePreview();
    });
    connect(m_ui->zoomInButton, &QAbstractButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(m_ui->zoomOutButton, &QAbstractButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(m_ui->fitWidthButton, &QAbstractButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    new QShortcut(QKeySequence::ZoomIn, this, [this] { m_preview->zoomIn(); });
    new QShortcut(QKeySequence::ZoomOut, this, [this] { m_preview->zoomOut(); });
    connect(m_ui->printButton, &QAbstractButton::clicked, this, &DocumentPreviewDialog::print);
    connect(m_ui->savePdfButton, &QAbstractButton::clicked, this, &DocumentPreviewDialog::saveAsPdf);
    connect(m_ui->pageSetupButton, &QAbstractButton::clicked, this, &DocumentPreviewDialog::pageSetup);
    connect(m_ui->closeButton, &QAbstractButton::clicked, this, &QDialog::reject);
    relayOut();
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

void DocumentPreviewDialog::fillLanguages()
{
    fillDocumentLanguages(m_ui->languageCombo);
}

void DocumentPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setWindowTitle(tr("Print preview — %1").arg(m_title));
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

void DocumentPreviewDialog::relayOut()
{
    const auto languages =
        documentLanguagesFromName(m_ui->languageCombo->currentData().toString()).value_or(DocumentLanguages::Both);
    try {
        m_document = m_layOut(languages);
    } catch (const TemplateError& e) {
        // An administrator's template that does not read: say which file and why, print nothing.
        m_document = LaidOutDocument{};
        showStatus(tr("The document's template is broken: %1").arg(e.message), true);
        m_ui->printButton->setEnabled(false);
        m_ui->savePdfButton->setEnabled(false);
        return;
    }
    m_ui->printButton->setEnabled(true);
    m_ui->savePdfButton->setEnabled(true);
    setPaper(*m_printer, m_document);
    showStatus(tr("%n page(s)", nullptr, static_cast<int>(m_document.pages.size())), false);
}

void DocumentPreviewDialog::setBusy(bool busy)
{
    m_ui->printButton->setEnabled(!busy);
    m_ui->savePdfButton->setEnabled(!busy);
    m_ui->pageSetupButton->setEnabled(!busy);
    m_ui->languageCombo->setEnabled(!busy);
}

void DocumentPreviewDialog::showStatus(const QString& text, bool error)
{
    kense::showStatus(m_ui->statusLabel, text, error);
}

void DocumentPreviewDialog::pageSetup()
{
    QPageSetupDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted) {
        // The documents are drawn for A4 from the paper's edge; another paper would cut or shrink them.
        if (m_printer->pageLayout().pageSize().id() != QPageSize::A4)
            showStatus(tr("The documents are laid out for A4 paper; load A4 in the printer."), true);
        setPaper(*m_printer, m_document);
        m_preview->updatePreview();
    }
}

void DocumentPreviewDialog::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPrinterName(m_printer->printerName());
    printer->setDocName(m_document.title);
    setPaper(*printer, m_document);
    printer->setCopyCount(m_ui->copiesSpin->value());
    if (!Prompts::instance().choosePrinter(this, *printer)) {
        showStatus(tr("Printing cancelled; nothing was sent to the printer."), false);
        return;
    }
    setPaper(*printer, m_document);
    // The printer is remembered for next time; a settings file that cannot be written does not stop this print.
    if (printer->outputFormat() == QPrinter::NativeFormat)
        (void)PrintSettings::setPrinterName(printer->printerName());
    const QString name =
        printer->outputFormat() == QPrinter::NativeFormat ? printer->printerName() : printer->outputFileName();
    setBusy(true);
    showStatus(tr("Sending to %1…").arg(name), false);
    // A spooler makes the copies itself; a file (or a printer that cannot) gets them as pages, collated.
    const int copies = std::max(1, printer->copyCount());
    const bool byPages =
        copies > 1 && (printer->outputFormat() != QPrinter::NativeFormat || !printer->supportsMultipleCopies());
    if (byPages)
        printer->setCopyCount(1);
    const LaidOutDocument document = byPages ? collated(m_document, copies) : m_document;
    // Painting to a QPrinter from a worker thread is allowed; the window stays responsive while the spooler works.
    QFuture<QString> job = QtConcurrent::run([printer, document]() {
        QString error;
        if (!paintDocument(document, *printer, &error))
            return error.isEmpty() ? QStringLiteral("?") : error;
        if (printer->printerState() == QPrinter::Error)
            return tr("the printer reported an error");
        return QString();
    });
    whenReady(
        this, job,
        [this, name, copies](const QString& error) {
            setBusy(false);
            if (error.isEmpty()) {
                qCInfo(lcPrint) << "printed" << m_document.title << "on" << name;
                showStatus(copies > 1 ? tr("%n copies sent to %1.", nullptr, copies).arg(name)
                                      : tr("Sent to %1.").arg(name),
                           false);
            } else {
                qCWarning(lcPrint) << "printing" << m_document.title << "on" << name << "failed:" << error;
                showStatus(tr("Not printed on %1: %2. The request is unchanged; try again or choose another "
                              "printer.")
                               .arg(name, error),
                           true);
            }
            Q_EMIT outputFinished(error.isEmpty());
        },
        [this](const QString& error) {
            setBusy(false);
            showStatus(error, true);
            Q_EMIT outputFinished(false);
        });
}

void DocumentPreviewDialog::saveAsPdf()
{
    QString suggested = m_document.title;
    suggested.replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompts::instance().saveFileName(
        this, tr("Save as PDF"), QDir(dir).filePath(suggested + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        showStatus(tr("Not saved."), false);
        return;
    }
    setBusy(true);
    showStatus(tr("Saving %1…").arg(QDir::toNativeSeparators(path)), false);
    const LaidOutDocument document = m_document;
    QFuture<QString> job = QtConcurrent::run([path, document]() {
        QString error;
        writePdf(document, path, &error);
        return error;
    });
    whenReady(
        this, job,
        [this, path](const QString& error) {
            setBusy(false);
            if (error.isEmpty())
                showStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
            else
                showStatus(tr("Not saved: %1").arg(error), true);
            Q_EMIT outputFinished(error.isEmpty());
        },
        [this](const QString& error) {
            setBusy(false);
            showStatus(error, true);
            Q_EMIT outputFinished(false);
        });
}

} // namespace kense
