#include "ReportQueries.h"

#include "SqlUtil.h"
#include "calendar/DeadlineCalculator.h"

#include <QSqlError>

namespace kense {

namespace {

QString periodStart(const QDate& d)
{
    return storedMoment(QDateTime(d, QTime(0, 0)));
}

QString periodEnd(const QDate& d)
{
    return storedMoment(QDateTime(d.addDays(1), QTime(0, 0)));
}

void requestRows(QSqlQuery& q, const ReportQueries::RequestSink& sink)
{
    ReportRequestRow row;
    while (q.next()) {
        row.number = q.value(0).toString();
        row.acceptedAtStored = q.value(1).toString();
        row.serviceId = q.value(2).toString();
        row.applicantName = q.value(3).toString();
        row.state = q.value(4).toString();
        row.dueAtStored = q.value(5).toString();
        row.acceptedAt = momentFromStored(row.acceptedAtStored);
        row.dueAt = momentFromStored(row.dueAtStored);
        sink(row);
    }
}

} // namespace

QString ReportQueries::officeName() const
{
    return scalar(m_db, QStringLiteral("SELECT o.name FROM this_desk t JOIN desks d ON d.id = t.desk_id "
                                       "JOIN offices o ON o.id = d.office_id"))
        .toString();
}

void ReportQueries::acceptedBetween(const QDate& from, const QDate& to, const RequestSink& sink) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT number, accepted_at, service_id, applicant_name, state, due_at "
                                               "FROM requests WHERE accepted_at >= ? AND accepted_at < ? "
                                               "ORDER BY accepted_at, id"));
    q.setForwardOnly(true);
    exec(q, {periodStart(from), periodEnd(to)});
    requestRows(q, sink);
}

void ReportQueries::openDueBefore(const QDateTime& until, const RequestSink& sink) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT number, accepted_at, service_id, applicant_name, state, due_at "
                                               "FROM requests INDEXED BY requests_open_due "
                                               "WHERE %1 AND due_at < ? ORDER BY due_at, id")
                                    .arg(termRunsCondition()));
    q.setForwardOnly(true);
    exec(q, {storedMoment(until)});
    requestRows(q, sink);
}

void ReportQueries::outcomesAcceptedBetween(const QDate& from, const QDate& to, const OutcomeSink& sink) const
{
    // One pass over the period's requests in the covering index; grouping is the caller's, as GROUP BY would sort
    // every row. The issue time is the last change of an issued request (issued is final).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT service_id, state, updated_at <= due_at, "
                                  "CASE WHEN state = '%1' THEN julianday(updated_at) - julianday(accepted_at) END, "
                                  "due_at < '%2' FROM requests INDEXED BY requests_stats "
                                  "WHERE accepted_at >= ? AND accepted_at < ?")
                       .arg(stateName(RequestState::Issued), storedMoment(noTermDue()))))
        throw StorageError::failed(q.lastError().text());
    exec(q, {periodStart(from), periodEnd(to)});
    ServiceOutcomeRow row;
    while (q.next()) {
        row.serviceId = q.value(0).toString();
        row.state = stateFromName(q.value(1).toString()).value_or(RequestState::Registered);
        row.lastChangeByDue = q.value(2).toInt() != 0;
        row.daysToIssue = q.value(3).isNull() ? -1 : q.value(3).toDouble();
        row.hasTerm = q.value(4).toInt() != 0;
        sink(row);
    }
}

QList<SurveyCountRow> ReportQueries::surveyCounts(const QDate& from, const QDate& to) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT r.service_id, s.quality, s.information, count(*) "
                                               "FROM survey_answers s JOIN requests r ON r.id = s.request_id "
                                               "WHERE s.at >= ? AND s.at < ? GROUP BY 1, 2, 3 ORDER BY 1"));
    exec(q, {periodStart(from), periodEnd(to)});
    QList<SurveyCountRow> out;
    while (q.next())
        out << SurveyCountRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return out;
}

} // namespace kense
