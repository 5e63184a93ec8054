#include "Cli.h"
#include "DataInForce.h"
#include "DeskRepository.h"
#include "DocumentRenderer.h"
#include "PrintSettings.h"
#include "Queue.h"
#include "RegisterDocument.h"
#include "SqlUtil.h"
#include "Statistics.h"
#include "StatisticsChart.h"
#include "layout/PagePainter.h"
#include "workflow/Sla.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSaveFile>

namespace kense::cli {

namespace {

DocumentLanguages languagesOf(const QCommandLineParser& p, const QCommandLineOption& lang)
{
    if (!p.isSet(lang))
        return PrintSettings::documentLanguages();
    const auto l = documentLanguagesFromName(p.value(lang));
    if (!l)
        throw Failure{BadInput, QStringLiteral("--lang: kk, ru or both")};
    return *l;
}

void done(const Context& ctx, const QString& out, int pages, qint64 ms)
{
    if (ctx.json())
        Context::printJson(
            QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("pages"), pages}, {QStringLiteral("ms"), ms}});
    else
        Context::printLine(pages > 0 ? QStringLiteral("%1: %2 page(s)").arg(out).arg(pages) : out);
}

} // namespace

int renderRegister(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("The courier register's number."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("kk, ru or both."), QStringLiteral("LANG"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file."), QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), batch, lang, out});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl render register --db FILE --batch NUMBER [--lang kk|ru|both] --out FILE.pdf"));
    if (!p.isSet(batch) || !p.isSet(out))
        throw Failure{BadInput, QStringLiteral("--batch NUMBER and --out FILE.pdf are required")};
    const DocumentLanguages langs = languagesOf(p, lang);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto data = buildRegisterDocument(queue.db(), catalogInForce(), p.value(batch), &error);
    if (!data)
        throw Failure{BadInput, error};
    try {
        const LaidOutDocument doc = DocumentRenderer::layOut(DocumentTemplate::load(data->kind), *data, langs);
        if (!writePdf(doc, p.value(out), &error))
            throw Failure{BadInput, error};
        done(ctx, p.value(out), static_cast<int>(doc.pages.size()), timer.elapsed());
    } catch (const TemplateError& e) {
        throw Failure{BadInput, e.message};
    }
    return Ok;
}

int renderReport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("kk, ru or both."), QStringLiteral("LANG"));
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
    const QDate first = QDate::fromString(p.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(p.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        throw Failure{BadInput, QStringLiteral("--from and --to take dates YYYY-MM-DD")};
    if (last < first)
        throw Failure{BadInput, QStringLiteral("--to is before --from")};
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
    const DocumentLanguages langs = languagesOf(p, lang);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const ServiceCatalog catalog = catalogInForce();
    const auto desk = DeskRepository(queue.db()).thisDesk();
    const QDateTime soon =
        dueSoonUntil(DeadlineCalculator(calendarInForce(), desk ? desk->office.hours : OfficeHours{}), moment);
    QElapsedTimer timer;
    timer.start();
    Report report;
    try {
        report = buildReport(*kind, queue.db(), catalog, first, last, moment, soon,
                             langs == DocumentLanguages::Kazakh ? Language::Kazakh : Language::Russian);
    } catch (const StorageError& e) {
        throw Failure{BadInput, e.message};
    }
    if (csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csvBytes(report.csv)) < 0 || !file.commit())
            throw Failure{BadInput, QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString())};
        done(ctx, path, 0, timer.elapsed());
        return Ok;
    }
    QMap<QString, ChartPainter> charts;
    if (*kind == ReportKind::Services)
        charts.insert(QStringLiteral("services"), servicesChart(report.services));
    try {
        const LaidOutDocument doc =
            DocumentRenderer::layOut(DocumentTemplate::load(report.document.kind), report.document, langs, charts);
        QString error;
        if (!writePdf(doc, path, &error))
            throw Failure{BadInput, error};
        done(ctx, path, static_cast<int>(doc.pages.size()), timer.elapsed());
    } catch (const TemplateError& e) {
        throw Failure{BadInput, e.message};
    }
    return Ok;
}

} // namespace kense::cli
