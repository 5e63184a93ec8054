#include "documents/DocumentData.h"

namespace kense {

LocalizedText sameText(const QString& text)
{
    LocalizedText t;
    t.kk = text;
    t.ru = text;
    return t;
}

void DocumentData::set(const QString& key, const QString& text)
{
    values.insert(key, sameText(text));
}

void DocumentData::set(const QString& key, const LocalizedText& text)
{
    values.insert(key, text);
}

bool DocumentData::has(const QString& key) const
{
    const auto it = values.constFind(key);
    return it != values.constEnd() && !it->isEmpty();
}

QString DocumentData::text(const QString& key, Language language, QStringList* missing) const
{
    const auto it = values.constFind(key);
    if (it == values.constEnd()) {
        if (missing && !missing->contains(key))
            missing->append(key);
        return {};
    }
    return it->text(language);
}

} // namespace kense
