#pragma once

// The desk's database as the reports read it: plain rows, no SQL above storage.
#include "workflow/RequestState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace kense {

/// One request as a report lists it (journal, overdue). Moments are given as stored ("yyyy-MM-ddTHH:mm:ss", what
/// the CSV carries) and parsed.
struct ReportRequestRow
{
    QString number;
    QString serviceId;
    QString applicantName;
    QString state; ///< the stored name ("in_work" …); a report prints its word
    QString acceptedAtStored;
    QString dueAtStored;
    QDateTime acceptedAt;
    QDateTime dueAt;
};

/// How one request accepted in a period ended so far.
struct ServiceOutcomeRow
{
    QString serviceId;
    RequestState state = RequestState::Registered;
    bool lastChangeByDue = false; ///< its last change (for an issued request: the issue) came by the due moment
    bool hasTerm = true;          ///< false: neither the regulation nor an administrator set a term (never late)
    double daysToIssue = -1;      ///< acceptance to issue, in days; -1 unless issued
};

/// The survey's answers of one service, for one pair of marks.
struct SurveyCountRow
{
    QString serviceId;
    int quality = 0;     ///< 1..3
    int information = 0; ///< 1..3
    int count = 0;
};

class ReportQueries
{
public:
    explicit ReportQueries(const QSqlDatabase& db)
        : m_db(db)
    {}

    using RequestSink = std::function<void(const ReportRequestRow&)>;
    using OutcomeSink = std::function<void(const ServiceOutcomeRow&)>;

    /// The name of this desk's office; empty before set-up.
    QString officeName() const;
    /// The requests accepted on the days [from, to], in the order of acceptance. A sink may throw to stop.
    void acceptedBetween(const QDate& from, const QDate& to, const RequestSink& sink) const;
    /// The open requests due before `until`, soonest first.
    void openDueBefore(const QDateTime& until, const RequestSink& sink) const;
    /// The outcome of every request accepted on the days [from, to], grouped by service as the index lies.
    void outcomesAcceptedBetween(const QDate& from, const QDate& to, const OutcomeSink& sink) const;
    /// The survey's answers given on the days [from, to], by service (sorted) and marks.
    QList<SurveyCountRow> surveyCounts(const QDate& from, const QDate& to) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
