#pragma once

#include "common/LocalizedText.h"

#include <QString>
#include <QStringList>

namespace kense {

/// The interface language — Kazakh, Russian or English — switchable while the program runs: applying one swaps
/// the installed translators, and Qt sends every widget a LanguageChange event to retranslate itself. The choice is
/// remembered per desk (<data>/settings.ini). Printed documents have their own language setting (PrintSettings).
class InterfaceLanguage
{
public:
    static QStringList codes(); ///< "kk", "ru", "en"
    /// The language in use ("en" before any was applied).
    static QString current();
    /// Kazakh for kk; Russian for ru and en (the catalog's texts exist in Kazakh and Russian only).
    static Language catalogLanguage();
    /// Installs the program's and Qt's translations for `code`. For Kazakh, Qt's own strings our file lacks fall
    /// back to Russian, not English. False (with the reason) for an unknown code or a missing file.
    static bool apply(const QString& code, QString* error = nullptr);

    static QString saved(); ///< the remembered choice, empty if none
    static void save(const QString& code);

    /// Where kense_<code>.qm and qt_kk.qm are (the program's resources, ":/i18n", unless a test says otherwise).
    static void setTranslationsDirectory(const QString& dir);
};

} // namespace kense
