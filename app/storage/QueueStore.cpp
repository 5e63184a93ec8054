#include "QueueStore.h"

#include "DeskRepository.h"
#include "EventLog.h"
#include "Intake.h"
#include "Journal.h"
#include "RequestRepository.h"
#include "ResultActs.h"
#include "Results.h"
#include "SqlUtil.h"
#include "UserRepository.h"
#include "WaitingLists.h"
#include "catalog/ServiceCatalog.h"

namespace kense {

Intake& QueueSession::intake()
{
    if (!keptIntake)
        keptIntake = std::make_unique<Intake>(db(), catalog, calendar);
    return *keptIntake;
}

QueueStore::QueueStore(const ServiceCatalog& catalog, const WorkingCalendar& calendar, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_calendar(&calendar)
    , m_database(std::make_unique<Database>())
{
    m_thread.setObjectName(QStringLiteral("kense-queue"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

QueueStore::~QueueStore()
{
    // Close the connection on the thread that opened it, after every job already posted has run.
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_database->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<int> QueueStore::open(const QString& path, Database::Mode mode)
{
    return run<int>([path, mode](QueueSession& s) {
        s.keptIntake.reset(); // it belongs to the connection being replaced
        QString error;
        if (!s.database.open(path, mode, &error))
            throw StorageError::failed(error);
        return s.database.schemaVersion();
    });
}

QFuture<QList<JournalRow>> QueueStore::journalPage(const JournalFilter& filter, int limit,
                                                   const std::optional<JournalCursor>& after)
{
    return run<QList<JournalRow>>(
        [filter, limit, after](QueueSession& s) { return Journal(s.db()).page(filter, limit, after); });
}

QFuture<qint64> QueueStore::journalCount(const JournalFilter& filter, qint64 cap)
{
    return run<qint64>([filter, cap](QueueSession& s) { return Journal(s.db()).count(filter, cap); });
}

QFuture<std::optional<RequestDetails>> QueueStore::load(const QString& number)
{
    return run<std::optional<RequestDetails>>(
        [number](QueueSession& s) { return RequestRepository(s.db()).load(number); });
}

QFuture<std::optional<KnownApplicant>> QueueStore::knownApplicant(const QString& iin)
{
    return run<std::optional<KnownApplicant>>([iin](QueueSession& s) { return IntakeHints(s.db()).applicant(iin); });
}

QFuture<QStringList> QueueStore::recentServices(qint64 userId, int limit)
{
    return run<QStringList>(
        [userId, limit](QueueSession& s) { return IntakeHints(s.db()).recentServices(userId, limit); });
}

QFuture<IntakeOutcome> QueueStore::submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& now,
                                          bool refuseIfIncomplete, const QString& note)
{
    return run<IntakeOutcome>(
        [=](QueueSession& s) { return s.intake().submit(draft, user, now, refuseIfIncomplete, note); });
}

QFuture<RequestState> QueueStore::advance(const QString& number, Transition transition, const UserRecord& user,
                                          const QDateTime& at, const QString& note, std::optional<qint64> executorId,
                                          std::optional<PartyRole> collectedBy)
{
    return run<RequestState>([=](QueueSession& s) {
        return RequestRepository(s.db(), &s.catalog)
            .advance(number, transition, user, at, note, executorId, collectedBy);
    });
}

QFuture<RequestCard> QueueStore::loadCard(const QString& number)
{
    return run<RequestCard>([number](QueueSession& s) {
        RequestCard card;
        card.request = RequestRepository(s.db()).load(number);
        for (const UserRecord& u : UserRepository(s.db()).list()) {
            if (u.roles.contains(Role::Executor) && !u.disabled)
                card.executors << u;
        }
        card.result = Results(s.db()).load(number);
        card.keepsWaitingLists = WaitingLists::keptAt(DeskRepository(s.db()).requireThisDesk());
        return card;
    });
}

QFuture<QStringList> QueueStore::correct(const QString& number, const ServiceVariant& variant,
                                         const QMap<QString, QString>& changes, const UserRecord& user,
                                         const QDateTime& at)
{
    return run<QStringList>(
        [=](QueueSession& s) { return RequestRepository(s.db()).edit(number, variant, changes, user, at); });
}

QFuture<ResultRecord> QueueStore::saveResult(const QString& number, const QList<QPair<QString, QString>>& grades,
                                             const UserRecord& user, const QDateTime& at)
{
    return run<ResultRecord>(
        [=](QueueSession& s) { return ResultActs::save(s.db(), s.catalog, number, {}, grades, user, at); });
}

QFuture<bool> QueueStore::answerSurvey(const QString& number, int quality, int information, const UserRecord& user,
                                       const QDateTime& at)
{
    return run<bool>([=](QueueSession& s) {
        ResultActs::answerSurvey(s.db(), s.catalog, number, quality, information, user, at);
        return true;
    });
}

QFuture<SignInResult> QueueStore::signIn(const QString& login, const QString& password, const QDateTime& now,
                                         const LockoutPolicy& policy, const Uptime& uptime)
{
    return run<SignInResult>(
        [=](QueueSession& s) { return UserRepository(s.db()).signIn(login, password, now, policy, uptime); });
}

} // namespace kense
