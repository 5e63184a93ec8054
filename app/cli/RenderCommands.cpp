#include "Cli.h"
#include "DataInForce.h"
#include "PrintSettings.h"
#include "Queue.h"
#include "RenderOutput.h"
#include "RequestDocuments.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>

namespace kense::cli {

namespace {

QCommandLineOption outOption()
{
    return {QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")};
}
QCommandLineOption offsetX()
{
    return {QStringLiteral("offset-x"), QStringLiteral("Calibration: millimetres to the right."), QStringLiteral("MM")};
}
QCommandLineOption offsetY()
{
    return {QStringLiteral("offset-y"), QStringLiteral("Calibration: millimetres down."), QStringLiteral("MM")};
}
QCommandLineOption printerOption()
{
    return {QStringLiteral("printer"), QStringLiteral("Use this printer's calibration from the settings."),
            QStringLiteral("NAME")};
}

Calibration calibration(const QCommandLineParser& p)
{
    Calibration c = PrintSettings::calibration(p.value(printerOption()));
    const auto read = [&](const QCommandLineOption& o, double* target) {
        if (!p.isSet(o))
            return;
        bool ok = false;
        *target = p.value(o).toDouble(&ok);
        if (!ok)
            throw Failure{BadInput, QStringLiteral("--%1: a number of millimetres").arg(o.names().first())};
    };
    read(offsetX(), &c.dx);
    read(offsetY(), &c.dy);
    if (!PrintSettings::isReasonable(c))
        throw Failure{BadInput, QStringLiteral("calibration offsets are within ±20 mm")};
    return c;
}

QString outPath(const QCommandLineParser& p)
{
    if (!p.isSet(outOption()))
        throw Failure{BadInput, QStringLiteral("--out FILE.pdf is required")};
    return p.value(outOption());
}

int renderRequestDocument(Context& ctx, DocumentKind kind)
{
    QCommandLineParser p;
    const QCommandLineOption request(QStringLiteral("request"), QStringLiteral("The request's number."),
                                     QStringLiteral("NUMBER"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("plain or blank (duplicates)."),
                                  QStringLiteral("MODE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Render even if the document does not apply to the request."));
    p.addOptions({Context::dbOption(), request, documentLanguageOption(), mode, offsetX(), offsetY(), printerOption(),
                  force, outOption()});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl render %1 --db FILE --request NUMBER [--lang kk|ru|both] "
                             "[--mode plain|blank] [--offset-x MM --offset-y MM | --printer NAME] [--force] "
                             "--out FILE.pdf")
                  .arg(documentKindName(kind)));
    if (!p.isSet(request))
        throw Failure{BadInput, QStringLiteral("--request NUMBER is required")};
    FormMode formMode = FormMode::PlainPaper;
    if (p.isSet(mode)) {
        if (p.value(mode) == QLatin1String("blank"))
            formMode = FormMode::Blank;
        else if (p.value(mode) != QLatin1String("plain"))
            throw Failure{BadInput, QStringLiteral("--mode: plain or blank")};
    }
    const DocumentLanguages langs = documentLanguages(p);
    const Calibration offsets = calibration(p);
    const QString out = outPath(p);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const ServiceCatalog catalog = catalogInForce();
    QString error;
    const auto context =
        RequestContext::load(DocumentQueries(queue.db()), catalog, p.value(request), QDate::currentDate(), &error);
    if (!context)
        throw Failure{BadInput, error};
    if (const auto why = whyNotApplicable(kind, *context); why && !p.isSet(force))
        throw Failure{No, *why + QStringLiteral(" (--force renders it anyway)")};
    QElapsedTimer timer;
    timer.start();
    try {
        const LaidOutDocument doc = layOutRequestDocument(kind, *context, langs, formMode, offsets);
        return writeDocument(ctx, doc, out, timer.elapsed());
    } catch (const TemplateError& e) {
        throw Failure{BadInput, e.message};
    }
}

int renderCalibration(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({documentLanguageOption(), offsetX(), offsetY(), printerOption(), outOption()});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl render calibration [--offset-x MM --offset-y MM | --printer NAME] "
                             "[--lang kk|ru] --out FILE.pdf"));
    const DocumentLanguages langs = documentLanguages(p);
    const Calibration offsets = calibration(p);
    const LaidOutDocument doc = calibrationPage(
        offsets, langs == DocumentLanguages::Russian ? Language::Russian : Language::Kazakh, p.value(printerOption()));
    return writeDocument(ctx, doc, outPath(p), 0);
}

} // namespace

int renderCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("calibration"))
        return renderCalibration(ctx);
    if (verb == QLatin1String("register"))
        return renderRegister(ctx);
    if (verb == QLatin1String("report"))
        return renderReport(ctx);
    const auto kind = documentKindFromName(verb);
    if (!kind)
        throw Failure{
            BadInput,
            QStringLiteral("unknown document '%1' (%2, register, report, calibration)").arg(verb, documentKindNames())};
    return renderRequestDocument(ctx, *kind);
}

} // namespace kense::cli
