#include "CourierRoutes.h"

#include "DeskRepository.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSet>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CourierRoutes)
};
} // namespace

CourierRoutes CourierRoutes::ofDesk(const Settings& settings)
{
    CourierRoutes routes;
    for (const auto& [setting, name] : settings.entries()) {
        if (setting == Setting::CourierProviders)
            routes.set(name, settings.value(Setting::CourierProviders, name).toStringList());
    }
    return routes;
}

QStringList CourierRoutes::offices() const
{
    QSet<QString> seen;
    for (const QStringList& codes : m_providers)
        seen.unite(QSet<QString>(codes.cbegin(), codes.cend()));
    QStringList out(seen.cbegin(), seen.cend());
    out.sort();
    return out;
}

QStringList CourierRoutes::variantsTo(const QString& officeCode) const
{
    QStringList out;
    for (auto it = m_providers.cbegin(); it != m_providers.cend(); ++it) {
        if (it.value().contains(officeCode))
            out << it.key();
    }
    return out;
}

void CourierRoutes::set(const QString& variantId, const QStringList& officeCodes)
{
    QStringList codes;
    for (const QString& c : officeCodes) {
        const QString code = c.trimmed().toUpper();
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    if (codes.isEmpty())
        m_providers.remove(variantId);
    else
        m_providers.insert(variantId, codes);
}

void CourierRoutes::name(const QSqlDatabase& db, const ServiceCatalog& catalog, const UserRecord& user,
                         const QString& variantId, const QStringList& officeCodes, Settings settings)
{
    if (!user.roles.contains(Role::Administrator))
        throw StorageError{Tr::tr("only an administrator names the offices that provide a service")};
    if (!catalog.variant(variantId))
        throw StorageError{Tr::tr("no service %1 in the catalog").arg(variantId)};
    CourierRoutes routes;
    routes.set(variantId, officeCodes);
    const QStringList codes = routes.providersOf(variantId);
    const DeskRepository desks(db);
    for (const QString& code : codes) {
        const auto office = desks.officeByCode(code);
        if (!office)
            throw StorageError{
                Tr::tr("%1 is not in the office directory: an administrator adds the office first").arg(code)};
        if (office->defaultDeskKind() == Channel::Tson)
            throw StorageError{Tr::tr("%1 (%2) is an office of the ЦОН, not a provider").arg(code, office->name)};
        if (office->defaultDeskKind() == Channel::Akim)
            throw StorageError{Tr::tr("%1 (%2) is a rural akim's apparatus, not a provider").arg(code, office->name)};
    }
    std::optional<QString> failed;
    if (codes.isEmpty())
        settings.removeGroup(Settings::keyOf(Setting::CourierProviders, variantId));
    else
        failed = settings.setValue(Setting::CourierProviders, codes, variantId);
    if (failed)
        throw StorageError::failed(*failed);
}

} // namespace kense
