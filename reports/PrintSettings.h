#pragma once

#include "DocumentLanguages.h"
#include "FormTemplate.h"

#include <QString>

namespace kense {

/// The printing settings of this desk, in <data>/settings.ini: the language of printed documents (independent of
/// the interface language) and, per printer, the calibration of pre-printed blanks.
class PrintSettings
{
public:
    static DocumentLanguages documentLanguages(); ///< default: both
    static void setDocumentLanguages(DocumentLanguages languages);

    /// Duplicates print on the official pre-printed blank (only the values) rather than on plain paper.
    static bool duplicatesOnBlank();
    static void setDuplicatesOnBlank(bool onBlank);

    /// The printer chosen last at this desk (empty: the system's default).
    static QString printerName();
    static void setPrinterName(const QString& name);

    /// Offsets for `printerName` ("" for PDF files: none unless set).
    static Calibration calibration(const QString& printerName);
    static void setCalibration(const QString& printerName, Calibration calibration);
    /// Calibration offsets are accepted within ±20 mm; a larger shift means the blank is in the wrong tray.
    static bool isReasonable(Calibration calibration);
};

} // namespace kense
