#include "gui/printing/PrintSettingsDialog.h"

#include "PrintSettings.h"
#include "gui/common/Prompts.h"
#include "gui/printing/DocumentLanguageChoice.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "ui_PrintSettingsDialog.h"

#include <QEvent>
#include <QPrinterInfo>

namespace kense {

PrintSettingsDialog::PrintSettingsDialog(QWidget* parent, QStringList printers)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PrintSettingsDialog>())
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->documentLanguageCombo->setCurrentIndex(
        m_ui->documentLanguageCombo->findData(documentLanguagesName(PrintSettings::documentLanguages())));
    m_ui->blankCheck->setChecked(PrintSettings::duplicatesOnBlank());

    if (printers.isEmpty())
        printers = QPrinterInfo::availablePrinterNames();
    // PDF files have their own entry: a blank printed from a PDF later is shifted by the printer that prints it.
    m_ui->printerCombo->addItem(tr("PDF files"), QString());
    for (const QString& name : printers)
        m_ui->printerCombo->addItem(name, name);
    const int remembered = m_ui->printerCombo->findData(PrintSettings::printerName());
    m_ui->printerCombo->setCurrentIndex(remembered >= 0 ? remembered : 0);
    for (int i = 0; i < m_ui->printerCombo->count(); ++i) {
        const QString name = m_ui->printerCombo->itemData(i).toString();
        m_offsets.insert(name, PrintSettings::calibration(name));
    }
    showPrinter();
    connect(m_ui->printerCombo, &QComboBox::currentIndexChanged, this, [this] {
        keepOffsets();
        showPrinter();
    });
    connect(m_ui->calibrationPageButton, &QAbstractButton::clicked, this, &PrintSettingsDialog::printCalibrationPage);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PrintSettingsDialog::~PrintSettingsDialog() = default;

void PrintSettingsDialog::fillLanguages()
{
    fillDocumentLanguages(m_ui->documentLanguageCombo);
}

void PrintSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        fillLanguages();
        m_ui->printerCombo->setItemText(0, tr("PDF files"));
    }
    QDialog::changeEvent(event);
}

void PrintSettingsDialog::showPrinter()
{
    m_shown = m_ui->printerCombo->currentData().toString();
    const Calibration c = m_offsets.value(m_shown);
    m_ui->offsetXSpin->setValue(c.dx);
    m_ui->offsetYSpin->setValue(c.dy);
}

void PrintSettingsDialog::keepOffsets()
{
    m_offsets.insert(m_shown, Calibration{m_ui->offsetXSpin->value(), m_ui->offsetYSpin->value()});
}

void PrintSettingsDialog::printCalibrationPage()
{
    keepOffsets();
    const Calibration c = m_offsets.value(m_shown);
    const QString printer = m_shown;
    auto* preview = new DocumentPreviewDialog(
        tr("Calibration page"),
        [c, printer](DocumentLanguages languages) {
            return calibrationPage(c, languages == DocumentLanguages::Russian ? Language::Russian : Language::Kazakh,
                                   printer);
        },
        PrintSettings::documentLanguages() == DocumentLanguages::Russian ? DocumentLanguages::Russian
                                                                         : DocumentLanguages::Kazakh,
        this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void PrintSettingsDialog::accept()
{
    keepOffsets();
    std::optional<QString> error = PrintSettings::setDocumentLanguages(
        documentLanguagesFromName(m_ui->documentLanguageCombo->currentData().toString())
            .value_or(DocumentLanguages::Both));
    if (!error)
        error = PrintSettings::setDuplicatesOnBlank(m_ui->blankCheck->isChecked());
    for (auto it = m_offsets.constBegin(); !error && it != m_offsets.constEnd(); ++it)
        error = PrintSettings::setCalibration(it.key(), it.value());
    if (error) {
        Prompts::instance().warn(this, windowTitle(), tr("The print settings were not saved: %1").arg(*error));
        return; // the dialog stays open with the clerk's choices
    }
    QDialog::accept();
}

} // namespace kense
