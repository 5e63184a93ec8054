#pragma once

#include "CalendarActs.h"
#include "CourierRoutes.h"
#include "Database.h"
#include "IntakeHints.h"
#include "OfficeDirectory.h"
#include "StorageError.h"
#include "WaitingLists.h"
#include "calendar/Clock.h"
#include "queue/PlaceStanding.h"
#include "records/CourierRegisterRecord.h"
#include "records/DeskRecord.h"
#include "records/IntakeOutcome.h"
#include "records/JournalRow.h"
#include "records/RequestRecord.h"
#include "records/ResultRecord.h"
#include "records/UserRecord.h"
#include "workflow/Workflow.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace kense {

class Intake;
class ServiceCatalog;
struct ServiceVariant;
class WorkingCalendar;

/// What a job on the queue's thread works with: the desk's open database, the read-only catalog and calendar, and
/// the desk's Intake (kept for the session, so it keeps its prepared statements). Only the layers above storage
/// (sync, reports, tests) see it, through QueueStoreAccess; windows call the store's named use-cases.
struct QueueSession
{
    Database& database;
    const ServiceCatalog& catalog;
    const WorkingCalendar& calendar;
    std::unique_ptr<Intake>& keptIntake;
    QSqlDatabase db() const { return database.connection(); }
    Intake& intake();
};

/// What a request's card shows: the request, the executors a head may assign, and the prepared result.
struct RequestCard
{
    std::optional<RequestDetails> request;
    QList<UserRecord> executors; ///< active users with the executor role
    std::optional<ResultRecord> result;
    /// This desk keeps the waiting lists (a provider's desk): the moves of a place in one are made here.
    bool keepsWaitingLists = false;
};

/// The desk's database behind one writer thread. The GUI never waits on disk: every call posts a job to the
/// thread and returns a QFuture at once; the job runs there, on the thread's own connection, one at a time, and
/// the future delivers the result — or the StorageError, for .onFailed() — back to the caller's thread through
/// .then(context, …). Journal reads are paged (Journal::page), so a view of a million requests stays light.
///
/// Every operation a window needs is a named call here; the rules they apply are the core's and the repositories'.
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

    // The desk and its people.
    QFuture<std::optional<DeskRecord>> thisDesk();
    /// This database's desk; fails with a reason when the database is not set up as a desk.
    QFuture<DeskRecord> desk();
    QFuture<QList<OfficeRecord>> offices();
    /// Sets up an empty database as a desk with its first administrator; everything that can be refused is
    /// checked before anything is written.
    QFuture<DeskRecord> setUpDesk(const NewDesk& desk, const QDateTime& now);
    /// UserRepository::signIn: `uptime` is the computer's monotonic clock, on which a lockout runs.
    QFuture<SignInResult> signIn(const QString& login, const QString& password, const QDateTime& now,
                                 const LockoutPolicy& policy = {}, const Uptime& uptime = {});
    QFuture<QList<UserRecord>> users();
    /// Throws StorageError naming what is wrong with a new user's login, name, roles or password (not whether the
    /// login is taken): a window checks before it asks for the write.
    static PersonalName checkNewUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                     const QString& password);
    /// An account's name as stored for `roles`, or StorageError naming the part and why (UserRepository::checkName).
    static PersonalName checkUserName(const PersonalName& name, const QList<Role>& roles);
    /// Why a password is refused, in words; empty when it is accepted.
    static QString whyNotAPassword(const QString& password);
    /// Adds an account with a "user_added" event naming `by`, the administrator (none: the desk's first one).
    QFuture<UserRecord> addUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                const QString& password, const QDateTime& at, std::optional<qint64> by = std::nullopt);
    /// Corrects an account's surname, given name and patronymic with a "user_renamed" event naming `admin`
    /// (UserRepository::setName); the account as it is now.
    QFuture<UserRecord> setUserName(const QString& login, const PersonalName& name, const UserRecord& admin,
                                    const QDateTime& at);
    /// Gives an account exactly `roles`, with a "user_roles" event naming `admin` (UserRepository::setRoles).
    QFuture<UserRecord> setUserRoles(const QString& login, const QList<Role>& roles, const UserRecord& admin,
                                     const QDateTime& at);
    /// An administrator's changes to an account (the Administration's «Edit the selected user…»): its name, its roles
    /// (UserRepository::setRoles) and, when given, a new password — each written only if it changed, each an event
    /// naming `admin`. The account as it is now.
    QFuture<UserRecord> editUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                 const std::optional<QString>& password, const UserRecord& admin, const QDateTime& at);
    /// Disables or enables an account with an event naming `admin`.
    QFuture<bool> setUserDisabled(const QString& login, bool disabled, const UserRecord& admin, const QDateTime& at);
    /// Saves the office's working hours with an "office_hours" event (before → after) by `admin`, in one transaction.
    QFuture<bool> saveOfficeHours(qint64 officeId, const OfficeHours& hours, const UserRecord& admin,
                                  const QDateTime& at);

    // Requests.
    QFuture<QList<JournalRow>> journalPage(const JournalFilter& filter, int limit,
                                           const std::optional<JournalCursor>& after = std::nullopt);
    /// How many requests the filter finds, up to `cap` + 1 (Journal::count).
    QFuture<qint64> journalCount(const JournalFilter& filter, qint64 cap);
    QFuture<std::optional<RequestDetails>> load(const QString& number);
    /// The person `iin` names in this desk's earlier requests, as the last one wrote them (IntakeHints::applicant):
    /// what the intake offers to fill in.
    QFuture<std::optional<KnownApplicant>> knownApplicant(const QString& iin);
    /// The services `userId` registered last here, the latest first (IntakeHints::recentServices).
    QFuture<QStringList> recentServices(qint64 userId, int limit);
    QFuture<RequestCard> loadCard(const QString& number);
    QFuture<IntakeOutcome> submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& now,
                                  bool refuseIfIncomplete, const QString& note = QString());
    QFuture<RequestState> advance(const QString& number, Transition transition, const UserRecord& user,
                                  const QDateTime& at, const QString& note = QString(),
                                  std::optional<qint64> executorId = std::nullopt,
                                  std::optional<PartyRole> collectedBy = std::nullopt);
    /// Corrects a registered request's data (catalog field id → new value); the fields that changed.
    QFuture<QStringList> correct(const QString& number, const ServiceVariant& variant,
                                 const QMap<QString, QString>& changes, const UserRecord& user, const QDateTime& at);
    /// Saves the executor's result as the service's result document, with the grades of a duplicate (ResultActs).
    QFuture<ResultRecord> saveResult(const QString& number, const QList<QPair<QString, QString>>& grades,
                                     const UserRecord& user, const QDateTime& at);
    QFuture<bool> answerSurvey(const QString& number, int quality, int information, const UserRecord& user,
                               const QDateTime& at);

    // Courier registers.
    QFuture<QList<CourierRegisterRecord>> courierRegisters();
    /// The offices this desk's registers may go to (those the administrator named as some service's provider).
    QFuture<QList<OfficeRecord>> courierProviders();
    /// The routes the administrator named (CourierRoutes::ofDesk), read on the store's thread.
    QFuture<CourierRoutes> courierRoutes();
    /// The catalog's variants this desk takes on its channel (DeskSettings::takesService: in force here and offered
    /// through the channel), read from the desk's settings on the store's thread.
    QFuture<QStringList> servicesTaken(Channel deskKind);
    /// The children waiting in the lists of a queue service (the preschool queue) this desk keeps, ranked
    /// (WaitingLists); none at a ЦОН desk, which keeps no list.
    QFuture<QList<WaitingListRow>> waitingList(const QString& serviceId);
    /// Makes a move of the preschool queue's cycle for the child of request `number` (PlaceActs::move): where the
    /// child stands after it.
    QFuture<PlaceState> movePlace(const QString& number, PlaceMove move, const UserRecord& user, const QDateTime& at,
                                  const PlaceOffer& offer = {}, const QString& note = QString());
    /// Names the offices that provide `variantId` (CourierRoutes::name); the offices named now.
    QFuture<QStringList> nameCourierProviders(const QString& variantId, const QStringList& officeCodes,
                                              const UserRecord& admin);
    /// Adds an office to the directory (OfficeDirectory::add); without a region, the desk's own office's.
    QFuture<OfficeRecord> addOffice(const NewOffice& office, const UserRecord& admin);
    /// Opens a register of this ЦОН desk to the provider's office `officeCode`.
    QFuture<CourierRegisterRecord> openCourierRegister(const QString& officeCode, const UserRecord& user,
                                                       const QDateTime& at);
    QFuture<bool> addToCourierRegister(const QString& registerNumber, const QString& requestNumber, int sheets,
                                       const UserRecord& user, const QDateTime& at);
    QFuture<bool> sendCourierRegister(const QString& registerNumber, const UserRecord& user, const QDateTime& at);
    /// Receives the register; `scanned` are the request numbers read from the packages.
    QFuture<bool> receiveCourierRegister(const QString& registerNumber, const QStringList& scanned,
                                         const UserRecord& user, const QDateTime& at);

    // The working calendar.
    /// An administrator's change of one day (CalendarActs::editDay: the edits file and its event). The calendar it
    /// puts in force counts for the deadlines computed from now on, and calendarChanged announces it.
    QFuture<bool> editCalendarDay(const CalendarDayEdit& edit, const UserRecord& admin, const QDateTime& at);

