#include "gui/sync/CentralSettingsDialog.h"

#include "gui/common/StatusLine.h"
#include "gui/sync/SyncController.h"
#include "sync/CentralSettings.h"
#include "sync/SecretStore.h"
#include "ui_CentralSettingsDialog.h"

#include <QEvent>
#include <QPushButton>

namespace kense {

CentralSettingsDialog::CentralSettingsDialog(SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CentralSettingsDialog>())
    , m_sync(sync)
{
    m_ui->setupUi(this);
    m_ui->intervalSpin->setSuffix(tr(" min"));
    m_ui->intervalSpin->setSpecialValueText(tr("only when asked"));
    if (const auto a = CentralSettings::address()) {
        m_ui->hostEdit->setText(a->host);
        m_ui->portSpin->setValue(a->port);
        m_ui->databaseEdit->setText(a->database);
        m_ui->userEdit->setText(a->user);
        m_ui->passwordEdit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    }
    m_ui->intervalSpin->setValue(CentralSettings::intervalMinutes());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CentralSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CentralSettingsDialog::~CentralSettingsDialog() = default;

void CentralSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

void CentralSettingsDialog::accept()
{
    sync::CentralAddress a;
    a.host = m_ui->hostEdit->text().trimmed();
    a.port = m_ui->portSpin->value();
    a.database = m_ui->databaseEdit->text().trimmed();
    a.user = m_ui->userEdit->text().trimmed();
    QLineEdit* missing = a.host.isEmpty()       ? m_ui->hostEdit
                         : a.database.isEmpty() ? m_ui->databaseEdit
                         : a.user.isEmpty()     ? m_ui->userEdit
                                                : nullptr;
    if (missing) {
        showStatus(m_ui->statusLabel, tr("Fill in the server, the database and the user."), true);
        missing->setFocus();
        return;
    }
    std::optional<QString> error = CentralSettings::setAddress(a);
    if (!error)
        error = CentralSettings::setIntervalMinutes(m_ui->intervalSpin->value());
    if (error) {
        showStatus(m_ui->statusLabel, tr("The settings were not saved: %1").arg(*error), true);
        return;
    }
    m_sync.reconfigure();
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_ui->buttonBox->setEnabled(false);
    showStatus(m_ui->statusLabel, tr("Storing the password in the keychain…"), false);
    sync::SecretStore::writeAsync(sync::SecretStore::centralKey(a.url()), password.toUtf8(), this,
                                  [this, password](const sync::Secret& s) {
                                      m_ui->buttonBox->setEnabled(true);
                                      m_ui->passwordEdit->clear();
                                      if (s.status == sync::Secret::Status::Ok) {
                                          m_sync.setSessionPassword(QString());
                                          QDialog::accept();
                                          return;
                                      }
                                      // Never written anywhere else: kept in memory until Kense closes.
                                      m_sync.setSessionPassword(password);
                                      m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
                                      showStatus(m_ui->statusLabel,
                                                 tr("The settings are saved, but no keychain is available on this "
                                                    "computer (%1). The password is kept only until Kense closes; "
                                                    "it will be asked for at the next start.")
                                                     .arg(s.error),
                                                 true);
                                  });
}

} // namespace kense
