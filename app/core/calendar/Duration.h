#pragma once

#include <QString>

#include <optional>

namespace kense {

/// The units the regulations state their terms in.
enum class TimeUnit
{
    Minutes,
    Hours,
    WorkingDays,
    CalendarDays
};

/// The catalog's names: "minutes", "hours", "working_days", "calendar_days".
QString timeUnitName(TimeUnit unit);
std::optional<TimeUnit> timeUnitFromName(const QString& name);
/// "minutes, hours, working_days, calendar_days" — for error messages.
QString timeUnitNames();

struct Duration;
/// A duration written as "<number> <unit>" ("30 calendar_days", "15 working_days", "2 hours"), as an administrator
/// enters a term; nothing (and *why) for anything else. The number is 1 to 365 days, or 1 to 1440 minutes or hours.
std::optional<Duration> durationFromText(const QString& text, QString* why = nullptr);

struct Duration
{
    int value = 0;
    TimeUnit unit = TimeUnit::Minutes;

    bool isDays() const { return unit == TimeUnit::WorkingDays || unit == TimeUnit::CalendarDays; }
    int minutes() const { return unit == TimeUnit::Hours ? value * 60 : value; } // for minute/hour units
    bool operator==(const Duration&) const = default;
};

} // namespace kense
