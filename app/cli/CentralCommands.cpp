// kensectl central …: the oblast's central PostgreSQL database.
#include "CentralAccess.h"
#include "DataInForce.h"
#include "Queue.h"
#include "SqlUtil.h"
#include "sync/Central.h"
#include "sync/Conflicts.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

namespace {

int centralCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("desk") || verb == QLatin1String("admin"))
        return centralRoleCommand(ctx, verb);
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from standard input."));
    const QCommandLineOption event(QStringLiteral("event"), QStringLiteral("The change whose state stands."),
                                   QStringLiteral("UUID"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    p.addOptions({url, passwordStdin});
    if (verb == QLatin1String("decide"))
        p.addOptions({event, note});
    const QStringList pos = ctx.parse(
        p, 0, verb == QLatin1String("decide") ? 1 : 0,
        QStringLiteral("kensectl central init|migrate|status|conflicts|password --url URL | central decide NUMBER "
                       "--event UUID [--note TEXT] --url ADMIN_URL [--password-stdin]"));
    const CentralAddress a = addressOf(p, url);
    if (verb == QLatin1String("password")) {
        if (!p.isSet(passwordStdin))
            throw Failure{BadInput, QStringLiteral("--password-stdin is required: a password never goes on the "
                                                   "command line")};
        const QString password = Context::readLineFromStdin();
        if (password.isEmpty())
            throw Failure{BadInput, QStringLiteral("the password read from standard input is empty")};
        const Secret s = SecretStore::write(SecretStore::centralKey(a.url()), password.toUtf8());
        if (s.status != Secret::Status::Ok)
            throw Failure{No, QStringLiteral("the password was not stored: the keychain says %1").arg(s.error)};
        Context::printLine(QStringLiteral("the password of %1 is in the keychain").arg(a.url()));
        return Ok;
    }
    if (verb == QLatin1String("decide") && (pos.size() != 1 || !p.isSet(event)))
        throw Failure{BadInput, QStringLiteral("kensectl central decide NUMBER --event UUID: the request and the "
                                               "change whose state stands (kensectl central conflicts)")};
    const auto central = connect(a, verb == QLatin1String("decide") && p.isSet(passwordStdin)
                                        ? std::optional<QString>(Context::readLineFromStdin())
                                        : std::nullopt);
    try {
        if (verb == QLatin1String("decide")) {
            const QString number = pos.first().trimmed().toUpper();
            const ConflictDecision d =
                central->decideConflict(number, p.value(event), p.value(note), QDateTime::currentDateTime());
            Context::printLine(QStringLiteral("%1: decided (%2, change %3); the decision reaches the desks at their "
                                              "next sync")
                                   .arg(number, d.state, d.event));
            return Ok;
        }
        if (verb == QLatin1String("init")) {
            const ServiceCatalog catalog = catalogInForce(); // each service's path, as the desks read it
            central->init(&catalog);
            Context::printLine(
                QStringLiteral("%1: central schema %2 created").arg(a.url()).arg(Central::kSchemaVersion));
            return Ok;
        }
        if (verb == QLatin1String("migrate")) {
            const ServiceCatalog catalog = catalogInForce();
            const int n = central->migrate(&catalog);
            Context::printLine(QStringLiteral("%1: schema %2 (%3 migration(s) applied)")
                                   .arg(a.url())
                                   .arg(Central::kSchemaVersion)
                                   .arg(n));
            return Ok;
        }
        if (verb == QLatin1String("status")) {
            const int version = central->schemaVersion();
            if (version == 0)
                throw Failure{No, QStringLiteral("%1 has no Kense schema yet (kensectl central init)").arg(a.url())};
            const qint64 requests = central->count(QStringLiteral("requests"));
            const qint64 events = central->count(QStringLiteral("events"));
            const qint64 desks = central->count(QStringLiteral("desks"));
            if (ctx.json())
                Context::printJson(QJsonObject{{QStringLiteral("schema"), version},
                                               {QStringLiteral("requests"), requests},
                                               {QStringLiteral("events"), events},
                                               {QStringLiteral("desks"), desks}});
            else
                Context::printLine(QStringLiteral("schema %1: %2 requests, %3 changes from %4 desks")
                                       .arg(version)
                                       .arg(requests)
                                       .arg(events)
                                       .arg(desks));
            return Ok;
        }
        if (verb == QLatin1String("conflicts")) {
            const QList<CentralConflict> list = central->conflicts();
            QJsonArray out;
            for (const CentralConflict& c : list) {
                out.append(QJsonObject{{QStringLiteral("number"), c.number},
                                       {QStringLiteral("state"), c.state},
                                       {QStringLiteral("desk"), c.desk},
                                       {QStringLiteral("kind"), c.kind},
                                       {QStringLiteral("to"), c.toState},
                                       {QStringLiteral("at"), c.at},
                                       {QStringLiteral("accepted"), c.accepted},
                                       {QStringLiteral("event"), c.event},
                                       {QStringLiteral("head"), c.head}});
                if (!ctx.json())
                    Context::printLine(QStringLiteral("%1  %2  %3 %4 → %5 at %6  (change %7)%8")
                                           .arg(c.number, c.state, c.desk, c.kind, c.toState, c.at, c.event,
                                                c.head       ? QStringLiteral("  the centre's state")
                                                : c.accepted ? QString()
                                                             : QStringLiteral("  (not applied)")));
            }
            if (ctx.json())
                Context::printJson(out);
            return list.isEmpty() ? Ok : No;
        }
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    throw Failure{
        BadInput,
        QStringLiteral("unknown central command '%1' (init, migrate, status, conflicts, decide, password, desk, admin)")
            .arg(verb)};
}

} // namespace

int centralOrExchangeCommand(Context& ctx, const QString& command, const QString& verb)
{
    return command == QLatin1String("central") ? centralCommand(ctx, verb) : exchangeCommand(ctx, verb);
}

} // namespace kense::cli
