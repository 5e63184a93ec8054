#pragma once

#include "records/UserRecord.h"

#include <QStringList>

namespace kense {

/// An administrator's settings of this desk kept in <data>/settings.ini: which service variants the intake offers
/// here, and the sign-in lockout.
class DeskSettings
{
public:
    /// The variants in force at this desk; empty: every variant in force in the catalog for the desk's channel.
    static QStringList servicesInForce();
    static void setServicesInForce(const QStringList& variantIds);
    /// [signin] max_failures (default 5) and lock_minutes (default 5), each within 1–100 / 1–1440.
    static LockoutPolicy lockoutPolicy();
};

} // namespace kense
