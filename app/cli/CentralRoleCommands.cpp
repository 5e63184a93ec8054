// kensectl central desk …|admin …: the centre's logins (sync::CentralRoles), made by the centre's administrator.
#include "CentralAccess.h"
#include "sync/CentralRoles.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

namespace {

QJsonObject roleJson(const DeskRole& r)
{
    return QJsonObject{{QStringLiteral("role"), r.role},          {QStringLiteral("desk"), r.desk},
                       {QStringLiteral("office"), r.office},      {QStringLiteral("disabled"), r.disabled},
                       {QStringLiteral("added_at"), r.addedAt},   {QStringLiteral("last_upload"), r.lastUpload},
                       {QStringLiteral("last_pull"), r.lastPull}, {QStringLiteral("relayed_by"), r.relayedBy}};
}

int deskCommand(Context& ctx, CentralRoles& roles, const QCommandLineParser& p, const QStringList& pos,
                const QCommandLineOption& passwordStdin, const QCommandLineOption& relayedBy)
{
    const QString act = pos.value(0);
    if (act == QLatin1String("list")) {
        const QList<DeskRole> list = roles.desks();
        QJsonArray out;
        for (const DeskRole& r : list) {
            out.append(roleJson(r));
            if (!ctx.json())
                Context::printLine(QStringLiteral("%1  %2%3  last upload %4, last pull %5")
                                       .arg(r.desk, r.role, r.disabled ? QStringLiteral("  (disabled)") : QString(),
                                            r.lastUpload.isEmpty() ? QStringLiteral("never") : r.lastUpload,
                                            r.lastPull.isEmpty() ? QStringLiteral("never") : r.lastPull));
        }
        if (ctx.json())
            Context::printJson(out);
        return Ok;
    }
    if (act != QLatin1String("add") && act != QLatin1String("disable"))
        throw Failure{BadInput, QStringLiteral("central desk: add, list or disable")};
    const QString desk = pos.value(1);
    if (desk.isEmpty() || pos.size() > 2)
        throw Failure{BadInput, QStringLiteral("central desk %1 CODE: one desk code (KZOEDU01-1)").arg(act)};
    if (act == QLatin1String("add")) {
        if (!p.isSet(passwordStdin))
            throw Failure{BadInput, QStringLiteral("--password-stdin is required: the desk's new password is read "
                                                   "from standard input, never from the command line")};
        const QString password = Context::readLineFromStdin();
        const QString role = roles.addDesk(desk, password, p.value(relayedBy));
        if (ctx.json())
            Context::printJson(QJsonObject{{QStringLiteral("role"), role},
                                           {QStringLiteral("desk"), desk},
                                           {QStringLiteral("office"), desk.section(QLatin1Char('-'), 0, 0)}});
        else
            Context::printLine(QStringLiteral("desk %1 logs in as %2 (it may only call the desks' functions); "
                                              "set that user and password in the desk's Settings → Central server")
                                   .arg(desk, role));
        return Ok;
    }
    roles.disableDesk(desk);
    Context::printLine(QStringLiteral("desk %1 can no longer log in; what it sent stays").arg(desk));
    return Ok;
}

} // namespace

int centralRoleCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the desk's new password from standard input."));
    const QCommandLineOption relayedBy(QStringLiteral("relayed-by"),
                                       QStringLiteral("The desk that passes on this desk's packages."),
                                       QStringLiteral("HUB"));
    p.addOptions({url, passwordStdin, relayedBy});
    const QStringList pos = ctx.parse(
        p, 1, 2,
        QStringLiteral(
            "kensectl central desk add CODE --password-stdin [--relayed-by HUB] | desk list | desk disable CODE | "
            "admin add LOGIN  (--url OWNER_URL [--json])"));
    const auto central = connect(addressOf(p, url));
    CentralRoles roles(*central);
    try {
        if (verb == QLatin1String("desk"))
            return deskCommand(ctx, roles, p, pos, passwordStdin, relayedBy);
        if (pos.value(0) != QLatin1String("add") || pos.size() != 2)
            throw Failure{BadInput, QStringLiteral("central admin add LOGIN")};
        roles.addAdministrator(pos.value(1));
        Context::printLine(
            QStringLiteral("%1 may decide conflicts at this centre (and reads no table)").arg(pos.value(1)));
        return Ok;
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
}

} // namespace kense::cli
