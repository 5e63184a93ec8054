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
    NoTerm, ///< open, but neither the regulation nor an administrator sets a term (never late)
    Closed
};

/// The end of the "due soon" window for a moment: one working day later.
QDateTime dueSoonUntil(const DeadlineCalculator& calculator, const QDateTime& now);
SlaState slaStateOf(RequestState state, const QDateTime& dueAt, const QDateTime& now, const QDateTime& soonUntil);
/// For people, in the current UI language — the state is always said in words, never by colour alone.
QString slaTitle(SlaState state);
/// A request's due moment for people: the date and time, or «мерзімі белгіленбеген / срок не установлен» when it has
/// no term (noTermDue()).
QString dueText(const QDateTime& due);

} // namespace kense
