#pragma once

#include <QString>

namespace kense {

/// Languages Kense works in. Documents may be printed in either or both, independent of the UI language.
enum class Language
{
    Kazakh,
    Russian
};

QString languageCode(Language language); // "kk" / "ru"

/// A text given in Kazakh and Russian. Where a regulation gives only one language, the other is a translation
/// and is marked as not official.
struct LocalizedText
{
    QString kk;
    QString ru;
    bool kkOfficial = true;
    bool ruOfficial = true;

    QString text(Language language) const { return language == Language::Kazakh ? kk : ru; }
    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty(); }
};

} // namespace kense
