#include "sync/CentralSettings.h"

namespace kense {

std::optional<sync::CentralAddress> CentralSettings::address(const Settings& settings)
{
    sync::CentralAddress a;
    a.host = settings.text(Setting::CentralHost);
    a.port = settings.number(Setting::CentralPort);
    a.database = settings.text(Setting::CentralDatabase);
    a.user = settings.text(Setting::CentralUser);
    a.sslMode = settings.text(Setting::CentralSslMode);
    if (a.sslMode.isEmpty())
        a.sslMode = QStringLiteral("verify-full");
    a.sslRootCert = settings.text(Setting::CentralSslRootCert);
    if (!a.isValid())
        return std::nullopt;
    return a;
}

std::optional<QString> CentralSettings::setAddress(const sync::CentralAddress& a, Settings settings)
{
    const std::initializer_list<std::pair<Setting, QVariant>> values{
        {Setting::CentralHost, a.host},         {Setting::CentralPort, a.port},
        {Setting::CentralDatabase, a.database}, {Setting::CentralUser, a.user},
        {Setting::CentralSslMode, a.sslMode},   {Setting::CentralSslRootCert, a.sslRootCert}};
    // All or nothing: a port out of range leaves the address as it was.
    for (const auto& [setting, value] : values) {
        if (auto error = Settings::check(setting, value))
            return error;
    }
    for (const auto& [setting, value] : values) {
        if (auto error = settings.setValue(setting, value))
            return error;
    }
    return std::nullopt;
}

void CentralSettings::clear(Settings settings)
{
    settings.removeGroup(QStringLiteral("central"));
}

int CentralSettings::intervalMinutes(const Settings& settings)
{
    return settings.number(Setting::CentralIntervalMinutes);
}

std::optional<QString> CentralSettings::setIntervalMinutes(int minutes, Settings settings)
{
    return settings.setValue(Setting::CentralIntervalMinutes, qBound(0, minutes, 1440));
}

int CentralSettings::keepConfirmedDays(const Settings& settings)
{
    return settings.number(Setting::CentralKeepConfirmedDays);
}

std::optional<QString> CentralSettings::setKeepConfirmedDays(int days, Settings settings)
{
    return settings.setValue(Setting::CentralKeepConfirmedDays, qBound(0, days, 3650));
}

} // namespace kense
