#pragma once

#include "DocumentLanguages.h"
#include "FormTemplate.h"
#include "settings/Settings.h"

#include <QString>

#include <optional>

namespace kense {

/// The printing settings of this desk (Settings' key table): the language of printed documents (independent of
/// the interface language) and, per printer, the calibration of pre-printed blanks. Setters return the reason when
/// the file could not be written.
class PrintSettings
{
public:
    static DocumentLanguages documentLanguages(const Settings& settings = Settings::desk()); ///< default: both
    [[nodiscard]] static std::optional<QString> setDocumentLanguages(DocumentLanguages languages,
                                                                     Settings settings = Settings::desk());

    /// Duplicates print on the official pre-printed blank (only the values) rather than on plain paper.
    static bool duplicatesOnBlank(const Settings& settings = Settings::desk());
    [[nodiscard]] static std::optional<QString> setDuplicatesOnBlank(bool onBlank,
                                                                     Settings settings = Settings::desk());

    /// The printer chosen last at this desk (empty: the system's default).
    static QString printerName(const Settings& settings = Settings::desk());
    [[nodiscard]] static std::optional<QString> setPrinterName(const QString& name,
                                                               Settings settings = Settings::desk());

    /// Offsets for `printerName` ("" for PDF files: none unless set).
    static Calibration calibration(const QString& printerName, const Settings& settings = Settings::desk());
    [[nodiscard]] static std::optional<QString> setCalibration(const QString& printerName, Calibration calibration,
                                                               Settings settings = Settings::desk());
    /// Calibration offsets are accepted within ±20 mm; a larger shift means the blank is in the wrong tray.
    static bool isReasonable(Calibration calibration);
};

} // namespace kense
