#include "PrintSettings.h"

#include <cmath>

namespace kense {

DocumentLanguages PrintSettings::documentLanguages(const Settings& settings)
{
    return documentLanguagesFromName(settings.text(Setting::DocumentLanguages)).value_or(DocumentLanguages::Both);
}

std::optional<QString> PrintSettings::setDocumentLanguages(DocumentLanguages languages, Settings settings)
{
    return settings.setValue(Setting::DocumentLanguages, documentLanguagesName(languages));
}

bool PrintSettings::duplicatesOnBlank(const Settings& settings)
{
    return settings.flag(Setting::DuplicatesOnBlank);
}

std::optional<QString> PrintSettings::setDuplicatesOnBlank(bool onBlank, Settings settings)
{
    return settings.setValue(Setting::DuplicatesOnBlank, onBlank);
}

QString PrintSettings::printerName(const Settings& settings)
{
    return settings.text(Setting::PrinterName);
}

std::optional<QString> PrintSettings::setPrinterName(const QString& name, Settings settings)
{
    return settings.setValue(Setting::PrinterName, name);
}

Calibration PrintSettings::calibration(const QString& printerName, const Settings& settings)
{
    // Each offset is read within the key table's ±20 mm; one out of range reads as 0.
    return Calibration{settings.value(Setting::CalibrationDx, printerName).toDouble(),
                       settings.value(Setting::CalibrationDy, printerName).toDouble()};
}

std::optional<QString> PrintSettings::setCalibration(const QString& printerName, Calibration calibration,
                                                     Settings settings)
{
    // Both offsets are checked before either is written (a NaN or a shift past ±20 mm names its key).
    for (const auto& [setting, offset] :
         {std::pair{Setting::CalibrationDx, calibration.dx}, std::pair{Setting::CalibrationDy, calibration.dy}}) {
        if (auto error = Settings::check(setting, offset, printerName))
            return error;
    }
    if (auto error = settings.setValue(Setting::CalibrationDx, calibration.dx, printerName))
        return error;
    return settings.setValue(Setting::CalibrationDy, calibration.dy, printerName);
}

bool PrintSettings::isReasonable(Calibration calibration)
{
    return std::isfinite(calibration.dx) && std::isfinite(calibration.dy) && std::abs(calibration.dx) <= 20 &&
           std::abs(calibration.dy) <= 20;
}

} // namespace kense
