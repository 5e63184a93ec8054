#include "Duration.h"

#include "common/EnumNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace kense {

namespace {
constexpr EnumNameTable<TimeUnit, 4> kUnits{{
    {TimeUnit::Minutes, "minutes"},
    {TimeUnit::Hours, "hours"},
    {TimeUnit::WorkingDays, "working_days"},
    {TimeUnit::CalendarDays, "calendar_days"},
}};
} // namespace

QString timeUnitName(TimeUnit unit)
{
    return enumName(kUnits, unit);
}

std::optional<TimeUnit> timeUnitFromName(const QString& name)
{
    return enumFromName(kUnits, name);
}

QString timeUnitNames()
{
    return enumNames(kUnits);
}

std::optional<Duration> durationFromText(const QString& text, QString* why)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    bool ok = parts.size() == 2;
    const int value = ok ? parts.first().toInt(&ok) : 0;
    const std::optional<TimeUnit> unit = ok ? timeUnitFromName(parts.last()) : std::nullopt;
    if (!ok || !unit) {
        if (why)
            *why = QCoreApplication::translate("kense::Duration", "write a term as a number and a unit (%1), e.g. "
                                                                  "\"30 calendar_days\"")
                       .arg(timeUnitNames());
        return std::nullopt;
    }
    const Duration d{value, *unit};
    const int most = d.isDays() ? 365 : 1440;
    if (value < 1 || value > most) {
        if (why)
            *why =
                QCoreApplication::translate("kense::Duration", "a term in %1 is 1 to %2").arg(parts.last()).arg(most);
        return std::nullopt;
    }
    return d;
}

} // namespace kense
