#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CentralSettingsDialog;
}

namespace kense {

class SyncController;

/// The central server, for an administrator: address, user, how often to sync, the link's encryption and the centre's
/// CA certificate, and the password — which goes to the keychain. With no keychain the dialog says so and the
/// password is kept for this session only.
class CentralSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CentralSettingsDialog)

public:
    explicit CentralSettingsDialog(SyncController& sync, QWidget* parent = nullptr);
    ~CentralSettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void sayUnits();
    void fillModes();
    void sayMode();

    std::unique_ptr<Ui::CentralSettingsDialog> m_ui;
    SyncController& m_sync;
};

} // namespace kense
