#include "Role.h"

#include <QCoreApplication>

#include <array>

namespace kense {

namespace {
constexpr std::array<std::pair<Role, const char*>, 5> kRoles{{
    {Role::Clerk, "clerk"},
    {Role::TsonOperator, "tson_operator"},
    {Role::Head, "head"},
    {Role::Executor, "executor"},
    {Role::Administrator, "administrator"},
}};

constexpr std::array<std::pair<StepActor, const char*>, 7> kActors{{
    {StepActor::Clerk, "clerk"},
    {StepActor::TsonOperator, "tson_operator"},
    {StepActor::Head, "head"},
    {StepActor::Executor, "executor"},
    {StepActor::Courier, "courier"},
    {StepActor::Applicant, "applicant"},
    {StepActor::System, "system"},
}};
} // namespace

QString roleName(Role role)
{
    for (const auto& [r, name] : kRoles) {
        if (r == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const auto& [r, n] : kRoles) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
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
    case Role::Head:
        return QCoreApplication::translate("kense::Role", "Head");
    case Role::Executor:
        return QCoreApplication::translate("kense::Role", "Executor");
    case Role::Administrator:
        return QCoreApplication::translate("kense::Role", "Administrator");
    }
    return {};
}

QString stepActorName(StepActor actor)
{
    for (const auto& [a, name] : kActors) {
        if (a == actor)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<StepActor> stepActorFromName(const QString& name)
{
    for (const auto& [a, n] : kActors) {
        if (name == QLatin1String(n))
            return a;
    }
    return std::nullopt;
}

QString stepActorNames()
{
    QString out;
    for (const auto& entry : kActors) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QString::fromLatin1(entry.second);
    }
    return out;
}

} // namespace kense
