#include "RenderOutput.h"

#include "PrintSettings.h"
#include "layout/PagePainter.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kense::cli {

QCommandLineOption documentLanguageOption()
{
    return {QStringLiteral("lang"), QStringLiteral("kk, ru or both (default: the desk's document setting)."),
            QStringLiteral("LANG")};
}

DocumentLanguages documentLanguages(const QCommandLineParser& parser)
{
    if (!parser.isSet(documentLanguageOption()))
        return PrintSettings::documentLanguages();
    const auto languages = documentLanguagesFromName(parser.value(documentLanguageOption()));
    if (!languages)
        throw Failure{BadInput, QStringLiteral("--lang: kk, ru or both")};
    return *languages;
}

void reportWritten(const Context& ctx, const QString& out, int pages, qint64 ms)
{
    if (ctx.json())
        Context::printJson(
            QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("pages"), pages}, {QStringLiteral("ms"), ms}});
    else
        Context::printLine(pages > 0 ? QStringLiteral("%1: %2 page(s)").arg(out).arg(pages) : out);
}

int writeDocument(const Context& ctx, const LaidOutDocument& document, const QString& out, qint64 ms)
{
    QString error;
    if (!writePdf(document, out, &error))
        throw Failure{BadInput, error};
    reportWritten(ctx, out, static_cast<int>(document.pages.size()), ms);
    return Ok;
}

} // namespace kense::cli
