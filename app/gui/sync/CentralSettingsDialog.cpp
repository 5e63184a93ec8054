#include "gui/sync/CentralSettingsDialog.h"

#include "gui/common/StatusLine.h"
#include "gui/sync/SyncController.h"
#include "sync/CentralSettings.h"
#include "sync/SecretStore.h"
#include "ui_CentralSettingsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace kense {

CentralSettingsDialog::CentralSettingsDialog(SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CentralSettingsDialog>())
    , m_sync(sync)
{
    m_ui->setupUi(this);
    sayUnits();
    fillModes();
    if (const auto a = CentralSettings::address()) {
        m_ui->hostEdit->setText(a->host);
        m_ui->portSpin->setValue(a->port);
        m_ui->databaseEdit->setText(a->database);
        m_ui->userEdit->setText(a->user);
        m_ui->sslModeCombo->setCurrentIndex(std::max(0, m_ui->sslModeCombo->findData(a->sslMode)));
        m_ui->caFileEdit->setText(a->sslRootCert);
        m_ui->passwordEdit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    }
    m_ui->caFileEdit->setPlaceholderText(tr("libpq's default (~/.postgresql/root.crt)"));
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this, [this] { sayMode(); });
    connect(m_ui->caFileButton, &QPushButton::clicked, this, [this] {
        auto* chooser =
            new QFileDialog(this, tr("The centre's CA certificate"), QFileInfo(m_ui->caFileEdit->text()).absolutePath(),
                            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, this,
                [this](const QString& file) { m_ui->caFileEdit->setText(QDir::toNativeSeparators(file)); });
        chooser->open();
    });
    sayMode();
    m_ui->intervalSpin->setValue(CentralSettings::intervalMinutes());
    m_ui->keepSpin->setValue(CentralSettings::keepConfirmedDays());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CentralSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CentralSettingsDialog::~CentralSettingsDialog() = default;

void CentralSettingsDialog::sayUnits()
{
    m_ui->intervalSpin->setSuffix(tr(" min"));
    m_ui->intervalSpin->setSpecialValueText(tr("only when asked"));
    m_ui->keepSpin->setSuffix(tr(" days after the centre confirmed them"));
    m_ui->keepSpin->setSpecialValueText(tr("always"));
    m_ui->keepSpin->setToolTip(tr("How long this desk keeps its changes once the centre has confirmed them. Make it "
                                  "longer than the time between the centre's backups: a centre restored from its "
                                  "last backup gets them again from the desks."));
}

void CentralSettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        sayUnits();
        fillModes();
    }
    QDialog::changeEvent(event);
}

void CentralSettingsDialog::fillModes()
{
    const QString current = m_ui->sslModeCombo->currentData().toString();
    const QSignalBlocker quiet(m_ui->sslModeCombo);
    m_ui->sslModeCombo->clear();
    m_ui->sslModeCombo->addItem(tr("Encrypted; the certificate and the server's name checked"),
                                QStringLiteral("verify-full"));
    m_ui->sslModeCombo->addItem(tr("Encrypted; the certificate checked, not the name"), QStringLiteral("verify-ca"));
    m_ui->sslModeCombo->addItem(tr("Encrypted; nothing checked"), QStringLiteral("require"));
    m_ui->sslModeCombo->addItem(tr("Not encrypted (test networks only)"), QStringLiteral("disable"));
    m_ui->sslModeCombo->setCurrentIndex(std::max(0, m_ui->sslModeCombo->findData(current)));
}

void CentralSettingsDialog::sayMode()
{
    const QString mode = m_ui->sslModeCombo->currentData().toString();
    m_ui->caFileEdit->setEnabled(mode != QLatin1String("disable"));
    m_ui->caFileButton->setEnabled(mode != QLatin1String("disable"));
    if (mode == QLatin1String("disable"))
        showStatus(m_ui->statusLabel,
                   tr("Without encryption, IINs, names and the password cross the network as clear text: anyone on "
                      "the way can read them."),
                   true);
    else if (mode == QLatin1String("require"))
        showStatus(m_ui->statusLabel,
                   tr("Without the certificate checked, a machine on the way can pose as the centre."), true);
    else
        showStatus(m_ui->statusLabel, QString(), false);
}

void CentralSettingsDialog::accept()
{
    sync::CentralAddress a;
    a.host = m_ui->hostEdit->text().trimmed();
    a.port = m_ui->portSpin->value();
    a.database = m_ui->databaseEdit->text().trimmed();
    a.user = m_ui->userEdit->text().trimmed();
    a.sslMode = m_ui->sslModeCombo->currentData().toString();
    a.sslRootCert = a.sslMode == QLatin1String("disable") ? QString() : m_ui->caFileEdit->text().trimmed();
    QLineEdit* missing = a.host.isEmpty()       ? m_ui->hostEdit
                         : a.database.isEmpty() ? m_ui->databaseEdit
                         : a.user.isEmpty()     ? m_ui->userEdit
                                                : nullptr;
    if (missing) {
        showStatus(m_ui->statusLabel, tr("Fill in the server, the database and the user."), true);
        missing->setFocus();
        return;
    }
    if (!a.sslRootCert.isEmpty()) {
        const QFileInfo ca(a.sslRootCert);
        if (!ca.isFile() || !ca.isReadable()) {
            showStatus(m_ui->statusLabel,
                       tr("Centre's CA certificate: %1 is not a file this account can read.")
                           .arg(QDir::toNativeSeparators(a.sslRootCert)),
                       true);
            m_ui->caFileEdit->setFocus();
            return;
        }
        a.sslRootCert = ca.absoluteFilePath();
    }
    std::optional<QString> error = CentralSettings::setAddress(a);
    if (!error)
        error = CentralSettings::setIntervalMinutes(m_ui->intervalSpin->value());
    if (!error)
        error = CentralSettings::setKeepConfirmedDays(m_ui->keepSpin->value());
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
