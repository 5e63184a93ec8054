#pragma once

#include "common/LocalizedText.h"
#include "records/JournalRow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>

#include <functional>

namespace kense {

class QueueStore;
class ServiceCatalog;

/// The journal of requests for the main window: a table over the queue store, loaded a page at a time as the view
/// scrolls (canFetchMore/fetchMore), so that a million requests open without a stall. Pages come from the store's
/// thread; the model never waits on the database. A filter change drops the rows and pages still on their way.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column
    {
        Number,
        AcceptedAt,
        Service,
        Applicant,
        ChannelColumn,
        State,
        Executor,
        DueAt,
        Sla,
        ColumnCount
    };
    static constexpr int kPageSize = 100;
    /// The journal counts the requests its filter finds up to this many; beyond it, it says «more than».
    static constexpr qint64 kCountCap = 100000;

    /// `now` gives the current moment and `soonUntil` the end of the "due soon" window for it (the clock and the
    /// calendar stay outside the model).
    JournalModel(QueueStore& store, const ServiceCatalog& catalog, Language language, std::function<QDateTime()> now,
                 std::function<QDateTime(const QDateTime&)> soonUntil, QObject* parent = nullptr);

    /// Replaces the filter and loads the first page.
    void setFilter(const JournalFilter& filter);
    const JournalFilter& filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }
    void setLanguage(Language language);

    bool isLoading() const { return m_loading; }
    /// The requests the filter finds (at most kCountCap + 1, which means more than kCountCap); -1 while counting.
    qint64 total() const { return m_total; }
    const JournalRow* rowAt(int row) const;
    SlaState slaAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    /// The filter's requests were counted (total()), or counting began (-1).
    void totalChanged(qint64 total);
    void loadFailed(const QString& reason);

private:
    void load();
    void countAll();

    QueueStore& m_store;
    const ServiceCatalog& m_catalog;
    Language m_language;
    std::function<QDateTime()> m_now;
    std::function<QDateTime(const QDateTime&)> m_soonUntil;
    JournalFilter m_filter;
    QList<JournalRow> m_rows;
    bool m_loading = false;
    bool m_atEnd = false;
    qint64 m_total = -1;
    quint64 m_generation = 0; ///< bumped by setFilter: pages of an older filter are dropped
    QDateTime m_slaNow;       ///< the moment the SLA column is judged at, set at each (re)load
    QDateTime m_slaSoonUntil;
    QElapsedTimer m_sinceFilter; ///< for the log: how long the first page took
};

} // namespace kense
