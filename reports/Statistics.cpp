#include "Statistics.h"

#include "DocumentWords.h"
#include "SqlUtil.h"
#include "common/EnumNames.h"

#include <QSet>
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

const char* const kRefusedStates = "('refused_at_intake', 'refusal_prepared', 'refusal_signed', "
                                   "'refusal_returned_to_tson', 'refusal_issued')";
const char* const kClosedStates = "('issued', 'refusal_issued', 'refused_at_intake', 'draft')";

QString periodStart(const QDate& d)
{
    return storedMoment(QDateTime(d, QTime(0, 0)));
}

QString periodEnd(const QDate& d)
{
    return storedMoment(QDateTime(d.addDays(1), QTime(0, 0)));
}

LocalizedText serviceName(const ServiceCatalog& catalog, const QString& id)
{
    const ServiceVariant* v = catalog.variant(id);
    return v ? v->name : sameText(id);
}

/// "name — region": regional variants of a service share its name.
LocalizedText serviceAndRegion(const ServiceCatalog& catalog, const QString& id)
{
    const ServiceVariant* v = catalog.variant(id);
    if (!v)
        return sameText(id);
    LocalizedText t = v->name;
    if (!v->region.isEmpty()) {
        t.kk += QStringLiteral(" — ") + v->region.kk;
        t.ru += QStringLiteral(" — ") + v->region.ru;
    }
    return t;
}

QString dateTimeText(const QString& stored)
{
    const QDateTime t = momentFromStored(stored);
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

/// Requests as report rows (journal and overdue): the same columns in the PDF and the CSV.
void checkCancel(const std::atomic_bool* cancel, qint64 row)
{
    if (cancel && (row & 1023) == 0 && cancel->load())
        throw ReportCancelled{};
}

void requestRows(QSqlQuery& q, const ServiceCatalog& catalog, const QDateTime& now, int limit, Language csvLanguage,
                 Report& report, bool withSla, const std::atomic_bool* cancel)
{
    QList<DocumentRow> rows;
    int total = 0;
    report.csv << QStringList{QStringLiteral("number"),    QStringLiteral("accepted_at"), QStringLiteral("service"),
                              QStringLiteral("applicant"), QStringLiteral("state"),       QStringLiteral("due_at")};
    if (withSla)
        report.csv.first() << QStringLiteral("sla");
    while (q.next()) {
        checkCancel(cancel, total);
        ++total;
        const LocalizedText service = serviceName(catalog, q.value(2).toString());
        const LocalizedText state = documentWord(QStringLiteral("state.") + q.value(4).toString());
        LocalizedText sla;
        if (withSla)
            sla = documentWord(momentFromStored(q.value(5).toString()) < now ? QStringLiteral("sla.overdue")
                                                                             : QStringLiteral("sla.due_soon"));
        QStringList line{q.value(0).toString(), q.value(1).toString(),   service.text(csvLanguage),
                         q.value(3).toString(), state.text(csvLanguage), q.value(5).toString()};
        if (withSla)
            line << sla.text(csvLanguage);
        report.csv << line;
        if (rows.size() < limit)
            rows << DocumentRow{{QStringLiteral("n"), sameText(QString::number(total))},
                                {QStringLiteral("number"), sameText(q.value(0).toString())},
                                {QStringLiteral("accepted"), sameText(dateTimeText(q.value(1).toString()))},
                                {QStringLiteral("service"), service},
                                {QStringLiteral("applicant"), sameText(q.value(3).toString())},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("due"), sameText(dateTimeText(q.value(5).toString()))},
                                {QStringLiteral("sla"), sla}};
    }
    report.document.tables.insert(QStringLiteral("requests"), rows);
    report.document.set(QStringLiteral("total"), QString::number(total));
    if (total > rows.size())
        report.document.set(QStringLiteral("shown"), QString::number(rows.size()));
}

} // namespace

QString reportKindName(ReportKind kind)
{
    return enumName(kReportKinds, kind);
}

std::optional<ReportKind> reportKindFromName(const QString& name)
{
    return enumFromName(kReportKinds, name);
}

