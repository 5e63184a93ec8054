#include "Cli.h"
#include "Queue.h"
#include "SqlUtil.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kense::cli {

namespace {
QList<Role> parseRoles(const QString& text)
{
    QList<Role> roles;
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto r = roleFromName(name.trimmed());
        if (!r)
            throw Failure{BadInput,
                          QStringLiteral("--roles: \"%1\" is not one of clerk, tson_operator, akim_officer, head, "
                                         "executor, administrator")
                              .arg(name)};
        roles << *r;
    }
    if (roles.isEmpty())
        throw Failure{BadInput, QStringLiteral("--roles is required (e.g. --roles clerk,executor)")};
    return roles;
}

/// The name from --surname, --given-name and --patronymic, or from --name in one line («Surname Given Patronymic»,
/// as scripts gave it before the three parts); never both.
PersonalName nameOf(const QCommandLineParser& p, const QCommandLineOption& line, const QList<QCommandLineOption>& parts)
{
    const bool anyPart = std::any_of(parts.begin(), parts.end(), [&](const auto& o) { return p.isSet(o); });
    if (p.isSet(line) && anyPart)
        throw Failure{BadInput, QStringLiteral("--name is the whole name in one line: give it, or --surname, "
                                               "--given-name and --patronymic, not both")};
    if (p.isSet(line))
        return splitPersonalName(p.value(line));
    return PersonalName{p.value(parts.at(0)), p.value(parts.at(1)), p.value(parts.at(2))};
}

QJsonObject userJson(const UserRecord& u)
{
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(roleName(r));
    return QJsonObject{{QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.fullName},
                       {QStringLiteral("surname"), u.name.surname},
                       {QStringLiteral("given_name"), u.name.givenName},
                       {QStringLiteral("patronymic"), u.name.patronymic},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("disabled"), u.disabled}};
}
} // namespace

int userCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("The whole name in one line: surname, given name, patronymic."),
                                  QStringLiteral("NAME"));
    const QList<QCommandLineOption> nameParts{
        {QStringLiteral("surname"), QStringLiteral("Surname."), QStringLiteral("SURNAME")},
        {QStringLiteral("given-name"), QStringLiteral("Given name."), QStringLiteral("NAME")},
        {QStringLiteral("patronymic"), QStringLiteral("Patronymic, if the person has one."),
         QStringLiteral("PATRONYMIC")}};
    const QCommandLineOption roles(QStringLiteral("roles"), QStringLiteral("Comma-separated roles."),
                                   QStringLiteral("ROLES"));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator (or, for passwd, the user)."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption enable(QStringLiteral("enable"), QStringLiteral("Enable instead of disable."));
    p.addOptions({Context::dbOption(), as, Context::passwordStdinOption()});
    // The acting user's password is standard input's first line; a new password, where one is set, the second.
    const QString signedInUsage = QStringLiteral(" --as ADMIN --password-stdin --db FILE");
    QStringList pos;
    try {
        if (verb == QLatin1String("add")) {
            p.addOptions({name, roles});
            p.addOptions(nameParts);
            pos = ctx.parse(p, 1, 1,
                            QStringLiteral("kensectl user add LOGIN (--surname S --given-name G [--patronymic P] | "
                                           "--name \"S G P\") --roles R1,R2") +
                                signedInUsage);
            const QList<Role> r = parseRoles(p.value(roles));
            const PersonalName n = nameOf(p, name, nameParts);
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            const UserRecord admin = queue.signIn(p); // who may add: the store's rule (requireAdministrator)
            const UserRecord u =
                UserRepository(queue.db())
                    .add(pos.first(), n, r, Context::readLineFromStdin(), QDateTime::currentDateTime(), admin.id);
            ctx.json() ? Context::printJson(userJson(u)) : Context::printLine(QStringLiteral("added ") + u.login);
            return Ok;
        }
        if (verb == QLatin1String("rename")) {
            p.addOption(name);
            p.addOptions(nameParts);
            pos = ctx.parse(p, 1, 1,
                            QStringLiteral("kensectl user rename LOGIN (--surname S --given-name G [--patronymic P] | "
                                           "--name \"S G P\")") +
                                signedInUsage);
            const PersonalName n = nameOf(p, name, nameParts);
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            const UserRecord admin = queue.signIn(p); // who may: the store's rule (requireAdministrator)
            UserRepository users(queue.db());
            users.setName(pos.first(), n, admin.id, QDateTime::currentDateTime());
            const UserRecord u = *users.byLogin(pos.first());
            ctx.json() ? Context::printJson(userJson(u))
                       : Context::printLine(QStringLiteral("%1 is now %2").arg(u.login, u.fullName));
            return Ok;
        }
        if (verb == QLatin1String("roles")) {
            p.addOption(roles);
            pos = ctx.parse(p, 1, 1, QStringLiteral("kensectl user roles LOGIN --roles R1,R2") + signedInUsage);
            const QList<Role> r = parseRoles(p.value(roles));
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            const UserRecord admin = queue.signIn(p); // who may: the store's rule (requireAdministrator)
            UserRepository users(queue.db());
            users.setRoles(pos.first(), r, admin.id, QDateTime::currentDateTime());
            const UserRecord u = *users.byLogin(pos.first());
            ctx.json() ? Context::printJson(userJson(u))
                       : Context::printLine(QStringLiteral("%1's roles changed").arg(u.login));
            return Ok;
        }
        if (verb == QLatin1String("list")) {
            ctx.parse(p, 0, 0, QStringLiteral("kensectl user list --db FILE [--json]"));
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            QJsonArray out;
            for (const UserRecord& u : UserRepository(queue.db()).list()) {
                if (ctx.json()) {
                    out.append(userJson(u));
                    continue;
                }
                QStringList rs;
                for (Role r : u.roles)
                    rs << roleName(r);
                Context::printLine(
                    QStringLiteral("%1  %2  %3%4")
                        .arg(u.login, -20)
                        .arg(u.fullName, -30)
                        .arg(rs.join(QLatin1Char(',')), u.disabled ? QStringLiteral("  (disabled)") : QString()));
            }
            if (ctx.json())
                Context::printJson(out);
            return Ok;
        }
        if (verb == QLatin1String("passwd")) {
            pos = ctx.parse(p, 1, 1,
                            QStringLiteral("kensectl user passwd LOGIN --as LOGIN|ADMIN --password-stdin --db FILE"));
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            // A user changes their own password with the one they have; anyone else's takes an administrator (the
            // store's rule).
            const UserRecord by = queue.signIn(p);
            UserRepository(queue.db())
                .setPassword(pos.first(), Context::readLineFromStdin(), by.id, QDateTime::currentDateTime());
            if (!ctx.json())
                Context::printLine(QStringLiteral("password changed for ") + pos.first());
            else
                Context::printJson(
                    QJsonObject{{QStringLiteral("login"), pos.first()}, {QStringLiteral("password_changed"), true}});
            return Ok;
        }
        if (verb == QLatin1String("disable")) {
            p.addOption(enable);
            pos = ctx.parse(p, 1, 1, QStringLiteral("kensectl user disable LOGIN [--enable]") + signedInUsage);
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            // Who may, and not their own account: the store's rules.
            const UserRecord admin = queue.signIn(p);
            UserRepository(queue.db())
                .setDisabled(pos.first(), !p.isSet(enable), admin.id, QDateTime::currentDateTime());
            if (ctx.json())
                Context::printJson(QJsonObject{{QStringLiteral("login"), pos.first()},
                                               {QStringLiteral("disabled"), !p.isSet(enable)}});
            else
                Context::printLine((p.isSet(enable) ? QStringLiteral("enabled ") : QStringLiteral("disabled ")) +
                                   pos.first());
            return Ok;
        }
    } catch (const StorageError& e) {
        throw Failure::of(e, No); // refused by the store's rules: who may, and what a password must be
    }
    throw Failure{BadInput,
                  QStringLiteral("unknown subcommand 'user %1' (add, rename, roles, list, passwd, disable)").arg(verb)};
}

} // namespace kense::cli
