#include "Role.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

namespace kense {

namespace {
constexpr EnumNameTable<Role, 6> kRoles{{
    {Role::Clerk, "clerk"},
    {Role::TsonOperator, "tson_operator"},
    {Role::AkimOfficer, "akim_officer"},
    {Role::Head, "head"},
    {Role::Executor, "executor"},
    {Role::Administrator, "administrator"},
}};

constexpr EnumNameTable<StepActor, 8> kActors{{
    {StepActor::Clerk, "clerk"},
    {StepActor::TsonOperator, "tson_operator"},
    {StepActor::AkimOfficer, "akim_officer"},
    {StepActor::Head, "head"},
    {StepActor::Executor, "executor"},
    {StepActor::Courier, "courier"},
    {StepActor::Applicant, "applicant"},
    {StepActor::System, "system"},
}};
} // namespace

QString roleName(Role role)
{
    return enumName(kRoles, role);
}

std::optional<Role> roleFromName(const QString& name)
{
    return enumFromName(kRoles, name);
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto& entry : kRoles)
        out << entry.first;
    return out;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("kense::Role", "Clerk");
    case Role::TsonOperator:
        return QCoreApplication::translate("kense::Role", "Service centre operator");
    case Role::AkimOfficer:
        return QCoreApplication::translate("kense::Role", "Akim's office specialist");
    case Role::Head:
        return QCoreApplication::translate("kense::Role", "Head");
    case Role::Executor:
        return QCoreApplication::translate("kense::Role", "Executor");
    case Role::Administrator:
        return QCoreApplication::translate("kense::Role", "Administrator");
    }
    return {};
}

bool isNamedOnDocuments(Role role)
{
    return role != Role::Administrator;
}

QString stepActorTitle(StepActor actor)
{
    switch (actor) {
    case StepActor::Clerk:
        return roleTitle(Role::Clerk);
    case StepActor::TsonOperator:
        return roleTitle(Role::TsonOperator);
    case StepActor::AkimOfficer:
        return roleTitle(Role::AkimOfficer);
    case StepActor::Head:
        return roleTitle(Role::Head);
    case StepActor::Executor:
        return roleTitle(Role::Executor);
    case StepActor::Courier:
        return QCoreApplication::translate("kense::Role", "Courier");
    case StepActor::Applicant:
        return QCoreApplication::translate("kense::Role", "Applicant");
    case StepActor::System:
        return QCoreApplication::translate("kense::Role", "Information system");
    }
    return {};
}

QString stepActorName(StepActor actor)
{
    return enumName(kActors, actor);
}

std::optional<StepActor> stepActorFromName(const QString& name)
{
    return enumFromName(kActors, name);
}

QString stepActorNames()
{
    return enumNames(kActors);
}

} // namespace kense
