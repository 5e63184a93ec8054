#pragma once

#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace kense {

/// Realistic requests for trying the program and for benchmarks: every live service and channel, states that
/// follow the workflow (older requests mostly issued, recent ones still at every stage), two years of acceptance
/// times inside office hours, valid IINs, Kazakh and Russian names. Written with the same repository as real
/// requests (numbers, parties, documents, deadlines, hash-chained events), in transactions of 10,000 requests.
/// Demo data mixes both channels on one desk so that every filter has something to show.
class DemoData
{
public:
    DemoData(const QSqlDatabase& db, const ServiceCatalog& catalog, const WorkingCalendar& calendar)
        : m_db(db)
        , m_catalog(catalog)
        , m_calendar(calendar)
    {}

    /// Creates the demo staff (demo-clerk, demo-operator, demo-head, demo-executor-1..3; random passwords — set
    /// one with `kensectl user passwd`) if missing, then `count` requests accepted over the two years before
    /// `now`. `progress(done)` is called after each transaction; returning false stops (what was committed stays).
    qint64 generate(qint64 count, const QDateTime& now, quint32 seed, const std::function<bool(qint64)>& progress = {});

private:
    QSqlDatabase m_db;
    const ServiceCatalog& m_catalog;
    const WorkingCalendar& m_calendar;
};

} // namespace kense
