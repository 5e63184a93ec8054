// The moves of a request along its service's path (RequestRepository: advance, advanceTo, advanceInTransaction).
#include "RequestRepository.h"
#include "SqlUtil.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::RequestRepository)
};
} // namespace

void RequestRepository::refuseRegisterMove(Transition transition)
{
    if (Workflow::isCourierRegisterMove(transition))
        throw StorageError{Tr::tr("«%1» is made only by a courier register: add the request to a register, send the "
                                  "register with the courier, receive it by scanning (Courier registers)")
                               .arg(transitionTitle(transition))};
}

RequestState RequestRepository::advance(const QString& number, Transition transition, const UserRecord& user,
                                        const QDateTime& at, const QString& note, std::optional<qint64> executorId,
                                        std::optional<PartyRole> collectedBy)
{
    refuseRegisterMove(transition);
    Transaction tx(m_db);
    const RequestState to = advanceInTransaction(number, transition, user, at, note, executorId, collectedBy);
    tx.commit();
    return to;
}

RequestRepository::Place RequestRepository::placeOf(const QString& number) const
{
    if (!m_catalog)
        throw StorageError{Tr::tr("a request is moved along its service's path: the catalog was not given")};
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT id, state, channel, service_id FROM requests WHERE number = ?"));
    exec(q, {number});
    if (!q.next())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    return Place{q.value(0).toLongLong(), stateFromName(q.value(1).toString()).value_or(RequestState::Draft),
                 channelFromName(q.value(2).toString()).value_or(Channel::Provider),
                 m_catalog->pathOf(q.value(3).toString())};
}

std::pair<Transition, RequestState> RequestRepository::advanceTo(const QString& number, RequestState target,
                                                                 const UserRecord& user, const QDateTime& at,
                                                                 const QString& note, std::optional<qint64> executorId)
{
    Transaction tx(m_db);
    [[maybe_unused]] const auto [id, from, channel, path] = placeOf(number);
    const auto transition = Workflow::between(from, target, channel, path);
    if (!transition)
        throw StorageError{Tr::tr("a request that is «%1» cannot become «%2» (%3; its service: %4)")
                               .arg(stateTitle(from), stateTitle(target), channelTitle(channel), pathTitle(path))};
    refuseRegisterMove(*transition);
    advanceInTransaction(number, *transition, user, at, note, executorId);
    tx.commit();
    return {*transition, from};
}

RequestState RequestRepository::advanceInTransaction(const QString& number, Transition transition,
                                                     const UserRecord& user, const QDateTime& at, const QString& note,
                                                     std::optional<qint64> executorId,
                                                     std::optional<PartyRole> collectedBy)
{
    const auto [id, from, channel, path] = placeOf(number);
    const auto to = Workflow::target(transition, from, channel, path);
    if (!to)
        throw StorageError{
            Tr::tr("«%1» cannot be done to a request that is «%2» (%3; its service: %4)")
                .arg(transitionTitle(transition), stateTitle(from), channelTitle(channel), pathTitle(path))};
    if (!Workflow::isAllowed(transition, from, channel, path, user.roles) || user.disabled) {
        QStringList roles;
        for (Role role : Workflow::rolesFor(transition, channel, path))
            roles << roleTitle(role);
        throw StorageError{Tr::tr("%1 may not «%2»: only %3 may")
                               .arg(user.login, transitionTitle(transition), roles.join(QStringLiteral(", ")))};
    }
    // Without the head's resolution the executor who prepares is the request's executor (the journal shows it).
    if (!executorId && path != Path::HeadAndExecutor &&
        (transition == Transition::PrepareResult || transition == Transition::PrepareRefusal))
        executorId = user.id;
    QString executorNote;
    if (transition == Transition::AssignExecutor) {
        if (!executorId)
            throw StorageError{Tr::tr("assigning needs the executor")};
        const auto executor = UserRepository(m_db).byId(*executorId);
        if (!executor || executor->disabled || !executor->roles.contains(Role::Executor))
            throw StorageError{Tr::tr("the chosen user is not an active executor")};
        executorNote = executor->login;
    }
    if (collectedBy) {
        if (!Workflow::isIssue(transition))
            throw StorageError{Tr::tr("who received it is said only when a result or a refusal is issued")};
        if (*collectedBy == PartyRole::Subject)
            throw StorageError{Tr::tr("a result is received by the applicant or the representative")};
        if (*collectedBy == PartyRole::Representative) {
            QSqlQuery p =
                prepare(m_db, QStringLiteral("SELECT count(*) FROM parties WHERE request_id = ? AND role = ?"));
            exec(p, {id, partyRoleName(PartyRole::Representative)});
            if (!p.next() || p.value(0).toInt() == 0)
                throw StorageError{Tr::tr("%1 has no representative: the applicant receives it").arg(number)};
        }
        executorNote = partyRoleName(*collectedBy);
    }
    QSqlQuery update =
        prepare(m_db, QStringLiteral("UPDATE requests SET state = ?, updated_at = ?, "
                                     "executor_id = coalesce(?, executor_id) WHERE id = ? AND state = ?"));
    exec(update, {stateName(*to), storedMoment(at),
                  executorId ? QVariant(*executorId) : QVariant(QMetaType(QMetaType::LongLong)), id, stateName(from)});
    if (update.numRowsAffected() != 1)
        throw StorageError{Tr::tr("%1 was changed by someone else; look again").arg(number)};
    EventLog::append(
        m_db,
        EventDraft{
            id, at, user.id, transitionName(transition), stateName(from), stateName(*to), {}, executorNote, note});
    return *to;
}

} // namespace kense
