// kensectl central …, sync …, exchange …: the desk and the central PostgreSQL database, and packages for desks
// without a link.
#include "Cli.h"
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
#include <QSaveFile>

namespace kense::cli {

using namespace kense::sync;

namespace {

QCommandLineOption urlOption()
{
    return QCommandLineOption(QStringLiteral("url"), QStringLiteral("The central database."),
                              QStringLiteral("postgresql://USER@HOST:PORT/DB"));
}

CentralAddress addressOf(const QCommandLineParser& p, const QCommandLineOption& url)
{
    if (!p.isSet(url))
        throw Failure{BadInput, QStringLiteral("--url postgresql://USER@HOST:PORT/DB is required")};
    QString error;
    const auto a = CentralAddress::parse(p.value(url), &error);
    if (!a)
        throw Failure{BadInput, QStringLiteral("--url: ") + error};
    return *a;
}

/// PGPASSWORD, else the keychain. Never the command line.
QString passwordFor(const CentralAddress& a)
{
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return qEnvironmentVariable("PGPASSWORD");
    const Secret s = SecretStore::read(SecretStore::centralKey(a.url()));
    switch (s.status) {
    case Secret::Status::Ok:
        return QString::fromUtf8(s.data);
    case Secret::Status::NotFound:
        throw Failure{No, QStringLiteral("no password for %1 in the keychain: store it with kensectl central password "
                                         "--url %1 --password-stdin, or set PGPASSWORD")
                              .arg(a.url())};
    case Secret::Status::NoKeychain:
    case Secret::Status::Failed:
        break;
    }
    throw Failure{No, QStringLiteral("the keychain is not available here (%1): set PGPASSWORD").arg(s.error)};
}

std::unique_ptr<Central> connect(const CentralAddress& a)
{
    try {
        return std::make_unique<Central>(a, passwordFor(a));
    } catch (const StorageError& e) {
        throw Failure{No, e.message};
    }
}

QByteArray keyOf(const QString& desk)
{
    const Secret s = SecretStore::read(SecretStore::exchangeKey(desk));
    if (s.status == Secret::Status::Ok)
        return s.data;
    if (s.status == Secret::Status::NotFound)
        throw Failure{No, QStringLiteral("the keychain holds no exchange key of desk %1 (kensectl exchange key new, or "
                                         "exchange key add --desk %1 --from FILE)")
                              .arg(desk)};
    throw Failure{No, QStringLiteral("the keychain is not available (%1)").arg(s.error)};
}

QJsonObject reportJson(const SyncReport& r)
{
    return QJsonObject{{QStringLiteral("uploaded"), r.uploaded}, {QStringLiteral("flagged"), r.flagged},
                       {QStringLiteral("skipped"), r.skipped},   {QStringLiteral("pulled"), r.pulled},
                       {QStringLiteral("applied"), r.applied},   {QStringLiteral("conflicts"), r.conflicts},
                       {QStringLiteral("waiting"), r.waiting}};
}

int centralCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from standard input."));
    p.addOptions({url, passwordStdin});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl central init|migrate|status|conflicts|password --url URL"));
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
    const auto central = connect(a);
    try {
        if (verb == QLatin1String("init")) {
            central->init();
            Context::printLine(
                QStringLiteral("%1: central schema %2 created").arg(a.url()).arg(Central::kSchemaVersion));
            return Ok;
        }
        if (verb == QLatin1String("migrate")) {
            const int n = central->migrate();
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
                                       {QStringLiteral("accepted"), c.accepted}});
                if (!ctx.json())
                    Context::printLine(QStringLiteral("%1  %2  %3 %4 → %5 at %6%7")
                                           .arg(c.number, c.state, c.desk, c.kind, c.toState, c.at,
                                                c.accepted ? QString() : QStringLiteral("  (not applied)")));
            }
            if (ctx.json())
                Context::printJson(out);
            return list.isEmpty() ? Ok : No;
        }
    } catch (const StorageError& e) {
        throw Failure{No, e.message};
    }
    throw Failure{
        BadInput,
        QStringLiteral("unknown central command '%1' (init, migrate, status, conflicts, password)").arg(verb)};
}

