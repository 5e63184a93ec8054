#include "Statistics.h"

#include "DocumentWords.h"
#include "common/EnumNames.h"

#include <QSqlError>

#include <algorithm>
#include <vector>

namespace kense {

namespace {

constexpr EnumNameTable<ReportKind, 4> kReportKinds{{
    {ReportKind::Journal, "journal"},
    {ReportKind::Overdue, "overdue"},
    {ReportKind::Services, "services"},
    {ReportKind::Survey, "survey"},
}};

LocalizedText serviceName(const ServiceCatalog& catalog, const QString& id)
{
    const ServiceVariant* v = catalog.variant(id);
    return v ? v->name : sameText(id);
}

/// "name — region" (ServiceVariant::title); the id for a service the catalog no longer holds.
LocalizedText serviceAndRegion(const ServiceCatalog& catalog, const QString& id)
{
    const ServiceVariant* v = catalog.variant(id);
    return v ? v->titles() : sameText(id);
}

QString dateTimeText(const QDateTime& t, const QString& stored)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : stored;
}

QString days(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', 1);
}

void setPeriod(DocumentData& d, const QDate& from, const QDate& to)
{
    d.set(QStringLiteral("from"), from.toString(QStringLiteral("dd.MM.yyyy")));
    d.set(QStringLiteral("to"), to.toString(QStringLiteral("dd.MM.yyyy")));
}

/// Stops a report whose `cancel` flag was set (looked at every 1024 rows).
void checkCancel(const std::atomic_bool* cancel, qint64 row)
{
    if (cancel && (row & 1023) == 0 && cancel->load())
        throw ReportCancelled{};
}

/// Collects report rows (journal and overdue) from `rows`: the same columns in the PDF and the CSV.
class RequestRows
{
public:
    RequestRows(const ServiceCatalog& catalog, const QDateTime& now, int limit, Language csvLanguage, Report& report,
                bool withSla, const std::atomic_bool* cancel)
        : m_catalog(catalog)
        , m_now(now)
        , m_limit(limit)
        , m_csvLanguage(csvLanguage)
        , m_report(report)
        , m_withSla(withSla)
        , m_cancel(cancel)
    {
        report.csv << QStringList{QStringLiteral("number"),    QStringLiteral("accepted_at"), QStringLiteral("service"),
                                  QStringLiteral("applicant"), QStringLiteral("state"),       QStringLiteral("due_at")};
        if (withSla)
            report.csv.first() << QStringLiteral("sla");
    }

    void add(const ReportRequestRow& r)
    {
        checkCancel(m_cancel, m_total);
        ++m_total;
        const LocalizedText service = serviceName(m_catalog, r.serviceId);
        const LocalizedText state = documentWord(QStringLiteral("state.") + r.state);
        LocalizedText sla;
        if (m_withSla)
            sla = documentWord(r.dueAt < m_now ? QStringLiteral("sla.overdue") : QStringLiteral("sla.due_soon"));
        QStringList line{r.number,        r.acceptedAtStored,        service.text(m_csvLanguage),
                         r.applicantName, state.text(m_csvLanguage), r.dueAtStored};
        if (m_withSla)
            line << sla.text(m_csvLanguage);
        m_report.csv << line;
        if (m_rows.size() < m_limit)
            m_rows << DocumentRow{
                {QStringLiteral("n"), sameText(QString::number(m_total))},
                {QStringLiteral("number"), sameText(r.number)},
                {QStringLiteral("accepted"), sameText(dateTimeText(r.acceptedAt, r.acceptedAtStored))},
                {QStringLiteral("service"), service},
                {QStringLiteral("applicant"), sameText(r.applicantName)},
                {QStringLiteral("state"), state},
                {QStringLiteral("due"), sameText(dateTimeText(r.dueAt, r.dueAtStored))},
                {QStringLiteral("sla"), sla}};
    }

