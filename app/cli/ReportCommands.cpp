#include "Cli.h"
#include "DataInForce.h"
#include "DeskRepository.h"
#include "DocumentRenderer.h"
#include "Queue.h"
#include "RegisterDocument.h"
#include "RenderOutput.h"
#include "SqlUtil.h"
#include "Statistics.h"
#include "StatisticsChart.h"
#include "common/Csv.h"
#include "workflow/Sla.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIODevice>

namespace kense::cli {

int renderRegister(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("The courier register's number."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption lang = documentLanguageOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file."), QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), batch, lang, out});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl render register --db FILE --batch NUMBER [--lang kk|ru|both] --out FILE.pdf"));
    if (!p.isSet(batch) || !p.isSet(out))
        throw Failure{BadInput, QStringLiteral("--batch NUMBER and --out FILE.pdf are required")};
    const DocumentLanguages langs = documentLanguages(p);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto data = buildRegisterDocument(DocumentQueries(queue.db()), catalogInForce(), p.value(batch), &error);
    if (!data)
        throw Failure{BadInput, error};
    try {
        const LaidOutDocument doc = DocumentRenderer::layOut(DocumentTemplate::load(data->kind), *data, langs);
        writeDocument(ctx, doc, p.value(out), timer.elapsed());
    } catch (const TemplateError& e) {
        throw Failure{BadInput, e.message};
    }
    return Ok;
}

int renderReport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from = Context::fromOption();
    const QCommandLineOption to = Context::toOption();
    const QCommandLineOption lang = documentLanguageOption();
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("The moment overdue is judged at."),
                                 QStringLiteral("YYYY-MM-DDTHH:MM"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.pdf or FILE.csv."),
                                 QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), from, to, lang, now, out});
    const QStringList args =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl render report journal|overdue|services|survey --db FILE "
                                 "--from DATE --to DATE [--lang kk|ru|both] --out FILE.pdf|.csv"));
    const auto kind = reportKindFromName(args.first());
    if (!kind)
        throw Failure{BadInput,
                      QStringLiteral("unknown report '%1' (journal, overdue, services, survey)").arg(args.first())};
    const auto [first, last] = Context::period(p);
    if (!p.isSet(out))
        throw Failure{BadInput, QStringLiteral("--out FILE.pdf or FILE.csv is required")};
    const QString path = p.value(out);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        throw Failure{BadInput, QStringLiteral("--out: a .pdf or a .csv file")};
    QDateTime moment = QDateTime::currentDateTime();
    if (p.isSet(now)) {
        moment = QDateTime::fromString(p.value(now), Qt::ISODate);
        if (!moment.isValid())
            throw Failure{BadInput, QStringLiteral("--now takes YYYY-MM-DDTHH:MM")};
    }
    const DocumentLanguages langs = documentLanguages(p);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const ServiceCatalog catalog = catalogInForce();
    const auto desk = DeskRepository(queue.db()).thisDesk();
    const QDateTime soon =
        dueSoonUntil(DeadlineCalculator(calendarInForce(), desk ? desk->office.hours : OfficeHours{}), moment);
    QElapsedTimer timer;
    timer.start();
    Report report;
    try {
        report = buildReport(*kind, ReportQueries(queue.db()), catalog, first, last, moment, soon,
                             langs == DocumentLanguages::Kazakh ? Language::Kazakh : Language::Russian);
    } catch (const StorageError& e) {
        throw Failure::of(e, BadInput);
    }
    if (csv) {
        const QByteArray bytes = csv::document(report.csv);
        Context::writeWhole(path, [&bytes](QIODevice* file) { file->write(bytes); });
        reportWritten(ctx, path, 0, timer.elapsed());
        return Ok;
    }
    QMap<QString, ChartPainter> charts;
    if (*kind == ReportKind::Services)
        charts.insert(QStringLiteral("services"), servicesChart(report.services));
    try {
        const LaidOutDocument doc =
            DocumentRenderer::layOut(DocumentTemplate::load(report.document.kind), report.document, langs, charts);
        writeDocument(ctx, doc, path, timer.elapsed());
    } catch (const TemplateError& e) {
        throw Failure{BadInput, e.message};
    }
    return Ok;
}

} // namespace kense::cli
