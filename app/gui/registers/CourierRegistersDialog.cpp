#include "gui/registers/CourierRegistersDialog.h"

#include "DeskDocuments.h"
#include "DocumentRenderer.h"
#include "PrintSettings.h"
#include "QueueStore.h"
#include "gui/ScannerInput.h"
#include "gui/WhenReady.h"
#include "gui/common/StatusLine.h"
#include "gui/common/WindowHelp.h"
#include "gui/printing/DocumentPreviewDialog.h"
#include "intake/RequestNumber.h"
#include "intake/ScannerKeys.h"
#include "records/DeskRecord.h"
#include "ui_CourierRegistersDialog.h"
#include "workflow/Workflow.h"

#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

namespace kense {

namespace {
QString moment(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QStringLiteral("—");
}
} // namespace

CourierRegistersDialog::CourierRegistersDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user,
                                               std::function<QDateTime()> now, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CourierRegistersDialog>())
    , m_store(store)
    , m_now(std::move(now))
    , m_catalog(catalog)
    , m_user(user)
{
    m_ui->setupUi(this);
    WindowHelp::install(this, HelpTopic::CourierRegisters); // F1
    setObjectName(QStringLiteral("courierRegistersDialog"));
    m_ui->registersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->registersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->registersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->registersTable->verticalHeader()->hide();
    // Enter belongs to the scanner (each number ends with it): no button of the dialog may take it. Its scan field
    // reads the numbers, so the main window's scanner leaves this window alone.
    ScannerInput::readsScansItself(this);
    for (auto* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    // Makes registers (the ЦОН operator, the akim's specialist), rather than receiving them.
    const bool operatorDesk = Workflow::mayEver(Transition::AddToCourierRegister, Channel::Tson, user.roles) ||
                              Workflow::mayEver(Transition::AddToCourierRegister, Channel::Akim, user.roles);
    m_ui->newRegisterButton->setEnabled(operatorDesk);
    m_ui->sendButton->setEnabled(operatorDesk);
    m_ui->addButton->setEnabled(operatorDesk);
    connect(m_ui->newRegisterButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::createRegister);
    // The office is found by any part of its name or code («білім», «Арал», «KZOEDU02»), as the clerk types.
    m_ui->providerCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->providerCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->providerCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (operatorDesk)
        loadProviders();
    // A scanner types the number and Enter: into the register being made, or onto the list of received packages.
    connect(m_ui->scanEdit, &QLineEdit::returnPressed, this, [this, operatorDesk] {
        if (operatorDesk)
            addScanned();
        else
            markReceived();
    });
    connect(m_ui->addButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::addScanned);
    connect(m_ui->markReceivedButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::markReceived);
    connect(m_ui->sendButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::send);
    connect(m_ui->receiveButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::receive);
    connect(m_ui->printRegisterButton, &QAbstractButton::clicked, this, &CourierRegistersDialog::printRegister);
    connect(m_ui->closeButton, &QAbstractButton::clicked, this, &QDialog::accept);
    connect(m_ui->registersTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_scanned.clear();
        m_ui->scannedLabel->clear();
    });
    reload();
}

CourierRegistersDialog::~CourierRegistersDialog() = default;

void CourierRegistersDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        reload(selectedRegister());
    }
    QDialog::changeEvent(event);
}

void CourierRegistersDialog::setStatus(const QString& text, bool error)
{
    kense::showStatus(m_ui->statusLabel, text, error);
}

QString CourierRegistersDialog::selectedRegister() const
{
    const int row = m_ui->registersTable->currentRow();
    return row >= 0 && row < m_registers.size() ? m_registers.at(row).number : QString();
}

