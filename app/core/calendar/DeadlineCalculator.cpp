#include "DeadlineCalculator.h"

#include <QCoreApplication>

namespace kense {

DeadlineCalculator::DeadlineCalculator(const WorkingCalendar& calendar, const OfficeHours& hours)
    : m_calendar(calendar)
    , m_hours(hours)
{}

QDateTime DeadlineCalculator::closeOf(const QDate& day) const
{
    return QDateTime(day, m_hours.close);
}

QDateTime DeadlineCalculator::add(const QDateTime& start, const Duration& duration) const
{
    switch (duration.unit) {
    case TimeUnit::WorkingDays: {
        QDate day = start.date();
        for (int i = 0; i < duration.value; ++i)
            day = m_calendar.nextWorkingDay(day);
        return closeOf(day);
    }
    case TimeUnit::CalendarDays: {
        QDate day = start.date().addDays(duration.value);
        if (!m_calendar.isWorkingDay(day))
            day = m_calendar.nextWorkingDay(day);
        return closeOf(day);
    }
    case TimeUnit::Minutes:
    case TimeUnit::Hours:
        return addWorkingMinutes(start, duration.minutes());
    }
    return start;
}

QDateTime DeadlineCalculator::addWorkingMinutes(QDateTime t, int minutes) const
{
    // The working periods of a day: [open, lunchStart) and [lunchEnd, close), or [open, close) without lunch.
    struct Period
    {
        QTime from;
        QTime to;
    };
    QList<Period> periods;
    if (m_hours.hasLunch())
        periods = {{m_hours.open, m_hours.lunchStart}, {m_hours.lunchEnd, m_hours.close}};
    else
        periods = {{m_hours.open, m_hours.close}};

    qint64 remaining = qint64(minutes) * 60;
    QDate day = t.date();
    QTime now = t.time();
    if (!m_calendar.isWorkingDay(day)) {
        day = m_calendar.nextWorkingDay(day);
        now = m_hours.open;
    }
    for (;;) {
        for (const Period& p : std::as_const(periods)) {
            if (now >= p.to)
                continue;
            if (now < p.from)
                now = p.from;
            const qint64 available = now.secsTo(p.to);
            if (remaining <= available)
                return QDateTime(day, now.addSecs(static_cast<int>(remaining)));
            remaining -= available;
            now = p.to;
        }
        day = m_calendar.nextWorkingDay(day);
        now = m_hours.open;
    }
}

QDateTime noTermDue()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59));
}

bool hasTerm(const QDateTime& due)
{
    return !due.isValid() || due.date().year() < 9999; // a missing moment is a fault to see, not "no term"
}

RequestDeadlines DeadlineCalculator::compute(const ServiceVariant& variant, Channel channel,
                                             const QDateTime& acceptedAt) const
{
    RequestDeadlines result;
    result.acceptedAt = acceptedAt;
    QDateTime cursor = acceptedAt;
    std::optional<QDateTime> lastDue;
    std::optional<Duration> lastDayStep; // any step counted in days
    for (const Step& step : variant.stepsFor(channel)) {
        StepDeadline sd{step, cursor, std::nullopt};
        if (step.duration) {
            sd.due = add(cursor, *step.duration);
            cursor = *sd.due;
            lastDue = sd.due;
            if (step.duration->isDays())
                lastDayStep = step.duration;
        }
        result.steps << sd;
    }

    bool termInDays = false;
    if (auto term = variant.totalTerms.constFind(channel); term != variant.totalTerms.cend()) {
        result.totalDue = add(acceptedAt, term->duration);
        result.totalStated = true;
        termInDays = term->duration.isDays();
    } else {
        result.totalDue = lastDue.value_or(noTermDue());
        termInDays = lastDayStep.has_value();
        if (!lastDue) {
            result.termSet = false;
            result.warnings << QCoreApplication::translate("kense::DeadlineCalculator",
                                                           "the regulation states no term for this channel");
            return result;
        }
    }
    // "The day of issue is not counted" only means something for a term in days.
    if (variant.counting.excludeIssueDay && termInDays)
        result.totalDue = closeOf(m_calendar.nextWorkingDay(result.totalDue.date()));
    // A step is done within the service's stated term, never after it: the regulations' tables give several steps
    // «3 күн ішінде» inside one 3-day term (seed 001, the preschool registration's appendices), which chained one after
    // another would run past the term the request is judged by.
    if (result.totalStated) {
        for (StepDeadline& s : result.steps) {
            if (s.due && *s.due > result.totalDue)
                s.due = result.totalDue;
        }
    }

    for (int year = acceptedAt.date().year(); year <= result.totalDue.date().year(); ++year) {
        if (!m_calendar.hasYear(year)) {
            result.warnings << QCoreApplication::translate(
                                   "kense::DeadlineCalculator",
                                   "the working calendar has no holidays for %1: only weekends were counted")
                                   .arg(year);
        }
    }
    return result;
}

} // namespace kense
