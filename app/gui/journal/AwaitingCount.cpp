#include "gui/journal/AwaitingCount.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/journal/JournalModel.h"

#include <QLabel>
#include <QLocale>

namespace kense {

AwaitingCount::AwaitingCount(QueueStore& store, QList<AwaitingClause> clauses, qint64 user, QLabel* label,
                             QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clauses(std::move(clauses))
    , m_user(user)
    , m_label(label)
{
    m_label->setObjectName(QStringLiteral("statusWaitingLabel"));
    refresh();
}

void AwaitingCount::refresh()
{
    JournalFilter filter;
    filter.awaiting = m_clauses;
    filter.awaitingUser = m_user;
    const quint64 generation = ++m_generation;
    whenReady(
        this, m_store.journalCount(filter, JournalModel::kCountCap),
        [this, generation](qint64 count) {
            if (generation != m_generation)
                return; // a newer count is on its way
            m_count = count;
            retranslate();
        },
        [this](const QString& reason) { m_label->setToolTip(reason); });
}

void AwaitingCount::retranslate()
{
    m_label->setToolTip(tr("Requests on which the next move is yours (Ctrl+M shows them)"));
    if (m_count < 0)
        return;
    const QLocale locale;
    m_label->setText(m_count > JournalModel::kCountCap
                         ? tr("Awaiting my action: more than %1").arg(locale.toString(JournalModel::kCountCap))
                         : tr("Awaiting my action: %1").arg(locale.toString(m_count)));
}

} // namespace kense
