#include "DeskSetUp.h"

#include "DeskRepository.h"
#include "SqlUtil.h"
#include "UserRepository.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DeskRepository)
};
} // namespace

DeskRecord setUpDesk(const QSqlDatabase& db, const NewDesk& setup, const QDateTime& now)
{
    const QString office = setup.officeCode.trimmed().toUpper();
    UserRepository::checkNewUser(setup.adminLogin, setup.adminName, {Role::Administrator}, setup.password);

    Transaction tx(db);
    DeskRepository desks(db);
    if (!desks.officeByCode(office)) {
        if (setup.newOfficeName.trimmed().isEmpty())
            throw StorageError{Tr::tr("no office \"%1\" in the directory: give the new office's name").arg(office)};
        desks.addOffice(office, setup.newOfficeName.trimmed(),
                        setup.newOfficeKind.isEmpty() ? QStringLiteral("other") : setup.newOfficeKind,
                        setup.newOfficeRegion);
    }
    const DeskRecord desk = desks.setUpThisDesk(office, setup.deskCode, setup.kind);
    UserRepository(db).add(setup.adminLogin, setup.adminName, {Role::Administrator}, setup.password, now);
    tx.commit();
    return desk;
}

QStringList servicesOfRegion(const QSqlDatabase& db, const ServiceCatalog& catalog, const NewDesk& setup)
{
    const std::optional<OfficeRecord> known = DeskRepository(db).officeByCode(setup.officeCode.trimmed().toUpper());
    const QString region = known ? known->region : setup.newOfficeRegion;
    QStringList ids;
    for (const QString& id : catalog.variantsOfRegion(region)) {
        if (catalog.variant(id)->offersChannel(setup.kind)) // what this kind of desk takes
            ids << id;
    }
    if (ids.isEmpty())
        throw StorageError{Tr::tr("--services region: the catalog has no service of the region \"%1\" that a desk of "
                                  "office %2 takes; give --services all, or the office's region with --region")
                               .arg(region, setup.officeCode)};
    return ids;
}

} // namespace kense
