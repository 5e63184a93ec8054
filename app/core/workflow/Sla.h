#pragma once

#include "RequestState.h"
#include "calendar/DeadlineCalculator.h"

#include <QDateTime>
#include <QString>

namespace kense {

/// How a request stands against its legal deadline. "Due soon" means due within one working day (in the office's
/// hours) from now. Requests that are issued, refused or drafts are closed and have no SLA state; nor has a result kept
/// in storage, whose term was met (termRuns()): it is never overdue, and has its own list (the state filter).
enum class SlaState
{
    Any, ///< as a filter: no SLA condition
    Overdue,
    DueSoon,
    OnTime,
    Closed
};

/// The end of the "due soon" window for a moment: one working day later.
QDateTime dueSoonUntil(const DeadlineCalculator& calculator, const QDateTime& now);
SlaState slaStateOf(RequestState state, const QDateTime& dueAt, const QDateTime& now, const QDateTime& soonUntil);
/// For people, in the current UI language — the state is always said in words, never by colour alone.
QString slaTitle(SlaState state);

} // namespace kense
