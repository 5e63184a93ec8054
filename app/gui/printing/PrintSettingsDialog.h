#pragma once

#include "FormTemplate.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class PrintSettingsDialog;
}

namespace kense {

/// The desk's printing settings, for an administrator: the language of printed documents, plain paper or
/// pre-printed blanks for duplicates, and each printer's calibration with its test page.
class PrintSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintSettingsDialog)

public:
    /// `printers`: the printers to calibrate (the system's, by default).
    explicit PrintSettingsDialog(QWidget* parent = nullptr, QStringList printers = {});
    ~PrintSettingsDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLanguages();
    void showPrinter();
    void keepOffsets();
    void printCalibrationPage();

    std::unique_ptr<Ui::PrintSettingsDialog> m_ui;
    QHash<QString, Calibration> m_offsets; ///< per printer, as edited
    QString m_shown;                       ///< the printer whose offsets the spin boxes show
};

} // namespace kense
