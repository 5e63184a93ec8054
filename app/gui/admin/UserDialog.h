#pragma once

#include "identity/PersonName.h"
#include "workflow/Channel.h"
#include "workflow/Role.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace kense {

/// An administrator's changes to one account of the desk: its surname, given name and patronymic (as receipts and
/// results print them), its roles, and a new password (left empty: unchanged). Checks them by the store's rules before
/// it accepts; the caller writes them (QueueStore::editUser), each an event.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(const QString& login, const PersonalName& name, const QList<Role>& roles, Channel deskKind,
               QWidget* parent = nullptr);

    // Valid once accepted.
    PersonalName name() const { return m_name; }
    QList<Role> roles() const { return m_roles; }
    std::optional<QString> newPassword() const { return m_password; }

    void accept() override;

private:
    void refuse(const QString& why);

    QLineEdit* m_surname;
    QLineEdit* m_givenName;
    QLineEdit* m_patronymic;
    QList<std::pair<QCheckBox*, Role>> m_roleBoxes;
    QLineEdit* m_newPassword;
    QLineEdit* m_repeat;
    QLabel* m_error;
    PersonalName m_name;
    QList<Role> m_roles;
    std::optional<QString> m_password;
};

} // namespace kense
