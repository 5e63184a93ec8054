#include "Duration.h"

#include <array>

namespace kense {

namespace {
struct UnitName
{
    TimeUnit unit;
    const char* name;
};
constexpr std::array<UnitName, 4> kUnits{{
    {TimeUnit::Minutes, "minutes"},
    {TimeUnit::Hours, "hours"},
    {TimeUnit::WorkingDays, "working_days"},
    {TimeUnit::CalendarDays, "calendar_days"},
}};
} // namespace

QString timeUnitName(TimeUnit unit)
{
    for (const auto& u : kUnits) {
        if (u.unit == unit)
            return QString::fromLatin1(u.name);
    }
    return {};
}

std::optional<TimeUnit> timeUnitFromName(const QString& name)
{
    for (const auto& u : kUnits) {
        if (name == QLatin1String(u.name))
            return u.unit;
    }
    return std::nullopt;
}

QString timeUnitNames()
{
    QString out;
    for (const auto& u : kUnits) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QString::fromLatin1(u.name);
    }
    return out;
}

} // namespace kense
