#pragma once

#include "Channel.h"
#include "RequestState.h"
#include "Role.h"

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// The moves a request can make. Each is allowed from some states, on some channels, to some roles.
enum class Transition
{
    Register,                  ///< draft → registered (receipt)
    RefuseAtIntake,            ///< draft → refused at intake (refusal receipt)
    AddToCourierRegister,      ///< ЦОН: registered → in a courier register
    RemoveFromCourierRegister, ///< ЦОН: back out of a register not yet sent
    SendToProvider,            ///< ЦОН: the register goes with the courier
    ReceiveAtProvider,         ///< ЦОН: the provider's канцелярия registers the package
    AssignExecutor,            ///< the head's resolution
    PrepareResult,             ///< the executor's result
    PrepareRefusal,            ///< the executor's reasoned refusal
    ReturnForRework,           ///< the head sends a draft back to the executor
    SignResult,
    SignRefusal,
    ReturnToTson, ///< ЦОН: the signed result or refusal goes back to the ЦОН desk
    IssueResult,
    IssueRefusal,
    MoveToStorage, ///< not collected in time
};

QString transitionName(Transition t); ///< "register", "assign_executor", …
std::optional<Transition> transitionFromName(const QString& name);
QList<Transition> allTransitions();
QString transitionTitle(Transition t); ///< for people, in the current UI language

/// The role rules of the regulations, in one place. The GUI only asks; it never decides.
class Workflow
{
public:
    /// The state a transition leads to from `from` on `channel`, or nullopt if it cannot be made there.
    static std::optional<RequestState> target(Transition t, RequestState from, Channel channel);
    /// The roles that may make the transition on the channel (independent of the state).
    static QList<Role> rolesFor(Transition t, Channel channel);
    static bool isAllowed(Transition t, RequestState from, Channel channel, Role role);
    /// The transitions a holder of `role` may make now.
    static QList<Transition> available(RequestState from, Channel channel, Role role);
    /// Moves made on a whole courier register (CourierRegisters), never on one request alone.
    static bool isCourierRegisterMove(Transition t);
    /// Moves the desk cannot take back — signatures, issues, a reasoned refusal, storage: confirmed before made.
    static bool cannotBeUndone(Transition t);
    /// Moves that need their reasons written: a reasoned refusal (printed in its letter) and a return for rework.
    static bool needsReasons(Transition t);
    /// Handing a result or a reasoned refusal over: the moves that may say who received it.
    static bool isIssue(Transition t);
    /// Whether the applicant may answer the quality survey of a request in `state`: once the result or the refusal
    /// was issued (seed 001 app. 5).
    static bool maySurvey(RequestState state);
    /// Whether a holder of `role` may prepare or change the result (e.g. a duplicate's grades) of a request in
    /// `state`: the executor or the head, while it is in work or its result is prepared and not yet signed.
    static bool mayPrepareResult(RequestState state, Role role);
    /// Whether a holder of `role` may correct the data of a registered request in `state` (each correction is an
    /// event with before → after). The desk that took it (the provider's clerk or the ЦОН operator, by channel)
    /// while it is still at the desk: registered, not yet with the head or in a courier register; the head until
    /// the result or refusal is signed. Executors and administrators do not edit requests; nothing final changes.
    static bool mayEdit(RequestState state, Channel channel, Role role);
    /// The transition that leads from `from` to `to` on the channel, if one does.
    static std::optional<Transition> between(RequestState from, RequestState to, Channel channel);

    // The same asked for a user: any one of `roles` is enough.
    static bool isAllowed(Transition t, RequestState from, Channel channel, const QList<Role>& roles);
    /// Whether one of `roles` may ever make the transition on the channel (a menu or a window of its own).
    static bool mayEver(Transition t, Channel channel, const QList<Role>& roles);
    /// The transitions one of `roles` may make now, each once, in the order of allTransitions().
    static QList<Transition> available(RequestState from, Channel channel, const QList<Role>& roles);
    static bool mayPrepareResult(RequestState state, const QList<Role>& roles);
    static bool mayEdit(RequestState state, Channel channel, const QList<Role>& roles);
};

} // namespace kense