QList<ServiceStats> serviceStatistics(const QSqlDatabase& db, const ServiceCatalog& catalog, const QDate& from,
                                      const QDate& to, const std::atomic_bool* cancel)
{
    // One pass over the period's requests in the covering index; counted here rather than by GROUP BY, which
    // would sort every row. The issue time is the last change of an issued request (issued is final).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT service_id, state, updated_at <= due_at, "
                                  "CASE WHEN state = 'issued' THEN julianday(updated_at) - julianday(accepted_at) END "
                                  "FROM requests INDEXED BY requests_stats "
                                  "WHERE accepted_at >= ? AND accepted_at < ?")))
        throw StorageError{q.lastError().text()};
    exec(q, {periodStart(from), periodEnd(to)});
    static const QSet<QString> refused = {QStringLiteral("refused_at_intake"), QStringLiteral("refusal_prepared"),
                                          QStringLiteral("refusal_signed"), QStringLiteral("refusal_returned_to_tson"),
                                          QStringLiteral("refusal_issued")};
    static const QSet<QString> closed = {QStringLiteral("issued"), QStringLiteral("refusal_issued"),
                                         QStringLiteral("refused_at_intake"), QStringLiteral("draft")};
    QList<ServiceStats> out;
    QHash<QString, qsizetype> index;
    QList<std::vector<double>> durations;
    QString lastService;
    qsizetype current = -1;
    qint64 rows = 0;
    while (q.next()) {
        checkCancel(cancel, rows++);
        const QString service = q.value(0).toString();
        if (current < 0 || service != lastService) {
            auto it = index.constFind(service);
            if (it == index.constEnd()) {
                ServiceStats s;
                s.serviceId = service;
                s.name = serviceAndRegion(catalog, service);
                it = index.insert(service, out.size());
                out << s;
                durations.append(std::vector<double>{});
            }
            current = *it;
            lastService = service;
        }
        ServiceStats& s = out[current];
        ++s.accepted;
        const QString state = q.value(1).toString();
        if (state == QLatin1String("issued")) {
            if (q.value(2).toInt())
                ++s.issuedOnTime;
            else
                ++s.issuedLate;
            durations[current].push_back(q.value(3).toDouble());
        } else if (refused.contains(state)) {
            ++s.refused;
        }
        if (!closed.contains(state))
            ++s.open;
    }
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

QList<SurveyStats> surveyStatistics(const QSqlDatabase& db, const ServiceCatalog& catalog, const QDate& from,
                                    const QDate& to)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT r.service_id, s.quality, s.information, count(*) "
                                             "FROM survey_answers s JOIN requests r ON r.id = s.request_id "
                                             "WHERE s.at >= ? AND s.at < ? GROUP BY 1, 2, 3 ORDER BY 1"));
    exec(q, {periodStart(from), periodEnd(to)});
    QList<SurveyStats> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().serviceId != id)
            out << SurveyStats{id, serviceAndRegion(catalog, id), 0, {}, {}};
        const int n = q.value(3).toInt();
        out.last().answers += n;
        out.last().quality[static_cast<size_t>(q.value(1).toInt() - 1)] += n;
        out.last().information[static_cast<size_t>(q.value(2).toInt() - 1)] += n;
    }
    return out;
}

Report buildReport(ReportKind kind, const QSqlDatabase& db, const ServiceCatalog& catalog, const QDate& from,
                   const QDate& to, const QDateTime& now, const QDateTime& soonUntil, Language csvLanguage,
                   int journalLimit, const std::atomic_bool* cancel)
{
    Report report;
    DocumentData& d = report.document;
    d.kind = QStringLiteral("report_") + reportKindName(kind);
    d.title = QStringLiteral("%1 %2 %3").arg(d.kind, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    setPeriod(d, from, to);
    d.set(QStringLiteral("now"), now.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (const auto office = scalar(db, QStringLiteral("SELECT o.name FROM this_desk t JOIN desks d ON d.id = t.desk_id "
                                                      "JOIN offices o ON o.id = d.office_id"));
        office.isValid())
        d.set(QStringLiteral("office.name"), office.toString());

    switch (kind) {
    case ReportKind::Journal: {
        QSqlQuery q =
            prepare(db, QStringLiteral("SELECT number, accepted_at, service_id, applicant_name, state, due_at "
                                       "FROM requests WHERE accepted_at >= ? AND accepted_at < ? "
                                       "ORDER BY accepted_at, id"));
        q.setForwardOnly(true);
        exec(q, {periodStart(from), periodEnd(to)});
        requestRows(q, catalog, now, journalLimit, csvLanguage, report, false, cancel);
        break;
    }
    case ReportKind::Overdue: {
        QSqlQuery q =
            prepare(db, QStringLiteral("SELECT number, accepted_at, service_id, applicant_name, state, due_at "
                                       "FROM requests INDEXED BY requests_open_due "
                                       "WHERE state NOT IN %1 AND due_at < ? ORDER BY due_at, id")
                            .arg(QLatin1String(kClosedStates)));
        q.setForwardOnly(true);
        exec(q, {storedMoment(soonUntil)});
        requestRows(q, catalog, now, journalLimit, csvLanguage, report, true, cancel);
        break;
    }
    case ReportKind::Services: {
        report.services = serviceStatistics(db, catalog, from, to, cancel);
        report.csv << QStringList{QStringLiteral("service_id"),  QStringLiteral("service"),
                                  QStringLiteral("accepted"),    QStringLiteral("issued_on_time"),
                                  QStringLiteral("issued_late"), QStringLiteral("refused"),
                                  QStringLiteral("open"),        QStringLiteral("median_days")};
        QList<DocumentRow> rows;
        ServiceStats total;
        for (const ServiceStats& s : report.services) {
            report.csv << QStringList{s.serviceId,
                                      s.name.text(csvLanguage),
                                      QString::number(s.accepted),
                                      QString::number(s.issuedOnTime),
                                      QString::number(s.issuedLate),
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
        const QList<SurveyStats> stats = surveyStatistics(db, catalog, from, to);
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

QByteArray csvBytes(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
                cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            }
            cells << cell;
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace kense
