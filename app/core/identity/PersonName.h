#pragma once

#include <QString>

namespace kense {

/// Checks one part of a person's name (surname, given name, patronymic). Accepts Russian and Kazakh letters
/// (incl. әғқңөұүһі and ё), single spaces between words ("Қасым ұлы"), hyphens ("Әли-Хан") and apostrophes;
/// returns the name with surrounding spaces trimmed and inner runs of spaces collapsed, or an empty string with
/// *reason set.
QString normalizePersonName(const QString& input, QString* reason = nullptr);

/// Whether c is a letter of the Russian or Kazakh alphabet.
bool isKazakhOrRussianLetter(QChar c);

} // namespace kense
