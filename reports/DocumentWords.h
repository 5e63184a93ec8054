#pragma once

#include "calendar/Duration.h"
#include "common/LocalizedText.h"

#include <QString>

namespace kense {

/// The fixed words of printed documents in both languages (":/templates/words.json"): document statuses,
/// channels, units of terms, survey answers. An unknown key is a programming error and gives the key itself.
LocalizedText documentWord(const QString& key);

/// "15 жұмыс күні" / "15 рабочих дней", with Russian plural forms.
LocalizedText durationText(const Duration& duration);

/// Russian plural form index for n: 0 many (5 дней), 1 one (1 день), 2 few (2 дня).
int russianPluralForm(int n);

} // namespace kense
