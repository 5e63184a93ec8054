#include "Duration.h"

#include "common/EnumNames.h"

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

} // namespace kense
