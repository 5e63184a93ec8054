#pragma once

#include "Database.h"
#include "Intake.h"
#include "Journal.h"
#include "RequestRepository.h"
#include "UserRepository.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace kense {

/// What a job on the queue's thread works with: the desk's open database, the read-only catalog and calendar, and
/// the desk's Intake (kept for the session, so it keeps its prepared statements).
struct QueueSession
{
    Database& database;
    const ServiceCatalog& catalog;
    const WorkingCalendar& calendar;
    std::unique_ptr<Intake>& keptIntake;
    QSqlDatabase db() const { return database.connection(); }
    Intake& intake()
    {
        if (!keptIntake)
            keptIntake = std::make_unique<Intake>(db(), catalog, calendar);
        return *keptIntake;
    }
};

/// The desk's database behind one writer thread. The GUI never waits on disk: every call posts a job to the
/// thread and returns a QFuture at once; the job runs there, on the thread's own connection, one at a time, and
/// the future delivers the result — or the StorageError, for .onFailed() — back to the caller's thread through
/// .then(context, …). Journal reads are paged (Journal::page), so a view of a million requests stays light.
class QueueStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueStore)

public:
    /// `catalog` and `calendar` are only read, from the queue's thread; they must outlive the store.
    QueueStore(const ServiceCatalog& catalog, const WorkingCalendar& calendar, QObject* parent = nullptr);
    ~QueueStore() override;

    /// Opens (creating if needed) the database file; the future holds the schema version.
    QFuture<int> open(const QString& path, Database::Mode mode = Database::Mode::CreateIfMissing);

    QFuture<QList<JournalRow>> journalPage(const JournalFilter& filter, int limit,
                                           const std::optional<JournalCursor>& after = std::nullopt);
    QFuture<std::optional<RequestDetails>> load(const QString& number);
    QFuture<IntakeOutcome> submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& now,
                                  bool refuseIfIncomplete, const QString& note = QString());
    QFuture<RequestState> advance(const QString& number, Transition transition, const UserRecord& user,
                                  const QDateTime& at, const QString& note = QString(),
                                  std::optional<qint64> executorId = std::nullopt);
    QFuture<SignInResult> signIn(const QString& login, const QString& password, const QDateTime& now,
                                 const LockoutPolicy& policy = {});

    /// Puts a newer working calendar in force for the deadlines computed from now on (an administrator changed
    /// a day). Swapped on the queue's thread, between jobs.
    QFuture<bool> replaceCalendar(std::shared_ptr<const WorkingCalendar> calendar);

    /// Runs any job on the queue's thread.
    template <typename T>
    QFuture<T> run(std::function<T(QueueSession&)> job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [this, promise, job = std::move(job)]() {
                try {
                    QueueSession session{*m_database, m_catalog, *m_calendar, m_intake};
                    promise->addResult(job(session));
                } catch (...) {
                    promise->setException(std::current_exception());
                }
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    const ServiceCatalog& m_catalog;
    const WorkingCalendar* m_calendar;                    ///< read on m_thread only
    std::shared_ptr<const WorkingCalendar> m_ownCalendar; ///< the administrator's newer calendar, once reloaded
    QThread m_thread;
    QObject* m_worker = nullptr;          ///< lives on m_thread; jobs are posted to it
    std::unique_ptr<Database> m_database; ///< used only on m_thread
    std::unique_ptr<Intake> m_intake;     ///< used only on m_thread; made on first use
};

} // namespace kense
