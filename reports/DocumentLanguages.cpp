#include "DocumentLanguages.h"

namespace kense {

QString documentLanguagesName(DocumentLanguages value)
{
    switch (value) {
    case DocumentLanguages::Kazakh:
        return QStringLiteral("kk");
    case DocumentLanguages::Russian:
        return QStringLiteral("ru");
    case DocumentLanguages::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<DocumentLanguages> documentLanguagesFromName(const QString& name)
{
    for (DocumentLanguages v : {DocumentLanguages::Kazakh, DocumentLanguages::Russian, DocumentLanguages::Both}) {
        if (documentLanguagesName(v) == name)
            return v;
    }
    return std::nullopt;
}

QList<Language> languagesToPrint(DocumentLanguages value)
{
    switch (value) {
    case DocumentLanguages::Kazakh:
        return {Language::Kazakh};
    case DocumentLanguages::Russian:
        return {Language::Russian};
    case DocumentLanguages::Both:
        return {Language::Kazakh, Language::Russian};
    }
    return {};
}

} // namespace kense
