#pragma once

#include "workflow/Channel.h"
#include "workflow/RequestState.h"
#include "workflow/Sla.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;

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

class Journal
{
public:
    explicit Journal(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// One page of at most `limit` rows after `after` (keyset paging: as fast on page 20,000 as on page 1).
    QList<JournalRow> page(const JournalFilter& filter, int limit,
                           const std::optional<JournalCursor>& after = std::nullopt) const;
    static JournalCursor cursorAfter(const JournalRow& row);
    /// The SQL and bound values page() runs — for EXPLAIN QUERY PLAN in the benchmark and the notes.
    QString sqlFor(const JournalFilter& filter, int limit, const std::optional<JournalCursor>& after,
                   QVariantList* values) const;

    /// Writes the requests accepted from `from` to `to` (inclusive) as CSV, UTF-8 with a BOM so that spreadsheet
    /// programs read Cyrillic; returns the number of rows.
    qint64 exportCsv(const QDate& from, const QDate& to, QIODevice* out) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
