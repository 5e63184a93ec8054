// How fast documents come out (figures for the notes; no pass/fail on time).
//   bench_reports --db FILE [--samples N]
// FILE is a desk database with many requests (bench_queue makes one: a million requests). Measures the median and
// p99 of: a receipt of one of its requests (read + lay out + PDF); a duplicate with 14 grades; a 500-request
// courier register (on a scratch database of its own, read + lay out + PDF); the per-service statistics over every
// request in FILE (query + lay out with its chart + PDF).
#include "CourierRegisters.h"
#include "Database.h"
#include "DocumentRenderer.h"
#include "Intake.h"
#include "RegisterDocument.h"
#include "RequestDocuments.h"
#include "SqlUtil.h"
#include "Statistics.h"
#include "StatisticsChart.h"
#include "layout/PagePainter.h"
#include "platform/Platform.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace kense;

namespace {

void measure(const char* what, int samples, const std::function<void()>& op)
{
    QList<double> ms;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        op();
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("| %-52s | %9.1f | %9.1f |\n", what, ms[ms.size() / 2],
                ms[std::min<qsizetype>(ms.size() - 1, (ms.size() * 99) / 100)]);
    std::fflush(stdout);
}

void write(const LaidOutDocument& doc, const QString& path)
{
    QString error;
    if (!writePdf(doc, path, &error))
        qFatal("%s", qPrintable(error));
}

} // namespace