void CourierRegistersDialog::reload(const QString& select)
{
    whenReady(
        this, m_store.courierRegisters(),
        [this, select](const QList<CourierRegisterRecord>& registers) {
            m_registers = registers;
            auto* t = m_ui->registersTable;
            t->clear();
            t->setColumnCount(6);
            t->setHorizontalHeaderLabels(
                {tr("Register"), tr("To / from"), tr("Made"), tr("With the courier"), tr("Received"), tr("Requests")});
            t->setRowCount(static_cast<int>(registers.size()));
            for (int r = 0; r < registers.size(); ++r) {
                const CourierRegisterRecord& reg = registers.at(r);
                const QString office = reg.providerName.isEmpty()
                                           ? reg.provider
                                           : QStringLiteral("%1 (%2)").arg(reg.providerName, reg.provider);
                const QStringList cells{reg.number,
                                        office,
                                        moment(reg.createdAt),
                                        moment(reg.sentAt),
                                        moment(reg.receivedAt),
                                        QString::number(reg.requests.size())};
                for (int c = 0; c < cells.size(); ++c)
                    t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
                if (reg.number == select)
                    t->selectRow(r);
            }
            t->resizeColumnsToContents();
            t->horizontalHeader()->setStretchLastSection(true);
            if (t->currentRow() < 0 && t->rowCount() > 0)
                t->selectRow(0);
            Q_EMIT loaded();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void CourierRegistersDialog::afterMove(const QFuture<bool>& move, const QString& done, const QString& select)
{
    whenReady(
        this, move,
        [this, done, select](bool) {
            setStatus(done, false);
            Q_EMIT moved();
            reload(select);
        },
        [this](const QString& error) { setStatus(error, true); });
}

void CourierRegistersDialog::loadProviders()
{
    whenReady(
        this, m_store.courierProviders(),
        [this](const QList<OfficeRecord>& offices) {
            QComboBox* combo = m_ui->providerCombo;
            combo->clear();
            for (const OfficeRecord& o : offices)
                combo->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.code), o.code);
            combo->setCurrentIndex(-1);
            combo->lineEdit()->setPlaceholderText(tr("Type a part of the office's name or code"));
            if (offices.isEmpty())
                setStatus(tr("No service of this desk has the office that provides it named yet: an administrator "
                             "names them in Administration → Courier routes."),
                          true);
        },
        [this](const QString& error) { setStatus(error, true); });
}

QString CourierRegistersDialog::chosenProvider() const
{
    const QComboBox* combo = m_ui->providerCombo;
    const QString text = combo->currentText().trimmed();
    const int typed = combo->findText(text, Qt::MatchFixedString);
    if (typed >= 0)
        return combo->itemData(typed).toString();
    const int byCode = combo->findData(text.toUpper());
    return byCode >= 0 ? combo->itemData(byCode).toString() : QString();
}

void CourierRegistersDialog::createRegister()
{
    const QString provider = chosenProvider();
    if (provider.isEmpty()) {
        setStatus(m_ui->providerCombo->currentText().trimmed().isEmpty()
                      ? tr("Choose the office the register goes to.")
                      : tr("\"%1\" is not one of the offices this desk's registers go to: choose one from the list.")
                            .arg(m_ui->providerCombo->currentText().trimmed()),
                  true);
        m_ui->providerCombo->setFocus();
        return;
    }
    const UserRecord user = m_user;
    whenReady(
        this, m_store.openCourierRegister(provider, user, m_now()),
        [this](const CourierRegisterRecord& reg) {
            setStatus(tr("Register %1 is open: scan the packages into it.").arg(reg.number), false);
            m_ui->scanEdit->setFocus();
            reload(reg.number);
        },
        [this](const QString& error) { setStatus(error, true); });
}

void CourierRegistersDialog::addScanned()
{
    const QString reg = selectedRegister();
    const QString number = scannerTextToAscii(m_ui->scanEdit->text().trimmed()).toUpper();
    m_ui->scanEdit->clear();
    if (reg.isEmpty()) {
        setStatus(tr("Make or select a register first."), true);
        return;
    }
    if (!isRequestNumber(number)) {
        setStatus(tr("\"%1\" is not a request number.").arg(number), true);
        return;
    }
    const int sheets = m_ui->sheetsSpin->value();
    const UserRecord user = m_user;
    afterMove(m_store.addToCourierRegister(reg, number, sheets, user, m_now()),
              tr("%1 is in register %2.").arg(number, reg), reg);
}

void CourierRegistersDialog::markReceived()
{
    const QString number = scannerTextToAscii(m_ui->scanEdit->text().trimmed()).toUpper();
    m_ui->scanEdit->clear();
    if (!isRequestNumber(number)) {
        setStatus(tr("\"%1\" is not a request number.").arg(number), true);
        return;
    }
    if (!m_scanned.contains(number))
        m_scanned << number;
    m_ui->scannedLabel->setText(tr("Scanned for receiving (%n): %1", nullptr, static_cast<int>(m_scanned.size()))
                                    .arg(m_scanned.join(QStringLiteral(", "))));
}

void CourierRegistersDialog::send()
{
    const QString reg = selectedRegister();
    if (reg.isEmpty())
        return;
    const UserRecord user = m_user;
    afterMove(m_store.sendCourierRegister(reg, user, m_now()), tr("Register %1 is with the courier.").arg(reg), reg);
    printRegister();
}

void CourierRegistersDialog::receive()
{
    const QString reg = selectedRegister();
    if (reg.isEmpty())
        return;
    const QStringList scanned = m_scanned;
    const UserRecord user = m_user;
    afterMove(m_store.receiveCourierRegister(reg, scanned, user, m_now()),
              tr("Register %1 is received: its requests are with the provider.").arg(reg), reg);
    m_scanned.clear();
    m_ui->scannedLabel->clear();
}

void CourierRegistersDialog::printRegister()
{
    const QString reg = selectedRegister();
    if (reg.isEmpty())
        return;
    whenReady(
        this, DeskDocuments(m_store).courierRegister(reg),
        [this, reg](const DocumentData& document) {
            try {
                const DocumentTemplate tmpl = DocumentTemplate::load(document.kind);
                auto* preview = new DocumentPreviewDialog(
                    tr("Register %1").arg(reg),
                    [tmpl, document](DocumentLanguages languages) {
                        return DocumentRenderer::layOut(tmpl, document, languages);
                    },
                    PrintSettings::documentLanguages(), this);
                preview->setAttribute(Qt::WA_DeleteOnClose);
                preview->open();
            } catch (const TemplateError& e) {
                setStatus(e.message, true);
            }
        },
        [this](const QString& error) { setStatus(error, true); });
}

} // namespace kense
