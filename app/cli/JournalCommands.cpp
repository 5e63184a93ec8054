#include "Cli.h"
#include "DataInForce.h"
#include "DemoData.h"
#include "Journal.h"
#include "Queue.h"
#include "SqlUtil.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>

namespace kense::cli {

int journalCommand(Context& ctx, const QString& verb)
{
    if (verb != QLatin1String("export"))
        throw Failure{BadInput, QStringLiteral("unknown subcommand 'journal %1' (export)").arg(verb)};
    QCommandLineParser p;
    const QCommandLineOption from = Context::fromOption();
    const QCommandLineOption to = Context::toOption();
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The CSV file to write."),
                                 QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), from, to, csv});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl journal export --from DATE --to DATE --csv FILE --db FILE [--json]"));
    const auto [first, last] = Context::period(p);
    if (!p.isSet(csv))
        throw Failure{BadInput, QStringLiteral("--csv FILE is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    qint64 rows = 0;
    Context::writeWhole(p.value(csv), [&](QIODevice* file) {
        try {
            rows = Journal(queue.db()).exportCsv(first, last, file);
        } catch (const StorageError& e) {
            Failure f = Failure::of(e, BadInput);
            f.reason = QStringLiteral("%1: %2").arg(p.value(csv), e.message);
            throw f;
        }
    });
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("file"), p.value(csv)}});
    else
        Context::printLine(QStringLiteral("%1 requests written to %2").arg(rows).arg(p.value(csv)));
    return Ok;
}

int demoDataCommand(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many requests."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("N"));
    p.addOptions({Context::dbOption(), count, seed});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl demo-data --count N --db FILE [--seed N] [--json]"));
    bool ok = false;
    const qint64 n = p.value(count).toLongLong(&ok);
    if (!ok || n < 1 || n > 100000000)
        throw Failure{BadInput, QStringLiteral("--count: a number from 1 to 100000000")};
    const quint32 s = p.isSet(seed) ? p.value(seed).toUInt() : 1;
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    queue.desk();
    const ServiceCatalog catalog = catalogInForce();
    const WorkingCalendar calendar = calendarInForce();
    QElapsedTimer timer;
    timer.start();
    qint64 made = 0;
    try {
        made = DemoData(queue.db(), catalog, calendar).generate(n, QDateTime::currentDateTime(), s, [&](qint64 done) {
            if (!ctx.json() && (done % 100000 == 0 || done == n))
                std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done), static_cast<long long>(n));
            return true;
        });
    } catch (const StorageError& e) {
        throw Failure::of(e, BadInput);
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("requests"), made}, {QStringLiteral("seconds"), seconds}});
    else
        Context::printLine(QStringLiteral("\n%1 demo requests in %2 s").arg(made).arg(seconds, 0, 'f', 1));
    return Ok;
}

} // namespace kense::cli
