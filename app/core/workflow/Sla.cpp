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
    if (!hasTerm(dueAt))
        return SlaState::NoTerm;
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
    case SlaState::NoTerm:
        return QCoreApplication::translate("kense::Sla", "No term set");
    case SlaState::Closed:
        return QCoreApplication::translate("kense::Sla", "Closed");
    }
    return {};
}

QString dueText(const QDateTime& due)
{
    return hasTerm(due) ? due.toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                        : QCoreApplication::translate("kense::Sla", "term not set");
}

} // namespace kense
