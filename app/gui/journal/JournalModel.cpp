#include "gui/journal/JournalModel.h"

#include "QueueStore.h"
#include "catalog/ServiceCatalog.h"
#include "gui/WhenReady.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcJournal, "kense.gui.journal")

JournalModel::JournalModel(QueueStore& store, const ServiceCatalog& catalog, Language language,
                           std::function<QDateTime()> now, std::function<QDateTime(const QDateTime&)> soonUntil,
                           QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_language(language)
    , m_now(std::move(now))
    , m_soonUntil(std::move(soonUntil))
{}

void JournalModel::setFilter(const JournalFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    m_sinceFilter.start();
    m_slaNow = m_now();
    m_slaSoonUntil = m_soonUntil(m_slaNow);
    if (m_filter.sla != SlaState::Any) {
        m_filter.now = m_slaNow;
        m_filter.soonUntil = m_slaSoonUntil;
    }
    endResetModel();
    load();
    countAll();
}

void JournalModel::countAll()
{
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    const quint64 generation = m_generation;
    whenReady(
        this, m_store.journalCount(m_filter, kCountCap),
        [this, generation](qint64 total) {
            if (generation != m_generation)
                return; // the filter changed while counting
            m_total = total;
            Q_EMIT totalChanged(m_total);
        },
        [](const QString& reason) { qCWarning(lcJournal) << "the journal was not counted:" << reason; });
}

void JournalModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void JournalModel::load()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const std::optional<JournalCursor> after =
        m_rows.isEmpty() ? std::nullopt : std::optional<JournalCursor>(journalCursorAfter(m_rows.last()));
    whenReady(
        this, m_store.journalPage(m_filter, kPageSize, after),
        [this, generation](const QList<JournalRow>& page) {
            if (generation != m_generation)
                return; // the filter changed while this page was on its way
            m_atEnd = page.size() < kPageSize;
            if (!page.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
                m_rows += page;
                endInsertRows();
            }
            // Only now: a view asking for more while the rows went in must wait for this page to be in.
            m_loading = false;
            if (m_rows.size() == page.size())
                qCInfo(lcJournal) << "first page:" << page.size() << "rows in" << m_sinceFilter.elapsed() << "ms";
            Q_EMIT pageLoaded(static_cast<int>(page.size()));
        },
        [this, generation](const QString& reason) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_atEnd = true;
            Q_EMIT loadFailed(reason);
        });
}

const JournalRow* JournalModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

SlaState JournalModel::slaAt(int row) const
{
    const JournalRow* r = rowAt(row);
    return r ? slaStateOf(r->state, r->dueAt, m_slaNow, m_slaSoonUntil) : SlaState::Closed;
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    const JournalRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() >= ColumnCount)
        return {};
    const SlaState sla = slaAt(index.row());
    const QLocale locale;
    auto moment = [&](const QDateTime& t) {
        return locale.toString(t, QStringLiteral("dd.MM.yyyy HH:mm"));
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return r->number;
        case AcceptedAt:
            return moment(r->acceptedAt);
        case Service: {
            const ServiceVariant* v = m_catalog.variant(r->serviceId);
            return v ? v->name.text(m_language) : r->serviceId;
        }
        case Applicant:
            return r->applicantName;
        case ChannelColumn:
            return channelTitle(r->channel);
        case State:
            return stateTitle(r->state, r->channel);
        case Executor:
            return r->executor;
        case DueAt: // a closed request owes nothing by a date: a refusal at intake never had a term
            return isClosed(r->state) ? QString() : dueText(r->dueAt);
        case Sla:
            return sla == SlaState::Closed ? QString() : slaTitle(sla);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Service)
        return r->serviceId;
    if (role == Qt::ForegroundRole && (index.column() == Sla || index.column() == DueAt)) {
        if (sla == SlaState::Overdue)
            return QBrush(QColor(0xB0, 0x1C, 0x1C)); // dark red: readable on white, and said in words too
        if (sla == SlaState::DueSoon)
            return QBrush(QColor(0x9A, 0x5B, 0x00)); // dark amber
    }
    if (role == Qt::UserRole)
        return r->number;
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case AcceptedAt:
        return tr("Accepted");
    case Service:
        return tr("Service");
    case Applicant:
        return tr("Applicant");
    case ChannelColumn:
        return tr("Channel");
    case State:
        return tr("State");
    case Executor:
        return tr("Executor");
    case DueAt:
        return tr("Due");
    case Sla:
        return tr("Deadline");
    }
    return {};
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void JournalModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        load();
}

} // namespace kense
