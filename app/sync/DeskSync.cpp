#include "DeskSync.h"

#include "Conflicts.h"
#include "DeskKey.h"
#include "DeskRepository.h"
#include "HistorySeal.h"
#include "Outbox.h"
#include "QueueStoreAccess.h"
#include "RestoreHold.h"
#include "StorageError.h"

namespace kense::sync {

QFuture<SyncCounts> DeskSync::counts()
{
    return QueueStoreAccess::run<SyncCounts>(m_store, [](QueueSession& s) {
        SyncCounts c{Outbox::waiting(s.db()), Conflicts(s.db()).openCount(),
                     QDateTime::fromString(Outbox::mark(s.db(), QStringLiteral("last_sync")), Qt::ISODate),
                     RestoreHold::since(s.db()).value_or(QDateTime()), QString()};
        try {
            DeskKey::forWriting(s.db());
        } catch (const StorageError& e) {
            c.keyMissing = e.message;
        }
        return c;
    });
}

QFuture<QString> DeskSync::sealedDesk()
{
    return QueueStoreAccess::run<QString>(m_store, [](QueueSession& s) {
        return DeskKey::namedBy(s.db()).isEmpty() ? QString() : DeskRepository::thisDeskCode(s.db());
    });
}

QFuture<QList<ConflictRecord>> DeskSync::conflicts()
{
    return QueueStoreAccess::run<QList<ConflictRecord>>(m_store,
                                                        [](QueueSession& s) { return Conflicts(s.db()).open(); });
}

QFuture<ConflictDecision> DeskSync::decideAtCentre(const CentralAddress& asAdmin, const QString& password,
                                                   const QString& number, const QString& takeEvent, const QString& note,
                                                   const QDateTime& at)
{
    return QueueStoreAccess::run<QString>(
               m_store, [=](QueueSession& s) { return Conflicts(s.db()).chosenEvent(number, takeEvent); })
        .then(QtFuture::Launch::Async, [=](const QString& event) {
            Central central(asAdmin, password);
            return central.decideConflict(number, event, note, at);
        });
}

SyncReport DeskSync::run(Central& central, const SyncEngine::ProgressFn& progress, int batchSize)
{
    QueueStore& store = m_store;
    const SyncEngine::OnDesk onDesk = [&store](const SyncEngine::DeskJob& job) {
        // result() waits and rethrows what the job threw (a StorageError, a refusal of the centre's data).
        QueueStoreAccess::run<bool>(store, [&job](QueueSession& s) {
            job(s.db());
            return true;
        }).result();
    };
    return SyncEngine(onDesk, central, batchSize).run(progress);
}

} // namespace kense::sync
