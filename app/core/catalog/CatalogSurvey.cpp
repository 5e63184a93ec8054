#include "CatalogText.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CatalogLoader)
};

QList<LocalizedText> readTexts(const JsonNode& node, const QString& key, int count)
{
    QList<LocalizedText> out;
    for (const JsonNode& item : node.arrayAt(key))
        out << readText(item);
    if (out.size() != count)
        node.at(key).fail(Tr::tr("must list %1 texts, found %2").arg(count).arg(out.size()));
    return out;
}
} // namespace

SurveyText readSurveyText(const JsonNode& node)
{
    node.allowOnly(
        {QStringLiteral("appendix"), QStringLiteral("questions"), QStringLiteral("answers"), QStringLiteral("ref")});
    SurveyText survey;
    survey.appendix = node.at(QStringLiteral("appendix")).integer(1, 99);
    survey.questions = readTexts(node, QStringLiteral("questions"), 2);
    survey.answers = readTexts(node, QStringLiteral("answers"), 3);
    return survey;
}

} // namespace kense
