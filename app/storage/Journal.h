#pragma once

#include "records/JournalRow.h"
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
    /// How many requests the filter finds, counted up to `cap` + 1: beyond `cap` the journal says «more than cap», so
    /// that counting a desk of a million requests stays bounded.
    qint64 count(const JournalFilter& filter, qint64 cap) const;
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
