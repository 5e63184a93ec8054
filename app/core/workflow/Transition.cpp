#include "Transition.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

namespace kense {

namespace {
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

constexpr EnumNameTable<Path, 3> kPathNames{{
    {Path::HeadAndExecutor, "head_and_executor"},
    {Path::ExecutorOnly, "executor_only"},
    {Path::ClerkOnly, "clerk_only"},
}};
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

QString transitionTitle(Transition t, Channel channel)
{
    if (channel == Channel::Akim && t == Transition::ReturnToTson)
        return QCoreApplication::translate("kense::Transition", "Receive back at the akim's office");
    return transitionTitle(t);
}

QString pathName(Path path)
{
    return enumName(kPathNames, path);
}

std::optional<Path> pathFromName(const QString& name)
{
    return enumFromName(kPathNames, name);
}

QList<Path> allPaths()
{
    QList<Path> out;
    for (const auto& entry : kPathNames)
        out << entry.first;
    return out;
}

QString pathTitle(Path path)
{
    switch (path) {
    case Path::HeadAndExecutor:
        return QCoreApplication::translate("kense::Path", "head's resolution → executor → head's signature");
    case Path::ExecutorOnly:
        return QCoreApplication::translate("kense::Path", "executor, no head's resolution or signature");
    case Path::ClerkOnly:
        return QCoreApplication::translate("kense::Path", "the office registers and issues");
    }
    return {};
}

} // namespace kense