int runSync(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption url = urlOption();
    const QCommandLineOption batch(
        QStringLiteral("batch"), QStringLiteral("Changes per upload batch (default 2000; pulls read 4 times as many)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    p.addOptions({Context::dbOption(), url, batch});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl sync --db FILE --url postgresql://USER@HOST:PORT/DB [--batch N]"));
    const int size = p.value(batch).toInt();
    if (size < 1 || size > 10000)
        throw Failure{BadInput, QStringLiteral("--batch: 1 to 10000")};
    const CentralAddress a = addressOf(p, url);
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
        return Ok;
    } catch (const StorageError& e) {
        throw Failure{No, e.message};
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
        Context::printJson(QJsonObject{{QStringLiteral("desk"), Outbox::deskCode(queue.db())},
                                       {QStringLiteral("waiting"), waiting},
                                       {QStringLiteral("last_sync"), last},
                                       {QStringLiteral("conflicts"), conflicts}});
    else
        Context::printLine(QStringLiteral("%1: %2 changes waiting, last sync %3, %4 requests in conflict")
                               .arg(Outbox::deskCode(queue.db()))
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
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    const QCommandLineOption take(QStringLiteral("take"), QStringLiteral("The other desk's change to take."),
                                  QStringLiteral("EVENT"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep this desk's state."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    p.addOptions({Context::dbOption(), as, take, keep, note});
    const QStringList pos = ctx.parse(
        p, 1, 1, QStringLiteral("kensectl sync decide NUMBER --as LOGIN --keep|--take EVENT [--note TEXT] --db FILE"));
    if (!p.isSet(as) || p.isSet(take) == p.isSet(keep))
        throw Failure{BadInput, QStringLiteral("--as LOGIN and one of --keep or --take EVENT are required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord admin = queue.user(p.value(as));
    const QString number = pos.first().trimmed().toUpper();
    try {
        Conflicts(queue.db()).decide(number, p.value(take), admin, QDateTime::currentDateTime(), p.value(note));
    } catch (const StorageError& e) {
        throw Failure{No, e.message};
    }
    Context::printLine(
        QStringLiteral("%1: decided; the decision reaches the other desks at the next sync").arg(number));
    return Ok;
}

int exchangeKey(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption desk(QStringLiteral("desk"), QStringLiteral("The other desk."), QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Its key file."), QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Where to write the key file."),
                                QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), desk, from, to});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl exchange key new --db FILE --to KEYFILE | exchange key add --desk CODE "
                                 "--from KEYFILE"));
    if (pos.first() == QLatin1String("new")) {
        if (!p.isSet(to))
            throw Failure{BadInput, QStringLiteral("--to KEYFILE is required: the importing side needs the key")};
        Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
        queue.desk();
        const QString code = Outbox::deskCode(queue.db());
        const QByteArray key = ExchangePackage::newKey();
        const Secret s = SecretStore::write(SecretStore::exchangeKey(code), key);
        if (s.status != Secret::Status::Ok)
            throw Failure{No, QStringLiteral("the key was not stored: the keychain says %1").arg(s.error)};
        QSaveFile file(p.value(to));
        if (!file.open(QIODevice::WriteOnly) || file.write(code.toUtf8() + ' ' + key.toHex() + '\n') < 0 ||
            !file.commit())
            throw Failure{BadInput, QStringLiteral("%1: cannot write (%2)").arg(p.value(to), file.errorString())};
        QFile::setPermissions(p.value(to), QFile::ReadOwner | QFile::WriteOwner);
        Context::printLine(QStringLiteral("desk %1: new exchange key %2 in the keychain; carry %3 to the importing "
                                          "side and delete it there once added")
                               .arg(code, ExchangePackage::keyId(key), p.value(to)));
        return Ok;
    }
    if (pos.first() == QLatin1String("add")) {
        if (!p.isSet(from))
            throw Failure{BadInput, QStringLiteral("--from KEYFILE is required")};
        QFile file(p.value(from));
        if (!file.open(QIODevice::ReadOnly))
            throw Failure{BadInput, QStringLiteral("%1: cannot read (%2)").arg(p.value(from), file.errorString())};
        const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
        const QByteArray key = parts.size() == 2 ? QByteArray::fromHex(parts[1]) : QByteArray();
        if (key.size() != 32)
            throw Failure{BadInput, QStringLiteral("%1: not a Kense exchange key file").arg(p.value(from))};
        const QString code = QString::fromUtf8(parts[0]);
        if (p.isSet(desk) && p.value(desk) != code)
            throw Failure{
                BadInput,
                QStringLiteral("%1 holds the key of desk %2, not %3").arg(p.value(from), code, p.value(desk))};
        const Secret s = SecretStore::write(SecretStore::exchangeKey(code), key);
        if (s.status != Secret::Status::Ok)
            throw Failure{No, QStringLiteral("the key was not stored: the keychain says %1").arg(s.error)};
        Context::printLine(
            QStringLiteral("the exchange key %1 of desk %2 is in the keychain").arg(ExchangePackage::keyId(key), code));
        return Ok;
    }
    throw Failure{BadInput, QStringLiteral("exchange key: new or add")};
}

int exchangeCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("key"))
        return exchangeKey(ctx);
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The package to write."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The package to read."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   QStringLiteral("Export the changes after this one (again)."), QStringLiteral("SEQ"));
    const QCommandLineOption url = urlOption();
    p.addOptions({Context::dbOption(), to, from, after, url});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl exchange export --db FILE --to PACKAGE [--after SEQ] | exchange import "
                             "(--db FILE | --url URL) --from PACKAGE"));
    try {
        if (verb == QLatin1String("export")) {
            if (!p.isSet(to))
                throw Failure{BadInput, QStringLiteral("--to PACKAGE is required")};
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            queue.desk();
            std::optional<qint64> since;
            if (p.isSet(after))
                since = p.value(after).toLongLong();
            const auto m = ExchangePackage::write(queue.db(), p.value(to), keyOf(Outbox::deskCode(queue.db())), since);
            if (!m) {
                Context::printLine(QStringLiteral("nothing new since the last package; no file written"));
                return Ok;
            }
            if (ctx.json())
                Context::printJson(QJsonObject{{QStringLiteral("desk"), m->desk},
                                               {QStringLiteral("from"), m->fromSeq},
                                               {QStringLiteral("to"), m->toSeq},
                                               {QStringLiteral("count"), m->count},
                                               {QStringLiteral("sha256"), m->bodySha256}});
            else
                Context::printLine(QStringLiteral("%1: changes %2 to %3 of desk %4 (%5), signed with key %6")
                                       .arg(p.value(to))
                                       .arg(m->fromSeq)
                                       .arg(m->toSeq)
                                       .arg(m->desk)
                                       .arg(m->count)
                                       .arg(m->keyId));
            return Ok;
        }
        if (verb == QLatin1String("import")) {
            if (!p.isSet(from))
                throw Failure{BadInput, QStringLiteral("--from PACKAGE is required")};
            const VerifiedPackage package = ExchangePackage::read(
                p.value(from), [](const QString& desk) { return std::optional<QByteArray>(keyOf(desk)); });
            if (p.isSet(url)) {
                const auto central = connect(addressOf(p, url));
                const UploadResult r = ExchangePackage::import(*central, package);
                Context::printLine(QStringLiteral("%1: %2 changes applied at the centre, %3 flagged, %4 there already")
                                       .arg(p.value(from))
                                       .arg(r.accepted)
                                       .arg(r.conflicts)
                                       .arg(r.skipped));
                return Ok;
            }
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            queue.desk();
            const PackageImport r = ExchangePackage::import(queue.db(), package);
            if (r.alreadyImported) {
                Context::printLine(QStringLiteral("%1: imported before; nothing changed").arg(p.value(from)));
                return Ok;
            }
            Context::printLine(QStringLiteral("%1: %2 applied, %3 conflicts, %4 here already, %5 for other offices; "
                                              "%6 to pass on to the centre")
                                   .arg(p.value(from))
                                   .arg(r.applied)
                                   .arg(r.conflicts)
                                   .arg(r.skipped)
                                   .arg(r.notAddressed)
                                   .arg(r.relayed));
            return Ok;
        }
    } catch (const StorageError& e) {
        throw Failure{No, e.message};
    }
    throw Failure{BadInput, QStringLiteral("unknown exchange command '%1' (export, import, key)").arg(verb)};
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

int centralOrExchangeCommand(Context& ctx, const QString& command, const QString& verb)
{
    return command == QLatin1String("central") ? centralCommand(ctx, verb) : exchangeCommand(ctx, verb);
}

} // namespace kense::cli
