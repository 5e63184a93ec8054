#pragma once

#include "Channel.h"
#include "RequestState.h"
#include "Role.h"
#include "Transition.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kense {

/// The role rules of the regulations, in one place. The GUI only asks; it never decides.
class Workflow
{
public:
    /// The state a transition leads to from `from` on `channel` and the service's `path`, or nullopt if it cannot be
    /// made there.
    static std::optional<RequestState> target(Transition t, RequestState from, Channel channel, Path path);
    /// The roles that may make the transition on the channel and path (independent of the state).
    static QList<Role> rolesFor(Transition t, Channel channel, Path path);
    static bool isAllowed(Transition t, RequestState from, Channel channel, Path path, Role role);
    /// The transitions a holder of `role` may make now.
    static QList<Transition> available(RequestState from, Channel channel, Path path, Role role);
    /// Every move any path allows on the channel, (from, to) once each: what the centre accepts from a desk.
    static QList<std::pair<RequestState, RequestState>> movesOnAnyPath(Channel channel);
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
    /// `state`: whoever may prepare it (PrepareResult) while the request waits for that, and until it is signed —
    /// on the head's path the head too; on a path without an executor nobody (the result is the receipt).
    static bool mayPrepareResult(RequestState state, Channel channel, Path path, Role role);
    /// Whether a holder of `role` may correct the data of a registered request in `state` (each correction is an
    /// event with before → after). The desk that took it (the provider's clerk or the ЦОН operator, by channel)
    /// while it is still at the desk: registered, not yet with the head or in a courier register; on the head's path
    /// the head until the result or refusal is signed. Executors and administrators do not edit requests; nothing
    /// final changes.
    static bool mayEdit(RequestState state, Channel channel, Path path, Role role);
    /// The transition that leads from `from` to `to` on the channel and path, if one does.
    static std::optional<Transition> between(RequestState from, RequestState to, Channel channel, Path path);

    // The same asked for a user: any one of `roles` is enough.
    static bool isAllowed(Transition t, RequestState from, Channel channel, Path path, const QList<Role>& roles);
    /// Whether one of `roles` may ever make the transition on the channel, on any service's path (a menu or a
    /// window of its own).
    static bool mayEver(Transition t, Channel channel, const QList<Role>& roles);
    /// The transitions one of `roles` may make now, each once, in the order of allTransitions().
    static QList<Transition> available(RequestState from, Channel channel, Path path, const QList<Role>& roles);
    static bool mayPrepareResult(RequestState state, Channel channel, Path path, const QList<Role>& roles);
    static bool mayEdit(RequestState state, Channel channel, Path path, const QList<Role>& roles);
};

} // namespace kense
