#include "gui/admin/UserDialog.h"

#include "QueueStore.h"
#include "gui/common/CapsLockHint.h"
#include "gui/common/StatusLine.h"
#include "workflow/DeskRoles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kense {

UserDialog::UserDialog(const QString& login, const PersonalName& name, const QList<Role>& roles, Channel deskKind,
                       QWidget* parent)
    : QDialog(parent)
    , m_surname(new QLineEdit(name.surname, this))
    , m_givenName(new QLineEdit(name.givenName, this))
    , m_patronymic(new QLineEdit(name.patronymic, this))
    , m_newPassword(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("The account %1").arg(login));
    m_surname->setObjectName(QStringLiteral("surnameEdit"));
    m_givenName->setObjectName(QStringLiteral("givenNameEdit"));
    m_patronymic->setObjectName(QStringLiteral("patronymicEdit"));
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit* e : {m_newPassword, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("userErrorLabel"));
    m_error->setWordWrap(true);

    auto* hint = new QLabel(tr("As documents print it: receipts, results and registers name the employee by surname, "
                               "given name and patronymic (if the person has one)."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Surname:"), m_surname);
    form->addRow(tr("&Given name:"), m_givenName);
    form->addRow(tr("Pa&tronymic:"), m_patronymic);

    // The roles this kind of desk gives (core DeskRoles).
    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    auto* grid = new QGridLayout(rolesBox);
    for (Role role : allRoles()) {
        if (!isRoleOfDesk(role, deskKind))
            continue;
        auto* box = new QCheckBox(roleTitle(role), rolesBox);
        box->setObjectName(QStringLiteral("role_") + roleName(role));
        box->setChecked(roles.contains(role));
        grid->addWidget(box, int(m_roleBoxes.size()) / 3, int(m_roleBoxes.size()) % 3);
        m_roleBoxes << std::pair{box, role};
    }

    auto* passwordBox = new QGroupBox(tr("A new password (empty: unchanged)"), this);
    auto* passwords = new QFormLayout(passwordBox);
    passwords->addRow(tr("&New password:"), m_newPassword);
    passwords->addRow(tr("&Repeat:"), m_repeat);
    auto* capsLock = new QLabel(passwordBox);
    capsLock->setObjectName(QStringLiteral("capsLockLabel"));
    passwords->addRow(capsLock);
    new CapsLockHint(capsLock, {m_newPassword, m_repeat});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("userButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    layout->addWidget(passwordBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480); // the hint and an error wrap in a few lines, not one word a line
    m_surname->setFocus();
}

void UserDialog::refuse(const QString& why)
{
    showStatus(m_error, why, true);
}

void UserDialog::accept()
{
    QList<Role> roles;
    for (const auto& [box, role] : std::as_const(m_roleBoxes)) {
        if (box->isChecked())
            roles << role;
    }
    if (roles.isEmpty())
        return refuse(tr("Tick at least one role."));
    if (m_newPassword->text() != m_repeat->text()) {
        m_repeat->clear();
        m_repeat->setFocus();
        return refuse(tr("The two passwords differ: type the same password twice."));
    }
    if (!m_newPassword->text().isEmpty()) {
        if (const QString why = QueueStore::whyNotAPassword(m_newPassword->text()); !why.isEmpty())
            return refuse(tr("Password: %1.").arg(why));
        m_password = m_newPassword->text();
    } else {
        m_password.reset();
    }
    try {
        m_name = QueueStore::checkUserName(PersonalName{m_surname->text(), m_givenName->text(), m_patronymic->text()},
                                           roles);
    } catch (const StorageError& e) {
        return refuse(e.message);
    }
    m_roles = roles;
    QDialog::accept();
}

} // namespace kense
