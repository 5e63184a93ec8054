#include "LocalizedText.h"

namespace kense {

QString languageCode(Language language)
{
    return language == Language::Kazakh ? QStringLiteral("kk") : QStringLiteral("ru");
}

} // namespace kense
