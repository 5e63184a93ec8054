#include "Sla.h"

#include <QCoreApplication>

namespace kense {

QDateTime dueSoonUntil(const DeadlineCalculator& calculator, const QDateTime& now)
{
    return calculator.add(now, Duration{1, TimeUnit::WorkingDays});
}

SlaState slaStateOf(RequestState state, const QDateTime& dueAt, const QDateTime& now, const QDateTime& soonUntil)
{
    if (!termRuns(state))
        return SlaState::Closed;
    if (dueAt < now)
        return SlaState::Overdue;
    if (dueAt < soonUntil)
        return SlaState::DueSoon;
    return SlaState::OnTime;
}

QString slaTitle(SlaState state)
{
    switch (state) {
    case SlaState::Any:
        return QCoreApplication::translate("kense::Sla", "Any");
    case SlaState::Overdue:
        return QCoreApplication::translate("kense::Sla", "Overdue");
    case SlaState::DueSoon:
        return QCoreApplication::translate("kense::Sla", "Due soon");
    case SlaState::OnTime:
        return QCoreApplication::translate("kense::Sla", "On time");
    case SlaState::Closed:
        return QCoreApplication::translate("kense::Sla", "Closed");
    }
    return {};
}

} // namespace kense
