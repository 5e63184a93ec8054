#pragma once

#include "DeskRepository.h"
#include "UserRepository.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

/// What the executor prepared for a request: the fields of the result document and, for a duplicate of an
/// education document, the subjects with their grades. It has its own registration number.
struct ResultRecord
{
    QString kind;   ///< the printable output, e.g. "duplicate_secondary", "externat_permit"
    QString number; ///< "<office>-<desk>-<year>-D<5 digits>"
    QMap<QString, QString> fields;
    QList<QPair<QString, QString>> grades; ///< subject → grade, in the order of the document
    QString preparedBy;                    ///< the executor's full name
    QDateTime preparedAt;
};

/// The applicant's answers to the quality survey (seed 001, «Сапа» and «Қолжетімділік»): 1 not satisfied,
/// 2 partly, 3 satisfied.
struct SurveyAnswers
{
    int quality = 0;
    int information = 0;
    QDateTime at;
};

/// Results and survey answers of this desk's requests.
class Results
{
public:
    explicit Results(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Saves (or replaces, keeping its number) the result of `requestNumber` while the request is in work or its
    /// result is prepared and not yet signed; only an executor or a head may. The change is an event with
    /// before → after. Throws StorageError with the reason otherwise.
    ResultRecord save(const DeskRecord& desk, const QString& requestNumber, const QString& kind,
                      const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades,
                      const UserRecord& user, const QDateTime& at);
    std::optional<ResultRecord> load(const QString& requestNumber) const;

    /// Records the applicant's answers once the result (or refusal) was issued; answering again is refused.
    void answerSurvey(const QString& requestNumber, int quality, int information, const UserRecord& user,
                      const QDateTime& at);
    std::optional<SurveyAnswers> survey(const QString& requestNumber) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
