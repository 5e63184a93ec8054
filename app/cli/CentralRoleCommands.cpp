// kensectl central desk …|admin …: the centre's logins (sync::CentralRoles), made by the centre's administrator.
#include "CentralAccess.h"
#include "KeyFile.h"
#include "sync/CentralRoles.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

namespace {

QJsonObject roleJson(const DeskRole& r)
{
    return QJsonObject{{QStringLiteral("role"), r.role},
                       {QStringLiteral("desk"), r.desk},
                       {QStringLiteral("office"), r.office},
                       {QStringLiteral("disabled"), r.disabled},
                       {QStringLiteral("added_at"), r.addedAt},
                       {QStringLiteral("last_upload"), r.lastUpload},
                       {QStringLiteral("last_pull"), r.lastPull},
                       {QStringLiteral("relayed_by"), r.relayedBy},
                       {QStringLiteral("exchange_key"), r.keyFingerprint}};
}

struct DeskOptions
{
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the desk's new password from standard input.")};
    QCommandLineOption relayedBy{QStringLiteral("relayed-by"),
                                 QStringLiteral("The desk that passes on this desk's packages."),
                                 QStringLiteral("HUB")};
    QCommandLineOption replace{QStringLiteral("replace"), QStringLiteral("Replace the exchange key held now.")};
};

/// central desk key CODE --from KEYFILE [--replace]: the key the centre checks the desk's passed-on changes with.
int deskKeyCommand(CentralRoles& roles, const QCommandLineParser& p, const QString& desk, const DeskOptions& o)
{
    if (!p.isSet(Context::fromOption()))
        throw Failure{BadInput, QStringLiteral("--from KEYFILE is required: the public key file desk %1 made "
                                               "(kensectl exchange key new there)")
                                    .arg(desk)};
    const QString file = p.value(Context::fromOption());
    const ExchangePublicKey key = KeyFile::readPublic(file);
    if (key.party != desk)
        throw Failure{BadInput, QStringLiteral("%1 holds the key of %2, not %3").arg(file, key.party, desk)};
    const QString replaced = roles.setExchangeKey(key, p.isSet(o.replace));
    if (replaced.isEmpty())
        Context::printLine(QStringLiteral("the centre checks the changes of desk %1 that other desks pass on with "
                                          "its key, fingerprint %2 — check it with the desk (kensectl exchange key "
                                          "show there)")
                               .arg(desk, key.fingerprint()));
    else
        Context::printLine(QStringLiteral("the exchange key of desk %1 at the centre was replaced: %2 → %3")
                               .arg(desk, replaced, key.fingerprint()));
    return Ok;
}

int deskCommand(Context& ctx, CentralRoles& roles, const QCommandLineParser& p, const QStringList& pos,
                const DeskOptions& o)
{
    const QString act = pos.value(0);
    if (act == QLatin1String("list")) {
        const QList<DeskRole> list = roles.desks();
        QJsonArray out;
        for (const DeskRole& r : list) {
            out.append(roleJson(r));
            if (!ctx.json())
                Context::printLine(QStringLiteral("%1  %2%3  last upload %4, last pull %5%6")
                                       .arg(r.desk, r.role, r.disabled ? QStringLiteral("  (disabled)") : QString(),
                                            r.lastUpload.isEmpty() ? QStringLiteral("never") : r.lastUpload,
                                            r.lastPull.isEmpty() ? QStringLiteral("never") : r.lastPull,
                                            r.keyFingerprint.isEmpty()
                                                ? QString()
                                                : QStringLiteral(", exchange key %1").arg(r.keyFingerprint)));
        }
        if (ctx.json())
            Context::printJson(out);
        return Ok;
    }
    if (act != QLatin1String("add") && act != QLatin1String("disable") && act != QLatin1String("key"))
        throw Failure{BadInput, QStringLiteral("central desk: add, list, key or disable")};
    const QString desk = pos.value(1);
    if (desk.isEmpty() || pos.size() > 2)
        throw Failure{BadInput, QStringLiteral("central desk %1 CODE: one desk code (KZOEDU01-1)").arg(act)};
    if (act == QLatin1String("key"))
        return deskKeyCommand(roles, p, desk, o);
    if (act == QLatin1String("add")) {
        if (!p.isSet(o.passwordStdin))
            throw Failure{BadInput, QStringLiteral("--password-stdin is required: the desk's new password is read "
                                                   "from standard input, never from the command line")};
        const QString password = Context::readLineFromStdin();
        const QString role = roles.addDesk(desk, password, p.value(o.relayedBy));
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
    const DeskOptions o;
    p.addOptions({url, o.passwordStdin, o.relayedBy, o.replace, Context::fromOption()});
    const QStringList pos = ctx.parse(
        p, 1, 2,
        QStringLiteral(
            "kensectl central desk add CODE --password-stdin [--relayed-by HUB] | desk list | desk key CODE --from "
            "KEYFILE [--replace] | desk disable CODE | admin add LOGIN  (--url OWNER_URL [--json])"));
    const auto central = connect(addressOf(p, url));
    CentralRoles roles(*central);
    try {
        if (verb == QLatin1String("desk"))
            return deskCommand(ctx, roles, p, pos, o);
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
