#include "gui/dialogs/SetupDialog.h"

#include "QueueStore.h"
#include "gui/common/CapsLockHint.h"
#include "gui/common/TypeAhead.h"
#include "intake/RequestNumber.h"
#include "ui_SetupDialog.h"

#include <QPushButton>

namespace kense {

SetupDialog::SetupDialog(const QList<OfficeRecord>& offices, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetupDialog>())
    , m_offices(offices)
{
    m_ui->setupUi(this);
    m_ui->officeCombo->addItem(tr("Another office (not in the directory)"), QString());
    for (const OfficeRecord& o : std::as_const(m_offices)) {
        // The district too, where the name does not say it: a clerk looks for «Жалағаш», not for «KZOEMP05».
        const bool district = !o.district.isEmpty() && !o.name.contains(o.district, Qt::CaseInsensitive);
        m_ui->officeCombo->addItem(o.code + QStringLiteral(" — ") + o.name +
                                       (district ? QStringLiteral(" (%1)").arg(o.district) : QString()),
                                   o.code);
    }
    makeTypeAhead(m_ui->officeCombo);
    m_ui->deskKindCombo->addItem(channelTitle(Channel::Provider), channelName(Channel::Provider));
    m_ui->deskKindCombo->addItem(channelTitle(Channel::Tson), channelName(Channel::Tson));
    m_ui->deskKindCombo->addItem(channelTitle(Channel::Akim), channelName(Channel::Akim));
    m_ui->deskCodeEdit->setText(QStringLiteral("1"));
    m_ui->errorLabel->hide();
    new CapsLockHint(m_ui->capsLockLabel, {m_ui->passwordEdit, m_ui->passwordRepeatEdit});
    connect(m_ui->officeCombo, &QComboBox::currentIndexChanged, this, &SetupDialog::officeChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    officeChosen();
}

SetupDialog::~SetupDialog() = default;

void SetupDialog::officeChosen()
{
    const QString code = m_ui->officeCombo->currentData().toString();
    const bool newOffice = code.isEmpty();
    m_ui->newOfficeCodeEdit->setEnabled(newOffice);
    m_ui->newOfficeNameEdit->setEnabled(newOffice);
    for (const OfficeRecord& o : std::as_const(m_offices)) {
        if (o.code == code) {
            m_ui->deskKindCombo->setCurrentIndex(m_ui->deskKindCombo->findData(channelName(o.defaultDeskKind())));
        }
    }
}

void SetupDialog::showError(const QString& reason)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_ui->errorLabel->setText(reason);
    m_ui->errorLabel->show();
}

void SetupDialog::accept()
{
    DeskSetup s;
    s.officeCode = m_ui->officeCombo->currentData().toString();
    if (s.officeCode.isEmpty()) {
        s.officeCode = m_ui->newOfficeCodeEdit->text().trimmed().toUpper();
        s.newOfficeName = m_ui->newOfficeNameEdit->text().simplified();
        if (!isValidOfficeCode(s.officeCode))
            return showError(tr("New office code: use 2 to 12 Latin capital letters and digits."));
        if (s.newOfficeName.isEmpty())
            return showError(tr("New office name: write the office's name."));
    }
    s.deskCode = m_ui->deskCodeEdit->text().trimmed().toUpper();
    if (!isValidDeskCode(s.deskCode))
        return showError(tr("Desk code: use 1 to 6 Latin capital letters and digits."));
    s.kind = channelFromName(m_ui->deskKindCombo->currentData().toString()).value_or(Channel::Provider);
    s.adminLogin = m_ui->adminLoginEdit->text().trimmed();
    s.adminName = splitPersonalName(m_ui->adminNameEdit->text());
    s.password = m_ui->passwordEdit->text();
    if (s.adminLogin.isEmpty() || s.adminName.isEmpty())
        return showError(tr("Administrator: write the login and the full name."));
    if (const QString why = QueueStore::whyNotAPassword(s.password); !why.isEmpty())
        return showError(tr("Password: %1.").arg(why));
    if (s.password != m_ui->passwordRepeatEdit->text())
        return showError(tr("The two passwords differ."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    Q_EMIT setupRequested(s);
}

} // namespace kense
