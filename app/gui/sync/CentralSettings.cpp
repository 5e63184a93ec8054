#include "gui/sync/CentralSettings.h"

#include "paths/AppPaths.h"

#include <QSettings>

namespace kense {

std::optional<sync::CentralAddress> CentralSettings::address()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    sync::CentralAddress a;
    a.host = s.value(QStringLiteral("central/host")).toString();
    a.port = s.value(QStringLiteral("central/port"), 5432).toInt();
    a.database = s.value(QStringLiteral("central/database")).toString();
    a.user = s.value(QStringLiteral("central/user")).toString();
    if (!a.isValid())
        return std::nullopt;
    return a;
}

void CentralSettings::setAddress(const sync::CentralAddress& a)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("central/host"), a.host);
    s.setValue(QStringLiteral("central/port"), a.port);
    s.setValue(QStringLiteral("central/database"), a.database);
    s.setValue(QStringLiteral("central/user"), a.user);
}

void CentralSettings::clear()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.remove(QStringLiteral("central"));
}

int CentralSettings::intervalMinutes()
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    return qBound(0, s.value(QStringLiteral("central/interval_minutes"), 5).toInt(), 1440);
}

void CentralSettings::setIntervalMinutes(int minutes)
{
    QSettings s(AppPaths::settingsFile(), QSettings::IniFormat);
    s.setValue(QStringLiteral("central/interval_minutes"), qBound(0, minutes, 1440));
}

} // namespace kense
