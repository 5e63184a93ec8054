#include "Workflow.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace kense {

namespace {
using S = RequestState;
using Move = std::pair<RequestState, RequestState>;

/// The paths a rule holds on, as bits.
enum PathBits : unsigned
{
    H = 1u << static_cast<int>(Path::HeadAndExecutor),
    E = 1u << static_cast<int>(Path::ExecutorOnly),
    C = 1u << static_cast<int>(Path::ClerkOnly),
    All = H | E | C,
};

/// One row of the rules: on a channel and the paths named, the moves a transition makes and the roles allowed to
/// make it.
struct Rule
{
    Transition transition;
    Channel channel;
    unsigned paths;
    std::initializer_list<Move> moves;
    std::initializer_list<Role> roles;
};

// The whole rule book. At a school's or department's канцелярия (provider channel) the clerk takes and issues
// (a request sent through the portal too: the clerk registers it, and it goes the provider's way, ruleFor);
// at a ЦОН desk the operator does, and the provider's канцелярия receives the courier's package in between (at a rural
// akim's apparatus its specialist, by the ЦОН's rows: ruleChannel).
// On the head's path (H) the head resolves and signs and the executor prepares; without a head (E) the executor
// takes the registered request and what it prepares is issued as it is; with the канцелярия alone (C) the result
// is the receipt, issued from registration. A request begun on the head's path before an administrator took the head
// out of the service's steps still ends without one (E also moves from "in work" and the signed states). The
// administrator moves no request.
const Rule kRules[] = {
    {Transition::Register, Channel::Provider, All, {{S::Draft, S::Registered}}, {Role::Clerk}},
    {Transition::Register, Channel::Tson, All, {{S::Draft, S::Registered}}, {Role::TsonOperator}},
    {Transition::RefuseAtIntake, Channel::Provider, All, {{S::Draft, S::RefusedAtIntake}}, {Role::Clerk}},
    {Transition::RefuseAtIntake, Channel::Tson, All, {{S::Draft, S::RefusedAtIntake}}, {Role::TsonOperator}},

    {Transition::AddToCourierRegister,
     Channel::Tson,
     All,
     {{S::Registered, S::InCourierRegister}},
     {Role::TsonOperator}},
    {Transition::RemoveFromCourierRegister,
     Channel::Tson,
     All,
     {{S::InCourierRegister, S::Registered}},
     {Role::TsonOperator}},
    {Transition::SendToProvider, Channel::Tson, All, {{S::InCourierRegister, S::SentToProvider}}, {Role::TsonOperator}},
    {Transition::ReceiveAtProvider, Channel::Tson, All, {{S::SentToProvider, S::ReceivedByProvider}}, {Role::Clerk}},

    {Transition::AssignExecutor, Channel::Provider, H, {{S::Registered, S::InWork}}, {Role::Head}},
    {Transition::AssignExecutor, Channel::Tson, H, {{S::ReceivedByProvider, S::InWork}}, {Role::Head}},

    {Transition::PrepareResult, Channel::Provider, H, {{S::InWork, S::ResultPrepared}}, {Role::Executor}},
    {Transition::PrepareResult,
     Channel::Provider,
     E,
     {{S::Registered, S::ResultPrepared}, {S::InWork, S::ResultPrepared}},
     {Role::Executor}},
    {Transition::PrepareResult, Channel::Tson, H, {{S::InWork, S::ResultPrepared}}, {Role::Executor}},
    {Transition::PrepareResult,
     Channel::Tson,
     E,
     {{S::ReceivedByProvider, S::ResultPrepared}, {S::InWork, S::ResultPrepared}},
     {Role::Executor}},
    {Transition::PrepareRefusal, Channel::Provider, H, {{S::InWork, S::RefusalPrepared}}, {Role::Executor}},
    {Transition::PrepareRefusal,
     Channel::Provider,
     E,
     {{S::Registered, S::RefusalPrepared}, {S::InWork, S::RefusalPrepared}},
     {Role::Executor}},
    {Transition::PrepareRefusal, Channel::Tson, H, {{S::InWork, S::RefusalPrepared}}, {Role::Executor}},
    {Transition::PrepareRefusal,
     Channel::Tson,
     E,
     {{S::ReceivedByProvider, S::RefusalPrepared}, {S::InWork, S::RefusalPrepared}},
     {Role::Executor}},
    {Transition::ReturnForRework,
     Channel::Provider,
     H,
     {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
     {Role::Head}},
    {Transition::ReturnForRework,
     Channel::Tson,
     H,
     {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
     {Role::Head}},
    {Transition::SignResult, Channel::Provider, H, {{S::ResultPrepared, S::ResultSigned}}, {Role::Head}},
    {Transition::SignResult, Channel::Tson, H, {{S::ResultPrepared, S::ResultSigned}}, {Role::Head}},
    {Transition::SignRefusal, Channel::Provider, H, {{S::RefusalPrepared, S::RefusalSigned}}, {Role::Head}},
    {Transition::SignRefusal, Channel::Tson, H, {{S::RefusalPrepared, S::RefusalSigned}}, {Role::Head}},

    {Transition::ReturnToTson,
     Channel::Tson,
     H,
     {{S::ResultSigned, S::ResultReturnedToTson}, {S::RefusalSigned, S::RefusalReturnedToTson}},
     {Role::TsonOperator}},
    {Transition::ReturnToTson,
     Channel::Tson,
     E,
     {{S::ResultPrepared, S::ResultReturnedToTson},
      {S::RefusalPrepared, S::RefusalReturnedToTson},
      {S::ResultSigned, S::ResultReturnedToTson},
      {S::RefusalSigned, S::RefusalReturnedToTson}},
     {Role::TsonOperator}},
    {Transition::ReturnToTson,
     Channel::Tson,
     C,
     {{S::ReceivedByProvider, S::ResultReturnedToTson}},
     {Role::TsonOperator}},

    {Transition::IssueResult,
     Channel::Provider,
     H,
     {{S::ResultSigned, S::Issued}, {S::InStorage, S::Issued}},
     {Role::Clerk}},
    {Transition::IssueResult,
     Channel::Provider,
     E,
     {{S::ResultPrepared, S::Issued}, {S::ResultSigned, S::Issued}, {S::InStorage, S::Issued}},
     {Role::Clerk}},
    {Transition::IssueResult, Channel::Provider, C, {{S::Registered, S::Issued}}, {Role::Clerk}},
    {Transition::IssueResult,
     Channel::Tson,
     All,
     {{S::ResultReturnedToTson, S::Issued}, {S::InStorage, S::Issued}},
     {Role::TsonOperator}},
    {Transition::IssueRefusal, Channel::Provider, H, {{S::RefusalSigned, S::RefusalIssued}}, {Role::Clerk}},
    {Transition::IssueRefusal,
     Channel::Provider,
     E,
     {{S::RefusalPrepared, S::RefusalIssued}, {S::RefusalSigned, S::RefusalIssued}},
     {Role::Clerk}},
    {Transition::IssueRefusal,
     Channel::Tson,
     H | E,
     {{S::RefusalReturnedToTson, S::RefusalIssued}},
     {Role::TsonOperator}},
    {Transition::MoveToStorage, Channel::Provider, H, {{S::ResultSigned, S::InStorage}}, {Role::Clerk}},
    {Transition::MoveToStorage,
     Channel::Provider,
     E,
     {{S::ResultPrepared, S::InStorage}, {S::ResultSigned, S::InStorage}},
     {Role::Clerk}},
    {Transition::MoveToStorage, Channel::Tson, All, {{S::ResultReturnedToTson, S::InStorage}}, {Role::TsonOperator}},
};

unsigned bitOf(Path path)
{
    return 1u << static_cast<int>(path);
}

/// The channel whose rows a request of `channel` follows: a portal request goes the provider's way once its
/// канцелярия registered it; a rural akim's apparatus is an intake point as a ЦОН is, its specialist in the operator's
/// place (rolesOn).
Channel ruleChannel(Channel channel)
{
    channel = deskChannel(channel);
    return channel == Channel::Akim ? Channel::Tson : channel;
}

const Rule* ruleFor(Transition t, Channel channel, Path path)
{
    channel = ruleChannel(channel);
    for (const Rule& r : kRules) {
        if (r.transition == t && r.channel == channel && (r.paths & bitOf(path)))
            return &r;
    }
    return nullptr;
}

QList<Role> rolesOn(const Rule& rule, Channel channel)
{
    QList<Role> roles(rule.roles);
    if (deskChannel(channel) == Channel::Akim)
        std::replace(roles.begin(), roles.end(), Role::TsonOperator, Role::AkimOfficer);
    return roles;
}
} // namespace

std::optional<RequestState> Workflow::target(Transition t, RequestState from, Channel channel, Path path)
{
    if (const Rule* rule = ruleFor(t, channel, path)) {
        for (const Move& m : rule->moves) {
            if (m.first == from)
                return m.second;
        }
    }
    return std::nullopt;
}

QList<Role> Workflow::rolesFor(Transition t, Channel channel, Path path)
{
    const Rule* rule = ruleFor(t, channel, path);
    return rule ? rolesOn(*rule, channel) : QList<Role>{};
}

bool Workflow::isAllowed(Transition t, RequestState from, Channel channel, Path path, Role role)
{
    return target(t, from, channel, path).has_value() && rolesFor(t, channel, path).contains(role);
}

QList<Transition> Workflow::available(RequestState from, Channel channel, Path path, Role role)
{
    QList<Transition> out;
    for (Transition t : allTransitions()) {
        if (isAllowed(t, from, channel, path, role))
            out << t;
    }
    return out;
}

QList<std::pair<RequestState, RequestState>> Workflow::movesOnAnyPath(Channel channel)
{
    QList<std::pair<RequestState, RequestState>> out;
    for (const Rule& r : kRules) {
        if (r.channel != ruleChannel(channel))
            continue;
        for (const Move& m : r.moves) {
            if (!out.contains(m))
                out << m;
        }
    }
    return out;
}

bool Workflow::isCourierRegisterMove(Transition t)
{
    return t == Transition::AddToCourierRegister || t == Transition::RemoveFromCourierRegister ||
           t == Transition::SendToProvider || t == Transition::ReceiveAtProvider || t == Transition::ReturnToTson;
}

bool Workflow::cannotBeUndone(Transition t)
{
    return t == Transition::SignResult || t == Transition::SignRefusal || t == Transition::IssueResult ||
           t == Transition::IssueRefusal || t == Transition::PrepareRefusal || t == Transition::MoveToStorage;
}

bool Workflow::needsReasons(Transition t)
{
    return t == Transition::PrepareRefusal || t == Transition::ReturnForRework;
}

bool Workflow::isIssue(Transition t)
{
    return t == Transition::IssueResult || t == Transition::IssueRefusal;
}

bool Workflow::maySurvey(RequestState state)
{
    return state == RequestState::Issued || state == RequestState::RefusalIssued;
}

bool Workflow::mayPrepareResult(RequestState state, Channel channel, Path path, Role role)
{
    const QList<Role> preparers = rolesFor(Transition::PrepareResult, channel, path);
    const bool prepares = preparers.contains(role) || (path == Path::HeadAndExecutor && role == Role::Head);
    const bool waitsForIt = target(Transition::PrepareResult, state, channel, path).has_value() ||
                            (state == S::ResultPrepared && !preparers.isEmpty());
    return prepares && waitsForIt;
}

bool Workflow::mayEdit(RequestState state, Channel channel, Path path, Role role)
{
    switch (role) {
    case Role::Clerk:
        return deskChannel(channel) == Channel::Provider && state == S::Registered;
    case Role::TsonOperator:
        return channel == Channel::Tson && state == S::Registered;
    case Role::AkimOfficer:
        return channel == Channel::Akim && state == S::Registered;
    case Role::Head:
        return path == Path::HeadAndExecutor &&
               (state == S::Registered || state == S::ReceivedByProvider || state == S::InWork ||
                state == S::ResultPrepared || state == S::RefusalPrepared);
    case Role::Executor:
    case Role::Administrator:
        return false;
    }
    return false;
}

std::optional<Transition> Workflow::between(RequestState from, RequestState to, Channel channel, Path path)
{
    for (Transition t : allTransitions()) {
        if (target(t, from, channel, path) == to)
            return t;
    }
    return std::nullopt;
}

bool Workflow::isAllowed(Transition t, RequestState from, Channel channel, Path path, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return isAllowed(t, from, channel, path, r); });
}

bool Workflow::mayEver(Transition t, Channel channel, const QList<Role>& roles)
{
    for (Path path : allPaths()) {
        const QList<Role> allowed = rolesFor(t, channel, path);
        if (std::any_of(roles.begin(), roles.end(), [&](Role r) { return allowed.contains(r); }))
            return true;
    }
    return false;
}

QList<Transition> Workflow::available(RequestState from, Channel channel, Path path, const QList<Role>& roles)
{
    QList<Transition> out;
    for (Transition t : allTransitions()) {
        if (isAllowed(t, from, channel, path, roles))
            out << t;
    }
    return out;
}

bool Workflow::mayPrepareResult(RequestState state, Channel channel, Path path, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return mayPrepareResult(state, channel, path, r); });
}

bool Workflow::mayEdit(RequestState state, Channel channel, Path path, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return mayEdit(state, channel, path, r); });
}

} // namespace kense
