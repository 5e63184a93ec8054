#pragma once

#include "records/ResultRecord.h"
#include "records/UserRecord.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace kense {

class ServiceCatalog;

/// The acts on a request's result, one function each for both doors (the card through QueueStore, and kensectl):
/// the rules come from core (which document a service's executor prepares, whether its applicant is asked the
/// survey, in which states) and the catalog in force; Results writes.
namespace ResultActs {
/// Saves the executor's result of `number` as the service's result document, with its fields and grades.
ResultRecord save(const QSqlDatabase& db, const ServiceCatalog& catalog, const QString& number,
                  const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades,
                  const UserRecord& user, const QDateTime& at);
/// Records the applicant's survey answers, for a service that asks it, once the result or refusal is issued.
void answerSurvey(const QSqlDatabase& db, const ServiceCatalog& catalog, const QString& number, int quality,
                  int information, const UserRecord& user, const QDateTime& at);
} // namespace ResultActs

} // namespace kense
