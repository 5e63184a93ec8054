// kensectl sync …: the desk meets the central PostgreSQL database.
#include "CentralAccess.h"
#include "DeskRepository.h"
#include "Queue.h"
#include "SqlUtil.h"
#include "sync/Central.h"
#include "sync/CentralSettings.h"
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

int runSync(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption batch(
        QStringLiteral("batch"), QStringLiteral("Changes per upload batch (default 2000; pulls read 4 times as many)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    p.addOptions({Context::dbOption(), url, batch});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl sync --db FILE [--url postgresql://USER@HOST:PORT/DB] [--batch N]"));
    const int size = p.value(batch).toInt();
    if (size < 1 || size > 10000)
        throw Failure{BadInput, QStringLiteral("--batch: 1 to 10000")};
    const CentralAddress a = deskAddressOf(p, url);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    queue.desk();
    const auto central = connect(a);
    try {
        const SyncReport r = SyncEngine(queue.db(), *central, size).run();
        if (ctx.json())
            Context::printJson(reportJson(r));
        else
            Context::printLine(QStringLiteral("uploaded %1 (%2 flagged as conflicts, %3 there already), pulled %4: "
                                              "%5 applied, %6 conflicts; %7 waiting")
                                   .arg(r.uploaded)
                                   .arg(r.flagged)
                                   .arg(r.skipped)
                                   .arg(r.pulled)
                                   .arg(r.applied)
                                   .arg(r.conflicts)
                                   .arg(r.waiting));
        if (!ctx.json() && r.pruned > 0)
            Context::printLine(QStringLiteral("let go of %1 changes the centre confirmed more than %2 days ago")
                                   .arg(r.pruned)
                                   .arg(CentralSettings::keepConfirmedDays()));
        if (!ctx.json() && r.recovered > 0)
            Context::printLine(QStringLiteral("caught up after a restore: %1 of this desk's own changes brought back "
                                              "from the centre")
                                   .arg(r.recovered));
        return Ok;
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
}

int syncStatus(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({Context::dbOption()});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl sync status --db FILE"));
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const qint64 waiting = Outbox::waiting(queue.db());
    const QString last = Outbox::mark(queue.db(), QStringLiteral("last_sync"));
    const qint64 conflicts = Conflicts(queue.db()).openCount();
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("desk"), DeskRepository::thisDeskCode(queue.db())},
                                       {QStringLiteral("waiting"), waiting},
                                       {QStringLiteral("last_sync"), last},
                                       {QStringLiteral("conflicts"), conflicts}});
    else
        Context::printLine(QStringLiteral("%1: %2 changes waiting, last sync %3, %4 requests in conflict")
                               .arg(DeskRepository::thisDeskCode(queue.db()))
                               .arg(waiting)
                               .arg(last.isEmpty() ? QStringLiteral("never") : last)
                               .arg(conflicts));
    return Ok;
}

int syncConflicts(Context& ctx)
{
    QCommandLineParser p;
    p.addOptions({Context::dbOption()});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl sync conflicts --db FILE"));
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const QList<ConflictRecord> list = Conflicts(queue.db()).open();
    QJsonArray out;
    for (const ConflictRecord& c : list) {
        out.append(QJsonObject{{QStringLiteral("number"), c.number},
                               {QStringLiteral("here"), c.localState},
                               {QStringLiteral("event"), c.eventUuid},
                               {QStringLiteral("desk"), c.origin},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("to"), c.toState},
                               {QStringLiteral("user"), c.user}});
        if (!ctx.json())
            Context::printLine(QStringLiteral("%1  here %2  |  %3 by %4: %5 → %6  (event %7)")
                                   .arg(c.number, c.localState, c.origin, c.user, c.kind, c.toState, c.eventUuid));
    }
    if (ctx.json())
        Context::printJson(out);
    return list.isEmpty() ? Ok : No;
}

int syncDecide(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption take(QStringLiteral("take"), QStringLiteral("The other desk's change to take."),
                                  QStringLiteral("EVENT"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep this desk's state."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the centre administrator's password from standard input (else PGPASSWORD or the "
                       "keychain)."));
    p.addOptions({Context::dbOption(), url, passwordStdin, take, keep, note});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl sync decide NUMBER --keep|--take EVENT [--note TEXT] --db FILE "
                                 "--url postgresql://ADMIN@HOST:PORT/DB [--password-stdin]"));
    if (p.isSet(take) == p.isSet(keep))
        throw Failure{BadInput, QStringLiteral("one of --keep or --take EVENT is required")};
    if (!p.isSet(url))
        throw Failure{BadInput, QStringLiteral("--url with the login of an administrator of the centre is required: a "
                                               "conflict is decided at the centre (kensectl central admin add)")};
    const CentralAddress a = addressOf(p, url);
    std::optional<QString> password;
    if (p.isSet(passwordStdin))
        password = Context::readLineFromStdin();
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const QString number = pos.first().trimmed().toUpper();
    QString event;
    try {
        event = Conflicts(queue.db()).chosenEvent(number, p.value(take));
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    const auto central = connect(a, password);
    try {
        const ConflictDecision d = central->decideConflict(number, event, p.value(note), QDateTime::currentDateTime());
        Context::printLine(QStringLiteral("%1: decided at the centre (%2, change %3); the decision reaches the desks "
                                          "at their next sync")
                               .arg(number, d.state, d.event));
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    return Ok;
}

} // namespace

int syncCommand(Context& ctx, const QString& verb)
{
    if (verb.isEmpty())
        return runSync(ctx);
    if (verb == QLatin1String("status"))
        return syncStatus(ctx);
    if (verb == QLatin1String("conflicts"))
        return syncConflicts(ctx);
    if (verb == QLatin1String("decide"))
        return syncDecide(ctx);
    throw Failure{BadInput, QStringLiteral("unknown sync command '%1' (status, conflicts, decide)").arg(verb)};
}

} // namespace kense::cli
