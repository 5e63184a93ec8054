#pragma once

#include "Duration.h"
#include "OfficeHours.h"
#include "WorkingCalendar.h"
#include "catalog/ServiceVariant.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace kense {

/// The due moment a request gets when neither its regulation nor an administrator sets a term for its channel (the
/// Almaty duplicates' «согласно пункту 4 Стандарта»): the end of the year 9999, so that no comparison with a real
/// moment ever finds it late. It is shown as «мерзімі белгіленбеген / срок не установлен», never as a date.
QDateTime noTermDue();
/// False for noTermDue() (the request has no term); true for any other moment, an invalid one too (a missing
/// deadline is a fault that shows as overdue).
bool hasTerm(const QDateTime& due);

struct StepDeadline
{
    Step step;
    QDateTime start;
    std::optional<QDateTime> due; ///< nullopt: the regulation sets no limit for the step
};

struct RequestDeadlines
{
    QDateTime acceptedAt;
    QDateTime totalDue;
    bool totalStated = false; ///< true: the variant's total term; false: the end of the chained steps
    bool termSet = true;      ///< false: no term at all (totalDue is noTermDue())
    QList<StepDeadline> steps;
    QStringList warnings; ///< e.g. a due date in a year the calendar has no data for
};

/// Computes due dates by the regulations' rules:
///  - A term in days never counts the day it starts on (the day of acceptance for the first step).
///  - N working days end at the close of the N-th working day after the start day.
///  - N calendar days end at the close of the day N days after the start day; if that day is not a working day,
///    at the close of the next working day.
///  - Minutes and hours run only inside the office's working hours (lunch excluded) on working days; what does
///    not fit in a day carries over to the next working day. A start outside the hours counts from the next
///    opening.
///  - Steps chain in their order from the moment of acceptance: each starts when the previous one is due. A step
///    with no stated limit takes no time and has no due date of its own.
///  - The request's legal deadline is the variant's total term for the channel, counted from acceptance; where
///    the regulation states none, the due date of the last step; where no step has a limit either, there is no
///    term (noTermDue()) until an administrator enters one (ServiceCatalog::applyAdministratorTerms). Where the
///    regulation also leaves the day of issue out of the term, the deadline moves to the close of the next working day.
class DeadlineCalculator
{
public:
    DeadlineCalculator(const WorkingCalendar& calendar, const OfficeHours& hours);

    QDateTime add(const QDateTime& start, const Duration& duration) const;
    RequestDeadlines compute(const ServiceVariant& variant, Channel channel, const QDateTime& acceptedAt) const;
    const WorkingCalendar& calendar() const { return m_calendar; }
    const OfficeHours& hours() const { return m_hours; }

private:
    QDateTime closeOf(const QDate& day) const;
    QDateTime addWorkingMinutes(QDateTime start, int minutes) const;

    const WorkingCalendar& m_calendar;
    OfficeHours m_hours;
};

} // namespace kense
