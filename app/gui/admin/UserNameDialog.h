#pragma once

#include "identity/PersonName.h"
#include "workflow/Role.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;

namespace kense {

/// Corrects an account's surname, given name and patronymic (the three parts receipts and results print). Checks them
/// by the store's rule for the account's roles before it accepts; the caller writes the name.
class UserNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserNameDialog)

public:
    UserNameDialog(const QString& login, const PersonalName& name, const QList<Role>& roles, QWidget* parent = nullptr);

    /// The name as checked and normalized (valid once accepted).
    PersonalName name() const { return m_checked; }

    void accept() override;

private:
    QList<Role> m_roles;
    QLineEdit* m_surname;
    QLineEdit* m_givenName;
    QLineEdit* m_patronymic;
    QLabel* m_error;
    PersonalName m_checked;
};

} // namespace kense
