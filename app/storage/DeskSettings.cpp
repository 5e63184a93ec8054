#include "DeskSettings.h"

namespace kense {

QStringList DeskSettings::servicesInForce(const Settings& settings)
{
    return settings.value(Setting::ServicesInForce).toStringList();
}

bool DeskSettings::takesService(const ServiceVariant& variant, Channel channel, const Settings& settings)
{
    const QStringList inForce = servicesInForce(settings); // empty: all
    return !variant.isExcluded() && variant.offersChannel(channel) &&
           (inForce.isEmpty() || inForce.contains(variant.id));
}

std::optional<QString> DeskSettings::setServicesInForce(const QStringList& variantIds, Settings settings)
{
    if (variantIds.isEmpty()) { // all: no list at all, rather than an empty one in the file
        settings.removeGroup(Settings::keyOf(Setting::ServicesInForce));
        return std::nullopt;
    }
    return settings.setValue(Setting::ServicesInForce, variantIds);
}

LockoutPolicy DeskSettings::lockoutPolicy(const Settings& settings)
{
    LockoutPolicy p;
    p.maxFailures = settings.number(Setting::SignInMaxFailures);
    p.lockMinutes = settings.number(Setting::SignInLockMinutes);
    return p;
}

} // namespace kense
