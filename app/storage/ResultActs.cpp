#include "ResultActs.h"

#include "DeskRepository.h"
#include "Results.h"
#include "SqlUtil.h"
#include "catalog/ServiceCatalog.h"

#include <QCoreApplication>

namespace kense::ResultActs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ResultActs)
};

/// The catalog's variant of the request's service.
const ServiceVariant& serviceOf(const QSqlDatabase& db, const ServiceCatalog& catalog, const QString& number)
{
    const QVariant id = scalar(db, QStringLiteral("SELECT service_id FROM requests WHERE number = ?"), {number});
    if (!id.isValid() || id.isNull())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    const ServiceVariant* variant = catalog.variant(id.toString());
    if (!variant)
        throw StorageError{Tr::tr("%1: its service %2 is not in the catalog in force").arg(number, id.toString())};
    return *variant;
}
} // namespace

ResultRecord save(const QSqlDatabase& db, const ServiceCatalog& catalog, const QString& number,
                  const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades,
                  const UserRecord& user, const QDateTime& at)
{
    const DeskRecord desk = DeskRepository(db).requireThisDesk();
    const ServiceVariant& variant = serviceOf(db, catalog, number);
    return Results(db).save(desk, number, variant, fields, grades, user, at);
}

void answerSurvey(const QSqlDatabase& db, const ServiceCatalog& catalog, const QString& number, int quality,
                  int information, const UserRecord& user, const QDateTime& at)
{
    const ServiceVariant& variant = serviceOf(db, catalog, number);
    if (!variant.asksSurvey())
        throw StorageError{Tr::tr("%1: the service %2 does not ask the applicant the survey").arg(number, variant.id)};
    Results(db).answerSurvey(number, quality, information, user, at);
}

} // namespace kense::ResultActs
