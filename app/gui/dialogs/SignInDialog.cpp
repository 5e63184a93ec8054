#include "gui/dialogs/SignInDialog.h"

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

void SignInDialog::showFailure()
{
    setBusy(false);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    m_ui->messageLabel->setText(
        tr("The login or the password is wrong, or the account is locked for a while after repeated failures."));
    m_ui->messageLabel->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
}

} // namespace kense
