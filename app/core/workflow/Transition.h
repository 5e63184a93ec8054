#pragma once

#include "Channel.h"

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// The moves a request can make. Each is allowed from some states, on some channels and paths, to some roles.
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
    ReturnToTson, ///< ЦОН: the result or refusal goes back to the ЦОН desk
    IssueResult,
    IssueRefusal,
    MoveToStorage, ///< not collected in time
};

QString transitionName(Transition t); ///< "register", "assign_executor", …
std::optional<Transition> transitionFromName(const QString& name);
QList<Transition> allTransitions();
QString transitionTitle(Transition t); ///< for people, in the current UI language
/// The transition's title for a request of `channel` (taken back at a rural akim's apparatus, not at a ЦОН).
QString transitionTitle(Transition t, Channel channel);

/// Who works on a request inside the provider, as a service's regulation gives it (ServiceVariant::path(), read from
/// the variant's steps). Intake, courier registers and issue are the same on every path.
enum class Path
{
    /// The head's resolution names an executor, the executor prepares the result or a reasoned refusal, the head
    /// signs it (or returns it for rework): duplicates, externat permits, enrollment.
    HeadAndExecutor,
    /// No head: the executor (сотрудник / жауапты орындаушы) takes the registered request, prepares the result or a
    /// reasoned refusal, and the канцелярия or the ЦОН issues it — VKO preschool queue (канцелярия 15 min +
    /// сотрудник 15 min), Kyzylorda unemployed certificate, targeted social assistance, preschool registration.
    ExecutorOnly,
    /// Only the канцелярия: it registers the application and issues the result it is (the receipt) — Almaty
    /// home-schooling documents, two 15-minute steps of the clerk.
    ClerkOnly,
};

QString pathName(Path path); ///< "head_and_executor", "executor_only", "clerk_only"
std::optional<Path> pathFromName(const QString& name);
QList<Path> allPaths();
/// For people, in the current UI language: who acts, e.g. «head → executor → head».
QString pathTitle(Path path);

} // namespace kense