Q_SIGNALS:
    /// The working calendar in force changed (an administrator edited a day): whatever computes deadlines or "due
    /// soon" on the UI's side takes it from here. Emitted on the store's own thread.
    void calendarChanged(std::shared_ptr<const WorkingCalendar> calendar);
    /// The database file was deleted, moved or replaced under the program (StorageError::isLost): from now on every
    /// call fails at once with `message`, and nothing is written to whatever file is at the path now. Emitted once,
    /// on the store's own thread.
    void databaseLost(const QString& message);

private:
    friend class QueueStoreAccess;

    /// Runs a job on the queue's thread.
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
                    if (!m_lost.isEmpty())
                        throw StorageError::lost(m_lost);
                    QueueSession session{*m_database, m_catalog, *m_calendar, m_intake};
                    promise->addResult(job(session));
                } catch (const StorageError& e) {
                    if (e.isLost() && m_lost.isEmpty()) {
                        m_lost = e.message;
                        Q_EMIT databaseLost(e.message);
                    }
                    promise->setException(std::current_exception());
                } catch (...) {
                    promise->setException(std::current_exception());
                }
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    const ServiceCatalog& m_catalog;
    const WorkingCalendar* m_calendar;                    ///< read on m_thread only
    std::shared_ptr<const WorkingCalendar> m_ownCalendar; ///< the administrator's newer calendar, once edited
    QThread m_thread;
    QObject* m_worker = nullptr;          ///< lives on m_thread; jobs are posted to it
    std::unique_ptr<Database> m_database; ///< used only on m_thread
    std::unique_ptr<Intake> m_intake;     ///< used only on m_thread; made on first use
    QString m_lost; ///< used only on m_thread: why the database is lost (StorageError::isLost), once it is
};

} // namespace kense
