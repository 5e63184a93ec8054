#include "gui/admin/UserNameDialog.h"

#include "QueueStore.h"
#include "gui/common/StatusLine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kense {

UserNameDialog::UserNameDialog(const QString& login, const PersonalName& name, const QList<Role>& roles,
                               QWidget* parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_surname(new QLineEdit(name.surname, this))
    , m_givenName(new QLineEdit(name.givenName, this))
    , m_patronymic(new QLineEdit(name.patronymic, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("The name of %1").arg(login));
    m_surname->setObjectName(QStringLiteral("surnameEdit"));
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_patronymic->setObjectName(QStringLiteral("patronymicEdit"));
    m_error->setObjectName(QStringLiteral("nameErrorLabel"));
    m_error->setWordWrap(true);
    auto* hint = new QLabel(tr("As documents print it: receipts, results and registers name the employee by surname, "
                               "given name and patronymic (if the person has one)."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("Pa&tronymic:"), m_patronymic);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("nameButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440); // the hint and an error wrap in a few lines, not one word a line
    m_surname->setFocus();
}

void UserNameDialog::accept()
{
    try {
        m_checked = QueueStore::checkUserName(
            PersonalName{m_surname->text(), m_givenName->text(), m_patronymic->text()}, m_roles);
    } catch (const StorageError& e) {
        showStatus(m_error, e.message, true);
        return;
    }
    QDialog::accept();
}

} // namespace kense