    void finish()
    {
        m_report.document.tables.insert(QStringLiteral("requests"), m_rows);
        m_report.document.set(QStringLiteral("total"), QString::number(m_total));
        if (m_total > m_rows.size())
            m_report.document.set(QStringLiteral("shown"), QString::number(m_rows.size()));
    }

private:
    const ServiceCatalog& m_catalog;
    QDateTime m_now;
    int m_limit;
    Language m_csvLanguage;
    Report& m_report;
    bool m_withSla;
    const std::atomic_bool* m_cancel;
    QList<DocumentRow> m_rows;
    qint64 m_total = 0;
};

} // namespace

QString reportKindName(ReportKind kind)
{
    return enumName(kReportKinds, kind);
}

std::optional<ReportKind> reportKindFromName(const QString& name)
{
    return enumFromName(kReportKinds, name);
}

QList<ServiceStats> serviceStatistics(const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                                      const QDate& to, const std::atomic_bool* cancel)
{
    QList<ServiceStats> out;
    QHash<QString, qsizetype> index;
    QList<std::vector<double>> durations;
    QString lastService;
    qsizetype current = -1;
    qint64 rows = 0;
    queries.outcomesAcceptedBetween(from, to, [&](const ServiceOutcomeRow& row) {
        checkCancel(cancel, rows++);
        if (current < 0 || row.serviceId != lastService) {
            auto it = index.constFind(row.serviceId);
            if (it == index.constEnd()) {
                ServiceStats s;
                s.serviceId = row.serviceId;
                s.name = serviceAndRegion(catalog, row.serviceId);
                it = index.insert(row.serviceId, out.size());
                out << s;
                durations.append(std::vector<double>{});
            }
            current = *it;
            lastService = row.serviceId;
        }
        ServiceStats& s = out[current];
        ++s.accepted;
        if (row.state == RequestState::Issued) {
            if (!row.hasTerm)
                ++s.issuedNoTerm;
            else if (row.lastChangeByDue)
                ++s.issuedOnTime;
            else
                ++s.issuedLate;
            durations[current].push_back(row.daysToIssue);
        } else if (isRefused(row.state)) {
            ++s.refused;
        }
        if (isOpen(row.state))
            ++s.open;
    });
    for (qsizetype i = 0; i < out.size(); ++i) {
        std::vector<double>& d = durations[i];
        if (d.empty())
            continue;
        const auto mid = d.begin() + static_cast<std::ptrdiff_t>(d.size() / 2);
        std::nth_element(d.begin(), mid, d.end());
        double median = *mid;
        if (d.size() % 2 == 0)
            median = (median + *std::max_element(d.begin(), mid)) / 2;
        out[i].medianDays = median;
    }
    std::sort(out.begin(), out.end(),
              [](const ServiceStats& a, const ServiceStats& b) { return a.serviceId < b.serviceId; });
    return out;
}

QList<SurveyStats> surveyStatistics(const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                                    const QDate& to)
{
    QList<SurveyStats> out;
    for (const SurveyCountRow& row : queries.surveyCounts(from, to)) {
        if (out.isEmpty() || out.last().serviceId != row.serviceId)
            out << SurveyStats{row.serviceId, serviceAndRegion(catalog, row.serviceId), 0, {}, {}};
        out.last().answers += row.count;
        out.last().quality[static_cast<size_t>(row.quality - 1)] += row.count;
        out.last().information[static_cast<size_t>(row.information - 1)] += row.count;
    }
    return out;
}

