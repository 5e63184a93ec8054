#include "Workflow.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace kense {

namespace {
using S = RequestState;
using Move = std::pair<RequestState, RequestState>;

/// One row of the rules: on a channel, the moves a transition makes and the roles allowed to make it.
struct Rule
{
    Transition transition;
    Channel channel;
    std::initializer_list<Move> moves;
    std::initializer_list<Role> roles;
};

// The whole rule book. At a school's or department's канцелярия (provider channel) the clerk takes and issues;
// at a ЦОН desk the operator does, and the provider's канцелярия receives the courier's package in between.
// The head resolves and signs; the executor prepares. The administrator moves no request.
const Rule kRules[] = {
    {Transition::Register, Channel::Provider, {{S::Draft, S::Registered}}, {Role::Clerk}},
    {Transition::Register, Channel::Tson, {{S::Draft, S::Registered}}, {Role::TsonOperator}},
    {Transition::RefuseAtIntake, Channel::Provider, {{S::Draft, S::RefusedAtIntake}}, {Role::Clerk}},
    {Transition::RefuseAtIntake, Channel::Tson, {{S::Draft, S::RefusedAtIntake}}, {Role::TsonOperator}},

    {Transition::AddToCourierRegister, Channel::Tson, {{S::Registered, S::InCourierRegister}}, {Role::TsonOperator}},
    {Transition::RemoveFromCourierRegister,
     Channel::Tson,
     {{S::InCourierRegister, S::Registered}},
     {Role::TsonOperator}},
    {Transition::SendToProvider, Channel::Tson, {{S::InCourierRegister, S::SentToProvider}}, {Role::TsonOperator}},
    {Transition::ReceiveAtProvider, Channel::Tson, {{S::SentToProvider, S::ReceivedByProvider}}, {Role::Clerk}},

    {Transition::AssignExecutor, Channel::Provider, {{S::Registered, S::InWork}}, {Role::Head}},
    {Transition::AssignExecutor, Channel::Tson, {{S::ReceivedByProvider, S::InWork}}, {Role::Head}},

    {Transition::PrepareResult, Channel::Provider, {{S::InWork, S::ResultPrepared}}, {Role::Executor}},
    {Transition::PrepareResult, Channel::Tson, {{S::InWork, S::ResultPrepared}}, {Role::Executor}},
    {Transition::PrepareRefusal, Channel::Provider, {{S::InWork, S::RefusalPrepared}}, {Role::Executor}},
    {Transition::PrepareRefusal, Channel::Tson, {{S::InWork, S::RefusalPrepared}}, {Role::Executor}},
    {Transition::ReturnForRework,
     Channel::Provider,
     {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
     {Role::Head}},
    {Transition::ReturnForRework,
     Channel::Tson,
     {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
     {Role::Head}},
    {Transition::SignResult, Channel::Provider, {{S::ResultPrepared, S::ResultSigned}}, {Role::Head}},
    {Transition::SignResult, Channel::Tson, {{S::ResultPrepared, S::ResultSigned}}, {Role::Head}},
    {Transition::SignRefusal, Channel::Provider, {{S::RefusalPrepared, S::RefusalSigned}}, {Role::Head}},
    {Transition::SignRefusal, Channel::Tson, {{S::RefusalPrepared, S::RefusalSigned}}, {Role::Head}},

    {Transition::ReturnToTson,
     Channel::Tson,
     {{S::ResultSigned, S::ResultReturnedToTson}, {S::RefusalSigned, S::RefusalReturnedToTson}},
     {Role::TsonOperator}},

    {Transition::IssueResult,
     Channel::Provider,
     {{S::ResultSigned, S::Issued}, {S::InStorage, S::Issued}},
     {Role::Clerk}},
    {Transition::IssueResult,
     Channel::Tson,
     {{S::ResultReturnedToTson, S::Issued}, {S::InStorage, S::Issued}},
     {Role::TsonOperator}},
    {Transition::IssueRefusal, Channel::Provider, {{S::RefusalSigned, S::RefusalIssued}}, {Role::Clerk}},
    {Transition::IssueRefusal, Channel::Tson, {{S::RefusalReturnedToTson, S::RefusalIssued}}, {Role::TsonOperator}},
    {Transition::MoveToStorage, Channel::Provider, {{S::ResultSigned, S::InStorage}}, {Role::Clerk}},
    {Transition::MoveToStorage, Channel::Tson, {{S::ResultReturnedToTson, S::InStorage}}, {Role::TsonOperator}},
};

constexpr EnumNameTable<Transition, 16> kNames{{
    {Transition::Register, "register"},
    {Transition::RefuseAtIntake, "refuse_at_intake"},
    {Transition::AddToCourierRegister, "add_to_courier_register"},
    {Transition::RemoveFromCourierRegister, "remove_from_courier_register"},
    {Transition::SendToProvider, "send_to_provider"},
    {Transition::ReceiveAtProvider, "receive_at_provider"},
    {Transition::AssignExecutor, "assign_executor"},
    {Transition::PrepareResult, "prepare_result"},
    {Transition::PrepareRefusal, "prepare_refusal"},
    {Transition::ReturnForRework, "return_for_rework"},
    {Transition::SignResult, "sign_result"},
    {Transition::SignRefusal, "sign_refusal"},
    {Transition::ReturnToTson, "return_to_tson"},
    {Transition::IssueResult, "issue_result"},
    {Transition::IssueRefusal, "issue_refusal"},
    {Transition::MoveToStorage, "move_to_storage"},
}};

const Rule* ruleFor(Transition t, Channel channel)
{
    for (const Rule& r : kRules) {
        if (r.transition == t && r.channel == channel)
            return &r;
    }
    return nullptr;
}
} // namespace

QString transitionName(Transition t)
{
    return enumName(kNames, t);
}

std::optional<Transition> transitionFromName(const QString& name)
{
    return enumFromName(kNames, name);
}

QList<Transition> allTransitions()
{
    QList<Transition> out;
    for (const auto& entry : kNames)
        out << entry.first;
    return out;
}

QString transitionTitle(Transition t)
{
    switch (t) {
    case Transition::Register:
        return QCoreApplication::translate("kense::Transition", "Register");
    case Transition::RefuseAtIntake:
        return QCoreApplication::translate("kense::Transition", "Refuse to accept");
    case Transition::AddToCourierRegister:
        return QCoreApplication::translate("kense::Transition", "Add to a courier register");
    case Transition::RemoveFromCourierRegister:
        return QCoreApplication::translate("kense::Transition", "Remove from the courier register");
    case Transition::SendToProvider:
        return QCoreApplication::translate("kense::Transition", "Send to the provider");
    case Transition::ReceiveAtProvider:
        return QCoreApplication::translate("kense::Transition", "Receive from the courier");
    case Transition::AssignExecutor:
        return QCoreApplication::translate("kense::Transition", "Assign an executor");
    case Transition::PrepareResult:
        return QCoreApplication::translate("kense::Transition", "Prepare the result");
    case Transition::PrepareRefusal:
        return QCoreApplication::translate("kense::Transition", "Prepare a reasoned refusal");
    case Transition::ReturnForRework:
        return QCoreApplication::translate("kense::Transition", "Return for rework");
    case Transition::SignResult:
        return QCoreApplication::translate("kense::Transition", "Sign the result");
    case Transition::SignRefusal:
        return QCoreApplication::translate("kense::Transition", "Sign the refusal");
    case Transition::ReturnToTson:
        return QCoreApplication::translate("kense::Transition", "Receive back at the service centre");
    case Transition::IssueResult:
        return QCoreApplication::translate("kense::Transition", "Issue the result");
    case Transition::IssueRefusal:
        return QCoreApplication::translate("kense::Transition", "Issue the refusal");
    case Transition::MoveToStorage:
        return QCoreApplication::translate("kense::Transition", "Not collected: to storage");
    }
    return {};
}

std::optional<RequestState> Workflow::target(Transition t, RequestState from, Channel channel)
{
    if (const Rule* rule = ruleFor(t, channel)) {
        for (const Move& m : rule->moves) {
            if (m.first == from)
                return m.second;
        }
    }
    return std::nullopt;
}

QList<Role> Workflow::rolesFor(Transition t, Channel channel)
{
    const Rule* rule = ruleFor(t, channel);
    return rule ? QList<Role>(rule->roles) : QList<Role>{};
}

bool Workflow::isAllowed(Transition t, RequestState from, Channel channel, Role role)
{
    return target(t, from, channel).has_value() && rolesFor(t, channel).contains(role);
}

QList<Transition> Workflow::available(RequestState from, Channel channel, Role role)
{
    QList<Transition> out;
    for (Transition t : allTransitions()) {
        if (isAllowed(t, from, channel, role))
            out << t;
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

bool Workflow::mayPrepareResult(RequestState state, Role role)
{
    return (role == Role::Executor || role == Role::Head) &&
           (state == RequestState::InWork || state == RequestState::ResultPrepared);
}

bool Workflow::mayEdit(RequestState state, Channel channel, Role role)
{
    switch (role) {
    case Role::Clerk:
        return channel == Channel::Provider && state == S::Registered;
    case Role::TsonOperator:
        return channel == Channel::Tson && state == S::Registered;
    case Role::Head:
        return state == S::Registered || state == S::ReceivedByProvider || state == S::InWork ||
               state == S::ResultPrepared || state == S::RefusalPrepared;
    case Role::Executor:
    case Role::Administrator:
        return false;
    }
    return false;
}

std::optional<Transition> Workflow::between(RequestState from, RequestState to, Channel channel)
{
    for (Transition t : allTransitions()) {
        if (target(t, from, channel) == to)
            return t;
    }
    return std::nullopt;
}

bool Workflow::isAllowed(Transition t, RequestState from, Channel channel, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return isAllowed(t, from, channel, r); });
}

bool Workflow::mayEver(Transition t, Channel channel, const QList<Role>& roles)
{
    const QList<Role> allowed = rolesFor(t, channel);
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return allowed.contains(r); });
}

QList<Transition> Workflow::available(RequestState from, Channel channel, const QList<Role>& roles)
{
    QList<Transition> out;
    for (Transition t : allTransitions()) {
        if (isAllowed(t, from, channel, roles))
            out << t;
    }
    return out;
}

bool Workflow::mayPrepareResult(RequestState state, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return mayPrepareResult(state, r); });
}

bool Workflow::mayEdit(RequestState state, Channel channel, const QList<Role>& roles)
{
    return std::any_of(roles.begin(), roles.end(), [&](Role r) { return mayEdit(state, channel, r); });
}

} // namespace kense
