#pragma once

#include "catalog/ServiceCatalog.h"
#include "records/UserRecord.h"
#include "settings/Settings.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kense {

/// Where a ЦОН's courier registers take each service: for every service variant, the offices of the directory that
/// provide it (a district's education department for the preschool queue, the schools for their certificates'
/// duplicates). An administrator names them (courier/providers/<variant> in the desk's settings); a register goes to
/// one of them, and a request enters a register only when the register's office provides its service.
class CourierRoutes
{
public:
    /// The routes an administrator named at this desk.
    static CourierRoutes ofDesk(const Settings& settings = Settings::desk());

    /// The office codes that provide `variantId` (empty: none named).
    QStringList providersOf(const QString& variantId) const { return m_providers.value(variantId); }
    /// Every office some service is routed to, each once, in code order.
    QStringList offices() const;
    /// The variants routed to `officeCode`.
    QStringList variantsTo(const QString& officeCode) const;
    bool isEmpty() const { return m_providers.isEmpty(); }

    /// Names the providers of a variant (an empty list takes its route away). Nothing is written unless it is
    /// right: `user` is an administrator, the variant is in the catalog, every code is an office of the directory
    /// in `db` and not a ЦОН's own. Throws StorageError naming what is wrong.
    static void name(const QSqlDatabase& db, const ServiceCatalog& catalog, const UserRecord& user,
                     const QString& variantId, const QStringList& officeCodes, Settings settings = Settings::desk());

    /// For tests and callers that hold the routes themselves.
    void set(const QString& variantId, const QStringList& officeCodes);

private:
    QMap<QString, QStringList> m_providers;
};

} // namespace kense
