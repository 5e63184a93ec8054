#pragma once

#include "DeskRepository.h"
#include "UserRepository.h"
#include "records/ResultRecord.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace kense {

struct ServiceVariant;

/// Results and survey answers of this desk's requests.
class Results
{
public:
    explicit Results(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Saves (or replaces, keeping its number) the result of `requestNumber` that `variant` (its service) lets
    /// `user` prepare in the request's state (ServiceVariant::resultToPrepare): the term's result while in work or
    /// prepared and not yet signed, a document made after issue once issued; only an executor or a head may. The
    /// change is an event with before → after. Throws StorageError with the reason otherwise.
    ResultRecord save(const DeskRecord& desk, const QString& requestNumber, const ServiceVariant& variant,
                      const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades,
                      const UserRecord& user, const QDateTime& at);
    std::optional<ResultRecord> load(const QString& requestNumber) const;
    /// The next result number of `desk` in `year` ("<office>-<desk>-<year>-D<5 digits>"), taken by `seq`, a query
    /// prepared with kNextNumberSql (bulk writers keep theirs prepared).
    static QString takeNumber(QSqlQuery& seq, const DeskRecord& desk, int year);
    static const QString kNextNumberSql;
    /// The survey answers as their event records them (JSON).
    static QString surveyDetail(int quality, int information);
    /// A result's fields and grades as request_results keeps them (JSON).
    static QString storedFields(const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades);

    /// Records the applicant's answers once the result (or refusal) was issued; answering again is refused.
    void answerSurvey(const QString& requestNumber, int quality, int information, const UserRecord& user,
                      const QDateTime& at);
    std::optional<SurveyAnswers> survey(const QString& requestNumber) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
