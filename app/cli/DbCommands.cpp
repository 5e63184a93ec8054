#include "Backup.h"
#include "Cli.h"
#include "DataInForce.h"
#include "DeskRepository.h"
#include "DeskSetUp.h"
#include "DeskSettings.h"
#include "EventLog.h"
#include "OutboxDigest.h"
#include "Queue.h"
#include "RequestSeals.h"
#include "RestoreHold.h"
#include "SqlUtil.h"
#include "StateReplay.h"
#include "intake/RequestNumber.h"
#include "sync/HistorySeal.h"
#include "sync/Outbox.h"
#include "sync/SecretStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QDir().rmdir(path + QLatin1String(".openers")); // the openers' folder (OpenLock), when no one is in it
}

QString servicesLine(const QJsonObject& out)
{
    const QJsonValue v = out.value(QStringLiteral("services"));
    if (v.isString())
        return v.toString();
    QStringList ids;
    for (const QJsonValue& id : v.toArray())
        ids << id.toString();
    return ids.join(QStringLiteral(", "));
}

int init(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Office code."), QStringLiteral("CODE"));
    const QCommandLineOption desk(QStringLiteral("desk"), QStringLiteral("Desk code."), QStringLiteral("CODE"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("provider, tson or akim (a rural akim's apparatus); by default the office's usual desk."),
        QStringLiteral("KIND"));
    const QCommandLineOption officeName(QStringLiteral("office-name"), QStringLiteral("Name of a new office."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption officeKind(QStringLiteral("office-kind"), QStringLiteral("Kind of a new office."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption region(QStringLiteral("region"), QStringLiteral("Region of a new office."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption admin(QStringLiteral("admin"), QStringLiteral("Administrator's login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption adminName(QStringLiteral("admin-name"),
                                       QStringLiteral("Administrator's name: surname, given name, patronymic."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the administrator's password from standard input."));
    const QCommandLineOption services(QStringLiteral("services"),
                                      QStringLiteral("The services in force: region (default) or all."),
                                      QStringLiteral("region|all"));
    p.addOptions({Context::dbOption(), office, desk, kind, officeName, officeKind, region, admin, adminName,
                  passwordStdin, services});
    const QString usage = QStringLiteral("kensectl db init --db FILE [--office CODE --desk CODE [--kind provider|tson] "
                                         "[--office-name NAME --office-kind KIND --region R] [--services region|all] "
                                         "[--admin LOGIN --admin-name NAME --password-stdin]] [--json]");
    ctx.parse(p, 0, 0, usage);
    const QString servicesChoice = p.isSet(services) ? p.value(services) : QStringLiteral("region");
    if (servicesChoice != QLatin1String("region") && servicesChoice != QLatin1String("all"))
        throw Failure{BadInput, QStringLiteral("--services: \"%1\" is not region or all").arg(servicesChoice)};
    if (p.isSet(services) && !p.isSet(office))
        throw Failure{BadInput, QStringLiteral("--services goes with --office and --desk: it is chosen when the desk "
                                               "is set up (later: kensectl settings set services/in_force)")};
    if (p.isSet(office) != p.isSet(desk))
        throw Failure{BadInput, QStringLiteral("--office and --desk go together")};
    if (p.isSet(office) != p.isSet(admin))
        throw Failure{BadInput, QStringLiteral("a desk is set up with its first administrator: --office and --desk "
                                               "go with --admin LOGIN --password-stdin (later administrators: "
                                               "kensectl user add --as ADMIN)")};
    if (p.isSet(admin) && !p.isSet(passwordStdin))
        throw Failure{BadInput, QStringLiteral("the administrator's password comes from --password-stdin, never "
                                               "from the command line")};
    NewDesk setup;
    if (p.isSet(office)) {
        setup.officeCode = p.value(office).trimmed().toUpper();
        setup.deskCode = p.value(desk).trimmed().toUpper();
        setup.newOfficeName = p.value(officeName);
        setup.newOfficeKind = p.value(officeKind);
        setup.newOfficeRegion = p.value(region);
        setup.adminLogin = p.value(admin);
        // In the documents' order, «Surname Given Patronymic»; the first administrator is named on no document.
        setup.adminName = splitPersonalName(p.isSet(adminName) ? p.value(adminName) : p.value(admin));
        setup.password = Context::readLineFromStdin();
        if (p.isSet(kind)) {
            const auto k = channelFromName(p.value(kind));
            if (!k || *k == Channel::Portal)
                throw Failure{BadInput,
                              QStringLiteral("--kind: \"%1\" is not provider, tson or akim").arg(p.value(kind))};
            setup.kind = *k;
        }
    }
    const QString path = Context::dbPath(p);
    const bool existed = QFileInfo::exists(path);
    QJsonObject out;
    std::optional<Failure> refused;
    {
        Queue queue(path, Database::Mode::CreateIfMissing);
        out = QJsonObject{{QStringLiteral("db"), queue.database().path()},
                          {QStringLiteral("schema"), queue.database().schemaVersion()},
                          {QStringLiteral("created"), !existed}};
        try {
            if (p.isSet(office)) {
                if (!p.isSet(kind)) { // the office's usual desk: a ЦОН's is a ЦОН desk
                    OfficeRecord newOffice;
                    newOffice.kind = setup.newOfficeKind;
                    setup.kind =
                        DeskRepository(queue.db()).officeByCode(setup.officeCode).value_or(newOffice).defaultDeskKind();
                }
                const QStringList inForce = servicesChoice == QLatin1String("all")
                                                ? QStringList()
                                                : servicesOfRegion(queue.db(), catalogInForce(), setup);
                const DeskRecord d = setUpDesk(queue.db(), setup, QDateTime::currentDateTime());
                if (const auto failed = DeskSettings::setServicesInForce(inForce))
                    throw StorageError{*failed};
                out.insert(QStringLiteral("services"), inForce.isEmpty()
                                                           ? QJsonValue(QStringLiteral("all"))
                                                           : QJsonValue(QJsonArray::fromStringList(inForce)));
                out.insert(QStringLiteral("desk"), QString(d.office.code + QLatin1Char('-') + d.code));
                out.insert(QStringLiteral("kind"), channelName(d.kind));
                out.insert(QStringLiteral("admin"), setup.adminLogin);
            }
        } catch (const StorageError& e) {
            refused = Failure::of(e, BadInput);
        }
    }
    if (refused) {
        if (!existed) // nothing of a refused set-up stays behind: not even the new, empty file
            removeDatabaseFiles(path);
        throw *refused;
    }
    if (ctx.json())
        Context::printJson(out);
    else
        Context::printLine(QStringLiteral("%1: schema %2%3")
                               .arg(out.value(QStringLiteral("db")).toString())
                               .arg(out.value(QStringLiteral("schema")).toInt())
                               .arg(out.contains(QStringLiteral("desk"))
                                        ? QStringLiteral(", desk ") + out.value(QStringLiteral("desk")).toString() +
                                              QStringLiteral("; services in force: ") + servicesLine(out)
                                        : QString()));
    return Ok;
}

/// The desk key's seals, checked with the key the keychain holds for this desk. The keychain is asked even when the
/// database names no key: a key there with none named here means the seals were removed.
sync::HistorySealReport sealsOf(const QSqlDatabase& db)
try {
    const sync::Secret s = sync::SecretStore::read(sync::SecretStore::historyKey(DeskRepository::thisDeskCode(db)));
    const auto [key, since] = s.status == sync::Secret::Status::Ok ? sync::HistorySeal::fromSecret(s.data)
                                                                   : std::make_pair(QByteArray(), qint64(-1));
    sync::HistorySealReport r = sync::HistorySeal::verify(db, key, since);
    if (!r.ok() && s.status != sync::Secret::Status::Ok && s.status != sync::Secret::Status::NotFound)
        r.failure += QStringLiteral(" (the keychain: %1)").arg(s.error);
    return r;
} catch (const StorageError& e) {
    sync::HistorySealReport r;
    r.failure = QStringLiteral("its seals cannot be read: ") + e.message;
    return r;
}

int verify(Context& ctx)
{
    QCommandLineParser p;
    p.addOption(Context::dbOption());
    ctx.parse(p, 0, 0, QStringLiteral("kensectl db verify --db FILE [--json]"));
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    QString integrity;
    {
        QSqlQuery q(queue.db());
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        integrity = lines.join(QStringLiteral("; "));
    }
    const ChainReport chain = EventLog::verify(queue.db());
    SealReport seals;
    QString sealsUnchecked; // the seals are made with a desk key that is not at hand (said by `keyed` below)
    try {
        seals = RequestSeals::verify(queue.db());
    } catch (const StorageError& e) {
        sealsUnchecked = e.message;
    }
    SealReport outbox;
    try {
        outbox = OutboxDigest::verify(queue.db());
    } catch (const StorageError& e) {
        sealsUnchecked = e.message;
    }
    const SealReport states = StateReplay::verify(queue.db());
    const sync::HistorySealReport keyed = sealsOf(queue.db());
    QJsonObject out{{QStringLiteral("integrity"), integrity},
                    {QStringLiteral("events"), chain.checked},
                    {QStringLiteral("requests"), seals.checked},
                    {QStringLiteral("outbox"), outbox.checked},
                    {QStringLiteral("replayed"), states.checked},
                    {QStringLiteral("ok"), integrity == QLatin1String("ok") && chain.ok && seals.ok() && outbox.ok() &&
                                               states.ok() && keyed.ok() && sealsUnchecked.isEmpty()}};
    out.insert(QStringLiteral("desk_key"), keyed.keyId.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonObject{{QStringLiteral("key"), keyed.keyId},
                                                             {QStringLiteral("seals"), keyed.seals},
                                                             {QStringLiteral("sealed_up_to"), keyed.sealedUpTo},
                                                             {QStringLiteral("older_seals"), keyed.olderSeals},
                                                             {QStringLiteral("replaced"), keyed.replaced}});
    if (!keyed.ok())
        out.insert(QStringLiteral("unsealed"), keyed.failure);
    if (!chain.ok)
        out.insert(QStringLiteral("broken_event"), QJsonObject{{QStringLiteral("id"), chain.brokenId},
                                                               {QStringLiteral("uuid"), chain.brokenUuid},
                                                               {QStringLiteral("reason"), chain.reason}});
    if (!seals.ok())
        out.insert(QStringLiteral("broken_requests"),
                   QJsonObject{{QStringLiteral("count"), seals.broken},
                               {QStringLiteral("first"), QJsonArray::fromStringList(seals.examples)}});
    if (!outbox.ok())
        out.insert(QStringLiteral("broken_outbox"),
                   QJsonObject{{QStringLiteral("count"), outbox.broken},
                               {QStringLiteral("first"), QJsonArray::fromStringList(outbox.examples)}});
    if (!states.ok())
        out.insert(QStringLiteral("unlike_history"),
                   QJsonObject{{QStringLiteral("count"), states.broken},
                               {QStringLiteral("first"), QJsonArray::fromStringList(states.examples)}});
    if (ctx.json())
        Context::printJson(out);
    else if (out.value(QStringLiteral("ok")).toBool())
        Context::printLine(
            QStringLiteral("ok: integrity_check ok, %1 events, chain intact, %2 requests as the program "
                           "wrote them, %3 with the state and content their history records, %4 outbox changes "
                           "whole, %5")
                .arg(chain.checked)
                .arg(seals.checked)
                .arg(states.checked)
                .arg(outbox.checked)
                .arg(keyed.beforeKey ? QStringLiteral("a copy from before the desk key was made")
                     : keyed.keyId.isEmpty()
                         ? QStringLiteral("no desk key (kensectl db key new seals the history)")
                         : QStringLiteral("sealed with the desk key %1 up to event %2%3")
                               .arg(keyed.keyId)
                               .arg(std::max(keyed.sealedUpTo, keyed.head))
                               .arg(keyed.replaced.isEmpty()
                                        ? QString()
                                        : QStringLiteral(" (%1; %2 seals made with the replaced key "
                                                         "are not checked)")
                                              .arg(keyed.replaced)
                                              .arg(keyed.olderSeals))));
    if (integrity != QLatin1String("ok"))
        throw Failure{No, QStringLiteral("integrity_check: ") + integrity.left(200)};
    if (!chain.ok)
        throw Failure{No, QStringLiteral("event %1 (%2): %3").arg(chain.brokenId).arg(chain.brokenUuid, chain.reason)};
    if (!keyed.ok())
        throw Failure{No, QStringLiteral("the event log: ") + keyed.failure};
    if (!sealsUnchecked.isEmpty())
        throw Failure{No, QStringLiteral("the seals: ") + sealsUnchecked};
    if (!seals.ok())
        throw Failure{No, QStringLiteral("%1 of %2 requests changed behind the program; the first: %3")
                              .arg(seals.broken)
                              .arg(seals.checked)
                              .arg(seals.examples.first())};
    if (!states.ok())
        throw Failure{No, QStringLiteral("%1 of %2 requests are not what their history records; the first: %3")
                              .arg(states.broken)
                              .arg(states.checked)
                              .arg(states.examples.first())};
    if (!outbox.ok())
        throw Failure{No, QStringLiteral("%1 of %2 outbox changes are damaged or were changed behind the program; the "
                                         "first: %3")
                              .arg(outbox.broken)
                              .arg(outbox.checked)
                              .arg(outbox.examples.first())};
    return Ok;
}

int backup(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The copy to write."), QStringLiteral("FILE"));
    p.addOptions({Context::dbOption(), to});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl db backup --db FILE --to FILE [--json]"));
    if (!p.isSet(to))
        throw Failure{BadInput, QStringLiteral("--to FILE is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    try {
        Backup::backUp(queue.db(), p.value(to));
    } catch (const StorageError& e) {
        throw Failure::of(e, BadInput);
    }
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("backup"), QFileInfo(p.value(to)).absoluteFilePath()},
                                       {QStringLiteral("bytes"), QFileInfo(p.value(to)).size()}});
    else
        Context::printLine(QStringLiteral("backed up to %1").arg(p.value(to)));
    return Ok;
}

int restore(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The copy to restore."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption otherDesk(QStringLiteral("other-desk"),
                                       QStringLiteral("Restore a copy of another desk over this desk's database."));
    p.addOptions({Context::dbOption(), from, otherDesk});
    ctx.parse(p, 0, 0, QStringLiteral("kensectl db restore --db FILE --from FILE [--other-desk] [--json]"));
    if (!p.isSet(from))
        throw Failure{BadInput, QStringLiteral("--from FILE is required")};
    QString kept;
    try {
        kept = Backup::restore(p.value(from), Context::dbPath(p), p.isSet(otherDesk));
    } catch (const StorageError& e) {
        throw Failure::of(e, BadInput);
    }
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("restored"), QFileInfo(Context::dbPath(p)).absoluteFilePath()},
                                       {QStringLiteral("kept"), kept},
                                       {QStringLiteral("on_hold"), true}});
    else if (kept.isEmpty())
        Context::printLine(QStringLiteral("restored %1 from %2").arg(Context::dbPath(p), p.value(from)));
    else
        Context::printLine(QStringLiteral("restored %1 from %2; what it held is kept in %3")
                               .arg(Context::dbPath(p), p.value(from), kept));
    if (!ctx.json())
        Context::printLine(QStringLiteral("on hold: nothing is registered or moved until 'kensectl sync' has brought "
                                          "back what the centre holds of this desk (a desk with no centre: "
                                          "'kensectl db release-hold')"));
    return Ok;
}

/// kensectl db release-hold: an administrator lets a restored desk that syncs with no centre work again.
int releaseHold(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (kept with the event)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), reason, as});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl db release-hold --reason TEXT --as LOGIN --password-stdin --db FILE [--json]"));
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord admin = queue.signIn(p);
    try {
        RestoreHold::releaseBy(queue.db(), admin.id, p.value(reason), QDateTime::currentDateTime());
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("on_hold"), false}});
    else
        Context::printLine(QStringLiteral("the hold is released: this desk registers again, numbering after the "
                                          "highest number it holds"));
    return Ok;
}
} // namespace

int dbCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("init"))
        return init(ctx);
    if (verb == QLatin1String("verify"))
        return verify(ctx);
    if (verb == QLatin1String("backup"))
        return backup(ctx);
    if (verb == QLatin1String("restore"))
        return restore(ctx);
    if (verb == QLatin1String("release-hold"))
        return releaseHold(ctx);
    if (verb == QLatin1String("key"))
        return deskKeyCommand(ctx);
    throw Failure{
        BadInput,
        QStringLiteral("unknown subcommand 'db %1' (init, verify, backup, restore, release-hold, key)").arg(verb)};
}

} // namespace kense::cli
