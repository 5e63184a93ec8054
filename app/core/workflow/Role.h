#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// The roles a signed-in user can hold. One user may hold several (in Aktobe enrollment the executor also
/// takes the documents).
enum class Role
{
    Clerk,        ///< канцелярия / кеңсе қызметкері of the provider
    TsonOperator, ///< ЦОН / Мемлекеттік корпорация operator, incl. rural representations
    AkimOfficer,  ///< the specialist of a rural akim's apparatus who takes applications there (Channel::Akim)
    Head,         ///< руководитель / басшы
    Executor,     ///< ответственный исполнитель / жауапты орындаушы
    Administrator
};

QString roleName(Role role); // "clerk", "tson_operator", "akim_officer", "head", "executor", "administrator"
std::optional<Role> roleFromName(const QString& name);
QList<Role> allRoles();
/// The role's title for people, in the current UI language.
QString roleTitle(Role role);
/// Whether a holder of the role signs or is named on printed documents (receipts, results, registers): every role but
/// the administrator's. Such an account carries its surname and given name in full.
bool isNamedOnDocuments(Role role);

/// Who performs a step of a regulation. Besides the user roles, the regulations name the courier, the applicant
/// and information systems (ИИС ЦОН, ЖАО АЖ, ШЭП) as actors of steps; nobody signs in as those.
enum class StepActor
{
    Clerk,
    TsonOperator,
    AkimOfficer,
    Head,
    Executor,
    Courier,
    Applicant,
    System
};

QString stepActorName(StepActor actor);
/// Who performs the step, for people, in the current UI language (the role's title, the courier, the applicant, an
/// information system).
QString stepActorTitle(StepActor actor);
std::optional<StepActor> stepActorFromName(const QString& name);
QString stepActorNames();

} // namespace kense
