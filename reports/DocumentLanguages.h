#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// The languages a document is printed in — a setting of its own, independent of the interface language.
/// "both" prints the Kazakh text first, then the Russian, as Kazakhstan's bilingual forms do.
enum class DocumentLanguages
{
    Kazakh,
    Russian,
    Both
};

QString documentLanguagesName(DocumentLanguages value); ///< "kk", "ru", "both"
std::optional<DocumentLanguages> documentLanguagesFromName(const QString& name);
/// The languages to print, in order.
QList<Language> languagesToPrint(DocumentLanguages value);

} // namespace kense
