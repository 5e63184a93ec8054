#pragma once

#include "DeskRepository.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "UserRepository.h"
#include "calendar/DeadlineCalculator.h"
#include "catalog/ServiceCatalog.h"
#include "intake/RequestDraft.h"
#include "records/RequestRecord.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace kense {

/// A move a request already made, for requests written with their history (imports, demo data).
struct HistoryStep
{
    Transition transition = Transition::AssignExecutor;
    QDateTime at;
    qint64 userId = 0;
    std::optional<qint64> executorId; ///< for AssignExecutor
    QString note;
};

/// What the executor prepared, written with the history (demo data): saved as the `kind` result document just before
/// the history's PrepareResult step, by its user at its moment, with the desk's next result number.
struct HistoryResult
{
    QString kind; ///< the variant's result document, e.g. duplicate_secondary
    QList<QPair<QString, QString>> grades;
};

/// The applicant's survey answers (1 to 3 each), written with the history's issue step.
struct HistorySurvey
{
    int quality = 3;
    int information = 3;
};

/// A request to write: a validated, normalised draft with its deadlines, taken by `userId` at `acceptedAt`.
/// `state` is Registered, or RefusedAtIntake for an incomplete package (kept, with its missing documents).
/// `history` lists moves already made after registration; each must be allowed by the workflow.
struct NewRequest
{
    const ServiceVariant* variant = nullptr;
    RequestDraft draft;
    RequestDeadlines deadlines;
    qint64 userId = 0;
    QDateTime acceptedAt;
    RequestState state = RequestState::Registered;
    QString note;
    QList<HistoryStep> history;
    std::optional<HistoryResult> result; ///< needs a PrepareResult step in `history`
    std::optional<HistorySurvey> survey; ///< needs an IssueResult or IssueRefusal step in `history`
};

/// The requests of this desk's database.
class RequestRepository
{
public:
    /// `catalog` gives each service's path (ServiceVariant::path) to the moves: advance, advanceTo and
    /// advanceInTransaction refuse without it. Reading and writing requests need none.
    explicit RequestRepository(const QSqlDatabase& db, const ServiceCatalog* catalog = nullptr)
        : m_db(db)
        , m_catalog(catalog)
        , m_statements(db)
    {}

    /// Writes the request, its parties, documents, step deadlines, search names and first event, and gives it the
    /// next number of the desk's year — all in one durable transaction.
    RegisteredRequest create(const DeskRecord& desk, const NewRequest& request);
    /// The same inside a transaction the caller holds, with the caller's event appender (bulk writes). The names
    /// for search are kept back until flushSearchNames(), which the caller runs last, before its commit.
    RegisteredRequest createInTransaction(const DeskRecord& desk, const NewRequest& request,
                                          EventLog::Appender& events);
    /// Writes the kept-back names to the full-text index in one statement. It must be the transaction's last
    /// write: once FTS5 is part of a transaction it flushes its pending index at every later statement, which made
    /// bulk writes spend a tenth of their time there.
    void flushSearchNames();

    /// Moves a request by a transition. The core's rules decide: the move must exist from the current state on the
    /// request's channel and its service's path, and one of the user's roles must be allowed to make it. Assigning an
    /// executor names a user who holds the executor role. Issuing may say who received it (`collectedBy`: the
    /// applicant, or the representative when the request has one); it is kept with the event and printed on the receipt
    /// of issue. Throws StorageError with the reason otherwise.
    RequestState advance(const QString& number, Transition transition, const UserRecord& user, const QDateTime& at,
                         const QString& note = QString(), std::optional<qint64> executorId = std::nullopt,
                         std::optional<PartyRole> collectedBy = std::nullopt);

    /// The move that takes the request to `target` (kensectl's --to STATE), made by advance's rules; refused in words
    /// when no move leads there from where the request is. The move made and the state it was in.
    std::pair<Transition, RequestState> advanceTo(const QString& number, RequestState target, const UserRecord& user,
                                                  const QDateTime& at, const QString& note = QString(),
                                                  std::optional<qint64> executorId = std::nullopt);

    /// A move only a courier register makes (Workflow::isCourierRegisterMove) is refused by advance and advanceTo,
    /// the doors of the card and of `kensectl request advance`: CourierRegisters makes it, in advanceInTransaction.
    static void refuseRegisterMove(Transition transition);
    /// The same inside a transaction the caller holds (a courier register moves all its requests in one).
    RequestState advanceInTransaction(const QString& number, Transition transition, const UserRecord& user,
                                      const QDateTime& at, const QString& note = QString(),
                                      std::optional<qint64> executorId = std::nullopt,
                                      std::optional<PartyRole> collectedBy = std::nullopt);

    /// Corrects the data of a registered request: `changes` maps catalog field ids to new values (empty: cleared).
    /// The core decides who may (Workflow::mayEdit) and what is valid (IntakeValidator on the whole corrected form);
    /// the parties and the search index follow, and the change is an event "edit" with before → after of the
    /// changed fields. Returns the fields that changed (none: nothing written). Throws StorageError with the reason.
    QStringList edit(const QString& number, const ServiceVariant& variant, const QMap<QString, QString>& changes,
                     const UserRecord& user, const QDateTime& at);

    std::optional<RequestDetails> load(const QString& number) const;

private:
    /// Where a request is: its id, state, channel and its service's path; refused when there is no such request.
    struct Place
    {
        qint64 id = 0;
        RequestState state = RequestState::Draft;
        Channel channel = Channel::Provider;
        Path path = Path::HeadAndExecutor;
    };
    Place placeOf(const QString& number) const;
    void writeResult(const DeskRecord& desk, qint64 requestId, const HistoryResult& result, const HistoryStep& step,
                     EventLog::Appender& events);
    void writeSurvey(qint64 requestId, const HistorySurvey& survey, const HistoryStep& step,
                     EventLog::Appender& events);

    QSqlDatabase m_db;
    const ServiceCatalog* m_catalog = nullptr;
    StatementCache m_statements; ///< prepared once per repository: bulk writes would otherwise parse SQL each time
    QHash<QString, qint64> m_documentKinds;       ///< "doc id␟kk␟ru" → document_kinds.id, filled as they are met
    QJsonArray m_pendingNames;                    ///< [[request id, "names"], …] not yet in the full-text index
    std::unique_ptr<EventLog::Appender> m_events; ///< kept for create(); its head is re-read in each transaction
};

} // namespace kense
