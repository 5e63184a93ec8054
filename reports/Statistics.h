#pragma once

#include "ReportQueries.h"
#include "catalog/ServiceCatalog.h"
#include "documents/DocumentData.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <array>
#include <atomic>

namespace kense {

/// How one service did over a period (requests accepted in it): issued on time or late against the legal due
/// date, refused (at intake or reasoned), still open, and the median days from acceptance to issue.
struct ServiceStats
{
    QString serviceId;
    LocalizedText name; ///< the service's name and its region: regional variants share a name
    int accepted = 0;
    int issuedOnTime = 0;
    int issuedLate = 0;
    int issuedNoTerm = 0; ///< issued with no term set: neither on time nor late
    int refused = 0;
    int open = 0;
    double medianDays = -1; ///< -1: nothing issued
};

/// The quality survey's answers per service: how many answered, and per question how many chose 1, 2, 3.
struct SurveyStats
{
    QString serviceId;
    LocalizedText name; ///< with the region, as in ServiceStats
    int answers = 0;
    std::array<int, 3> quality{};
    std::array<int, 3> information{};
};

/// Thrown by a report whose `cancel` flag was set while it ran.
struct ReportCancelled
{};

QList<ServiceStats> serviceStatistics(const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                                      const QDate& to, const std::atomic_bool* cancel = nullptr);
QList<SurveyStats> surveyStatistics(const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                                    const QDate& to);

enum class ReportKind
{
    Journal,  ///< the requests accepted in the period (the day's journal)
    Overdue,  ///< open requests past their due date or due within one working day
    Services, ///< per-service statistics with a chart
    Survey    ///< the quality survey's answers per service
};
QString reportKindName(ReportKind kind); ///< "journal", "overdue", "services", "survey"
std::optional<ReportKind> reportKindFromName(const QString& name);

/// A report as a document (for PDF) and as a table (for CSV): `csv` holds the header and one line per row.
struct Report
{
    DocumentData document;
    QList<QStringList> csv;
    QList<ServiceStats> services; ///< for the chart of the services report
};

/// Builds a report over [from, to]. `now` and `soonUntil` decide overdue and due-soon. The journal lists at most
/// `journalLimit` requests in the PDF and says so; the CSV always has all of them. Setting `cancel` (from another
/// thread) stops it with ReportCancelled.
Report buildReport(ReportKind kind, const ReportQueries& queries, const ServiceCatalog& catalog, const QDate& from,
                   const QDate& to, const QDateTime& now, const QDateTime& soonUntil, Language csvLanguage,
                   int journalLimit = 5000, const std::atomic_bool* cancel = nullptr);

} // namespace kense
