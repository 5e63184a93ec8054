#pragma once

#include "ConflictRecord.h"
#include "SyncEngine.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

namespace kense {
class QueueStore;
}

namespace kense::sync {

/// What the desk's status bar shows of the sync.
struct SyncCounts
{
    qint64 waiting = 0;   ///< changes not yet at the centre
    qint64 conflicts = 0; ///< open conflicts between desks
    QDateTime lastSync;   ///< UTC; invalid: never
    QDateTime restoredAt; ///< when the desk was restored from a backup, while it is on hold (RestoreHold); else invalid
    /// Why the desk key that seals this desk's records is not at hand (DeskKey), so nothing can be saved; empty when
    /// it is, or the desk has none.
    QString keyMissing;
};

/// The sync's use-cases for the program's windows, on the desk's one writer (the queue store's thread): the counts,
/// the conflicts and their decision, and a whole sync whose desk work runs there between the other jobs.
class DeskSync
{
public:
    explicit DeskSync(QueueStore& store)
        : m_store(store)
    {}

    QFuture<SyncCounts> counts();
    /// The desk's code ("KZOEDU01-1") when its history is sealed with a desk key (HistorySeal); empty when it is not.
    QFuture<QString> sealedDesk();
    /// Open conflicts, oldest first.
    QFuture<QList<ConflictRecord>> conflicts();
    /// Has the centre decide the conflict of request `number`: keep this desk's state (`takeEvent` empty) or take
    /// the other desk's change `takeEvent` (Conflicts::chosenEvent, on the store's thread), signed in to the centre as
    /// one of its administrators (`asAdmin`, `password`); the network part runs on a thread of the pool, never the
    /// store's. The decision reaches this desk at its next sync. The future throws StorageError with the reason.
    QFuture<ConflictDecision> decideAtCentre(const CentralAddress& asAdmin, const QString& password,
                                             const QString& number, const QString& takeEvent, const QString& note,
                                             const QDateTime& at);
    /// Syncs with `central`, on the calling thread — never the GUI's or the store's own: it waits for each of its
    /// desk jobs. Throws what SyncEngine throws.
    SyncReport run(Central& central, const SyncEngine::ProgressFn& progress = {}, int batchSize = 2000);

private:
    QueueStore& m_store;
};

} // namespace kense::sync