Report buildReport(ReportKind kind, const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                   const QDate& to, const QDateTime& now, const QDateTime& soonUntil, Language csvLanguage,
                   int journalLimit, const std::atomic_bool* cancel)
{
    Report report;
    DocumentData& d = report.document;
    d.kind = QStringLiteral("report_") + reportKindName(kind);
    d.title = QStringLiteral("%1 %2 %3").arg(d.kind, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    setPeriod(d, from, to);
    d.set(QStringLiteral("now"), now.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (const QString office = queries.officeName(); !office.isEmpty())
        d.set(QStringLiteral("office.name"), office);

    switch (kind) {
    case ReportKind::Journal: {
        RequestRows rows(catalog, now, journalLimit, csvLanguage, report, false, cancel);
        queries.acceptedBetween(from, to, [&](const ReportRequestRow& r) { rows.add(r); });
        rows.finish();
        break;
    }
    case ReportKind::Overdue: {
        RequestRows rows(catalog, now, journalLimit, csvLanguage, report, true, cancel);
        queries.openDueBefore(soonUntil, [&](const ReportRequestRow& r) { rows.add(r); });
        rows.finish();
        break;
    }
    case ReportKind::Services: {
        report.services = serviceStatistics(queries, catalog, from, to, cancel);
        report.csv << QStringList{
            QStringLiteral("service_id"),     QStringLiteral("service"),     QStringLiteral("accepted"),
            QStringLiteral("issued_on_time"), QStringLiteral("issued_late"), QStringLiteral("issued_no_term"),
            QStringLiteral("refused"),        QStringLiteral("open"),        QStringLiteral("median_days")};
        QList<DocumentRow> rows;
        ServiceStats total;
        for (const ServiceStats& s : report.services) {
            report.csv << QStringList{s.serviceId,
                                      s.name.text(csvLanguage),
                                      QString::number(s.accepted),
                                      QString::number(s.issuedOnTime),
                                      QString::number(s.issuedLate),
                                      QString::number(s.issuedNoTerm),
                                      QString::number(s.refused),
                                      QString::number(s.open),
                                      s.medianDays < 0 ? QString() : QString::number(s.medianDays, 'f', 2)};
            rows << DocumentRow{{QStringLiteral("service"), s.name},
                                {QStringLiteral("accepted"), sameText(QString::number(s.accepted))},
                                {QStringLiteral("on_time"), sameText(QString::number(s.issuedOnTime))},
                                {QStringLiteral("late"), sameText(QString::number(s.issuedLate))},
                                {QStringLiteral("refused"), sameText(QString::number(s.refused))},
                                {QStringLiteral("open"), sameText(QString::number(s.open))},
                                {QStringLiteral("median"), sameText(days(s.medianDays))}};
            total.accepted += s.accepted;
            total.issuedOnTime += s.issuedOnTime;
            total.issuedLate += s.issuedLate;
            total.refused += s.refused;
            total.open += s.open;
        }
        d.tables.insert(QStringLiteral("services"), rows);
        d.set(QStringLiteral("total.accepted"), QString::number(total.accepted));
        d.set(QStringLiteral("total.on_time"), QString::number(total.issuedOnTime));
        d.set(QStringLiteral("total.late"), QString::number(total.issuedLate));
        d.set(QStringLiteral("total.refused"), QString::number(total.refused));
        d.set(QStringLiteral("total.open"), QString::number(total.open));
        break;
    }
    case ReportKind::Survey: {
        const QList<SurveyStats> stats = surveyStatistics(queries, catalog, from, to);
        report.csv << QStringList{
            QStringLiteral("service_id"),    QStringLiteral("service"),       QStringLiteral("answers"),
            QStringLiteral("quality_1"),     QStringLiteral("quality_2"),     QStringLiteral("quality_3"),
            QStringLiteral("information_1"), QStringLiteral("information_2"), QStringLiteral("information_3")};
        QList<DocumentRow> rows;
        for (const SurveyStats& s : stats) {
            QStringList line{s.serviceId, s.name.text(csvLanguage), QString::number(s.answers)};
            DocumentRow row{{QStringLiteral("service"), s.name},
                            {QStringLiteral("answers"), sameText(QString::number(s.answers))}};
            for (int a = 0; a < 3; ++a) {
                line << QString::number(s.quality[static_cast<size_t>(a)]);
                row.insert(QStringLiteral("q%1").arg(a + 1),
                           sameText(QString::number(s.quality[static_cast<size_t>(a)])));
            }
            for (int a = 0; a < 3; ++a) {
                line << QString::number(s.information[static_cast<size_t>(a)]);
                row.insert(QStringLiteral("i%1").arg(a + 1),
                           sameText(QString::number(s.information[static_cast<size_t>(a)])));
            }
            report.csv << line;
            rows << row;
        }
        d.tables.insert(QStringLiteral("services"), rows);
        for (int a = 1; a <= 3; ++a)
            d.set(QStringLiteral("survey.answer%1").arg(a), documentWord(QStringLiteral("survey.%1").arg(a)));
        break;
    }
    }
    return report;
}

} // namespace kense
