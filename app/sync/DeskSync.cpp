#include "DeskSync.h"

#include "Conflicts.h"
#include "DeskKey.h"
#include "DeskRepository.h"
#include "HistorySeal.h"
#include "Outbox.h"
#include "QueueStoreAccess.h"
#include "RestoreHold.h"
#include "StorageError.h"

#include <QCoreApplication>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DeskSync)
};
} // namespace

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
            // Nothing of the desk's is written here: whatever goes wrong, it is the centre's answer, said as such
            // (a wrong password or an unreachable centre is no failure of the desk's database).
            try {
                Central central(asAdmin, password);
                return central.decideConflict(number, event, note, at);
            } catch (const StorageError& e) {
                throw StorageError{Tr::tr("the centre did not take the decision: %1").arg(e.message)};
            }
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