int main(int argc, char* argv[])
{
    Platform::init();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Samples."), QStringLiteral("N"));
    p.addOptions({dbOption, samplesOption});
    p.process(app);
    const int samples = p.isSet(samplesOption) ? p.value(samplesOption).toInt() : 20;
    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    QTemporaryDir out;

    Database db;
    QString error;
    if (!db.open(p.value(dbOption), Database::Mode::ExistingOnly, &error))
        qFatal("%s", qPrintable(error));
    const QSqlDatabase c = db.connection();
    const qint64 requests = scalar(c, QStringLiteral("SELECT count(*) FROM requests")).toLongLong();
    const QString number =
        scalar(c, QStringLiteral("SELECT number FROM requests WHERE service_id = 'duplicate-secondary-edu-vko' "
                                 "AND state <> 'refused_at_intake' ORDER BY id DESC LIMIT 1"))
            .toString();
    std::printf("database: %lld requests; request %s\n\n", static_cast<long long>(requests), qPrintable(number));
    std::printf("| document (%3d samples)                               | median ms |    p99 ms |\n", samples);
    std::printf("|------------------------------------------------------|-----------|-----------|\n");

    measure("receipt kk+ru: read, lay out, write PDF", samples, [&] {
        const auto context = RequestContext::load(DocumentQueries(c), catalog, number, QDate::currentDate(), nullptr);
        write(layOutRequestDocument(DocumentKind::Receipt, *context, DocumentLanguages::Both),
              out.filePath(QStringLiteral("receipt.pdf")));
    });
    measure("receipt kk: lay out only", samples, [&] {
        static const auto context =
            RequestContext::load(DocumentQueries(c), catalog, number, QDate::currentDate(), nullptr);
        layOutRequestDocument(DocumentKind::Receipt, *context, DocumentLanguages::Kazakh);
    });

    RequestContext duplicate =
        *RequestContext::load(DocumentQueries(c), catalog, number, QDate::currentDate(), nullptr);
    duplicate.request.state = RequestState::ResultSigned;
    duplicate.result = ResultRecord{QStringLiteral("duplicate_secondary"),
                                    QStringLiteral("KZOTSON01-1-2026-D00001"),
                                    {},
                                    {},
                                    QStringLiteral("Нұрланов Ерлан Бақытұлы"),
                                    QDateTime::currentDateTime()};
    for (const char* subject :
         {"Қазақ тілі", "Қазақ әдебиеті", "Орыс тілі", "Алгебра", "Геометрия", "Информатика", "Қазақстан тарихы",
          "Дүниежүзі тарихы", "Физика", "Химия", "Биология", "География", "Ағылшын тілі", "Дене шынықтыру"})
        duplicate.result->grades << qMakePair(QString::fromUtf8(subject), QStringLiteral("5"));
    measure("duplicate kk, plain paper: lay out, write PDF", samples, [&] {
        write(layOutRequestDocument(DocumentKind::Duplicate, duplicate, DocumentLanguages::Kazakh),
              out.filePath(QStringLiteral("duplicate.pdf")));
    });

    {
        // A ЦОН desk of its own with a register of 500 requests.
        Database scratch;
        if (!scratch.open(out.filePath(QStringLiteral("tson.sqlite")), Database::Mode::CreateIfMissing, &error))
            qFatal("%s", qPrintable(error));
        const QSqlDatabase s = scratch.connection();
        DeskRepository(s).setUpThisDesk(QStringLiteral("KZOTSON01"), QStringLiteral("1"), Channel::Tson);
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0));
        const UserRecord op = UserRepository(s).add(
            QStringLiteral("operator"), PersonalName{QStringLiteral("Серікбаева"), QStringLiteral("Айгүл"), {}},
            {Role::TsonOperator}, QStringLiteral("operator-pass"), at);
        const auto r = RequestRepository(c).load(number);
        RequestDraft draft;
        draft.serviceId = r->serviceId;
        draft.channel = Channel::Tson;
        draft.fields = r->fields;
        for (const DocumentRecord& d : r->documents)
            draft.documents.insert(d.docId, d.status);
        for (const PartyRecord& party : r->parties) {
            if (party.role == PartyRole::Applicant) {
                draft.fields.insert(QStringLiteral("applicant.iin"), party.iin);
                draft.fields.insert(QStringLiteral("applicant.surname"), party.surname);
                draft.fields.insert(QStringLiteral("applicant.given_name"), party.givenName);
                draft.fields.insert(QStringLiteral("applicant.phone"), party.phone);
                draft.fields.insert(QStringLiteral("applicant.address"), party.address);
            }
        }
        Intake intake(s, catalog, calendar);
        CourierRoutes routes;
        routes.set(draft.serviceId, {QStringLiteral("KZOEDU01")});
        CourierRegisters registers(s, catalog, routes);
        const auto reg = registers.create(*DeskRepository(s).thisDesk(), RegisterDirection::ToProvider,
                                          QStringLiteral("KZOEDU01"), op, at);
        for (int i = 0; i < 500; ++i) {
            const IntakeOutcome o = intake.submit(draft, op, at.addSecs(i * 20), false);
            if (!o.registered())
                qFatal("the bench's request was not registered: %s",
                       qPrintable(o.errors.isEmpty() ? QString() : o.errors.first().message));
            registers.add(reg.number, o.request->number, 1 + i % 3, op, at.addSecs(i * 20));
        }
        measure("courier register of 500: read, lay out, write PDF", std::max(3, samples / 4), [&] {
            const auto data = buildRegisterDocument(DocumentQueries(s), catalog, reg.number, nullptr);
            write(DocumentRenderer::layOut(DocumentTemplate::load(data->kind), *data, DocumentLanguages::Kazakh),
                  out.filePath(QStringLiteral("register.pdf")));
        });
    }

    const QDate from(2000, 1, 1);
    const QDate to(2030, 12, 31);
    measure("services statistics, all requests: query only", std::max(3, samples / 4),
            [&] { serviceStatistics(ReportQueries(c), catalog, from, to); });
    measure("services statistics, all requests: query, chart, PDF", std::max(3, samples / 4), [&] {
        const Report report =
            buildReport(ReportKind::Services, ReportQueries(c), catalog, from, to, QDateTime::currentDateTime(),
                        QDateTime::currentDateTime().addDays(1), Language::Russian);
        write(DocumentRenderer::layOut(DocumentTemplate::load(report.document.kind), report.document,
                                       DocumentLanguages::Both,
                                       {{QStringLiteral("services"), servicesChart(report.services)}}),
              out.filePath(QStringLiteral("services.pdf")));
    });
    return 0;
}
