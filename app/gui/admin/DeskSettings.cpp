#include "gui/admin/DeskSettings.h"

#include "paths/AppPaths.h"

#include <QSettings>

namespace kense {

QStringList DeskSettings::servicesInForce()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return s.value(QStringLiteral("services/in_force")).toStringList();
}

void DeskSettings::setServicesInForce(const QStringList& variantIds)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("services/in_force"), variantIds);
}

LockoutPolicy DeskSettings::lockoutPolicy()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    LockoutPolicy p;
    bool ok = false;
    const int failures = s.value(QStringLiteral("signin/max_failures")).toInt(&ok);
    if (ok && failures >= 1 && failures <= 100)
        p.maxFailures = failures;
    const int minutes = s.value(QStringLiteral("signin/lock_minutes")).toInt(&ok);
    if (ok && minutes >= 1 && minutes <= 1440)
        p.lockMinutes = minutes;
    return p;
}

} // namespace kense
