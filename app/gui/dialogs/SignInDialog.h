#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace kense {

/// Login and password. Accepting does not close the dialog: it asks (signInRequested) and the caller answers with
/// done(Accepted) or showFailure(). The failure never says whether the login or the password was wrong.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(const QString& deskDescription, QWidget* parent = nullptr);
    ~SignInDialog() override;

    /// Says the sign-in failed; with `lockedUntil`, that the account is locked until then.
    void showFailure(const QDateTime& lockedUntil = {});
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const QString& login, const QString& password);

protected:
    void accept() override;

private:
    std::unique_ptr<Ui::SignInDialog> m_ui;
};

} // namespace kense
