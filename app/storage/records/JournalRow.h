#pragma once

// The journal's filter, rows and page cursor.
#include "workflow/Awaiting.h"
#include "workflow/Channel.h"
#include "workflow/RequestState.h"
#include "workflow/Sla.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kense {

/// What the journal shows. Every filter is optional; `text` is one search box: a whole request number, the start
/// of one, a 12-digit IIN, or the beginnings of name words ("әлия қас" finds "ӘЛИЯ Қасымқызы").
struct JournalFilter
{
    QString text;
    std::optional<RequestState> state;
    QString serviceId;
    std::optional<Channel> channel;
    SlaState sla = SlaState::Any; ///< Overdue, DueSoon or OnTime (open requests only); Closed is not a filter
    QDateTime now;                ///< for sla
    QDateTime soonUntil;          ///< for sla: DueSoon ends here (dueSoonUntil)
    QDate from;                   ///< accepted on or after
    QDate to;                     ///< accepted on or before
    std::optional<qint64> executorId;
    /// «Waiting for me»: only the requests one of these clauses finds (awaitingFor) for the user `awaitingUser`; an
    /// empty list finds nothing (a user no request waits for).
    std::optional<QList<AwaitingClause>> awaiting;
    qint64 awaitingUser = 0;
};

struct JournalRow
{
    qint64 id = 0;
    QString number;
    QDateTime acceptedAt;
    QString serviceId;
    QString applicantName;
    QString applicantIin;
    Channel channel = Channel::Provider;
    RequestState state = RequestState::Registered;
    QString executor;
    QDateTime dueAt;
};

/// Where a page ends; the next page starts after it. Newest first: by accepted_at, then id, descending — except a
/// search by name, which comes from the full-text index newest registration (id) first.
struct JournalCursor
{
    QString acceptedAt;
    qint64 id = 0;
};

/// Where the page that ends with `row` ends: the next page starts after it.
JournalCursor journalCursorAfter(const JournalRow& row);

} // namespace kense
