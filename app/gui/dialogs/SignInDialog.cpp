#include "gui/dialogs/SignInDialog.h"

#include "gui/common/CapsLockHint.h"
#include "ui_SignInDialog.h"

#include <QPushButton>

namespace kense {

SignInDialog::SignInDialog(const QString& deskDescription, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->deskLabel->setText(deskDescription);
    m_ui->messageLabel->hide();
    new CapsLockHint(m_ui->capsLockLabel, {m_ui->passwordEdit});
    // Wide enough for the office's name and a message in a few lines; it grows with the message, never cuts it.
    setMinimumWidth(420);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::accept()
{
    if (m_ui->loginEdit->text().trimmed().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        showFailure();
        return;
    }
    setBusy(true);
    Q_EMIT signInRequested(m_ui->loginEdit->text().trimmed(), m_ui->passwordEdit->text());
}

void SignInDialog::showFailure(const QDateTime& lockedUntil)
{
    setBusy(false);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    // A locked account says when it may be tried again; a wrong login or password still not which of them.
    m_ui->messageLabel->setText(
        lockedUntil.isValid()
            ? tr("Too many failed attempts: this account is locked until %1. Try again then, or ask the administrator "
                 "to set a new password.")
                  .arg(lockedUntil.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
            : tr("The login or the password is wrong."));
    m_ui->messageLabel->show();
    adjustSize();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
}

} // namespace kense
