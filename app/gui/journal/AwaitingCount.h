#pragma once

#include "workflow/Awaiting.h"

#include <QObject>

class QLabel;

namespace kense {

class QueueStore;

/// «Waiting for me: N» in the status bar of a head or an executor (issue 15): how many requests have the user's move
/// next (awaitingFor), counted on the store's thread whenever the journal was counted again (a filter, a refresh, a
/// move made).
class AwaitingCount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwaitingCount)

public:
    AwaitingCount(QueueStore& store, QList<AwaitingClause> clauses, qint64 user, QLabel* label,
                  QObject* parent = nullptr);

    /// Counts again; the label keeps the last figure until the new one is in.
    void refresh();
    /// Says the figure in the interface's language now.
    void retranslate();
    qint64 count() const { return m_count; }
    QLabel* label() const { return m_label; }

private:
    QueueStore& m_store;
    QList<AwaitingClause> m_clauses;
    qint64 m_user;
    QLabel* m_label;
    qint64 m_count = -1;
    quint64 m_generation = 0;
};

} // namespace kense
