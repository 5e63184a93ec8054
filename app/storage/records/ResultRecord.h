#pragma once

// A request's result document and its survey answers.
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

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

} // namespace kense
