#pragma once

#include "records/DeskRecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SetupDialog;
}

namespace kense {

/// What the first start asks for: the office (from the directory, or a new one with its code), the desk, and the
/// administrator's account — the store's NewDesk.
using DeskSetup = NewDesk;

/// The first start of an empty database. Accepting checks what can be checked here (codes, the repeated password)
/// and asks (setupRequested); the caller answers with done(Accepted) or showError(reason).
class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    SetupDialog(const QList<OfficeRecord>& offices, QWidget* parent = nullptr);
    ~SetupDialog() override;

    void showError(const QString& reason);

Q_SIGNALS:
    void setupRequested(const DeskSetup& setup);

protected:
    void accept() override;

private:
    void officeChosen();

    std::unique_ptr<Ui::SetupDialog> m_ui;
    QList<OfficeRecord> m_offices;
};

} // namespace kense
