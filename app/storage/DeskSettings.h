#pragma once

#include "catalog/ServiceVariant.h"
#include "records/UserRecord.h"
#include "settings/Settings.h"

#include <QStringList>

namespace kense {

/// An administrator's settings of this desk (see Settings' key table): which service variants the intake offers
/// here, and the sign-in lockout. The desk's program and kensectl read the same values.
class DeskSettings
{
public:
    /// The variants in force at this desk; empty: every variant in force in the catalog for the desk's channel.
    static QStringList servicesInForce(const Settings& settings = Settings::desk());
    /// Returns the reason when the file could not be written.
    [[nodiscard]] static std::optional<QString> setServicesInForce(const QStringList& variantIds,
                                                                   Settings settings = Settings::desk());
    /// Whether this desk takes applications for `variant` through `channel`: the catalog has the variant in force
    /// (not excluded), it is offered through the channel, and the administrator has not taken it out of force here
    /// (servicesInForce). The wizard's list of services and every registration, in the window or by kensectl, apply
    /// this one rule.
    static bool takesService(const ServiceVariant& variant, Channel channel,
                             const Settings& settings = Settings::desk());
    /// signin/max_failures (default 5, 1–100) and signin/lock_minutes (default 5, 1–1440).
    static LockoutPolicy lockoutPolicy(const Settings& settings = Settings::desk());
};

} // namespace kense
