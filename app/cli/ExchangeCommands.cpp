// kensectl exchange …: packages on removable media for desks without a link.
#include "CentralAccess.h"
#include "DeskRepository.h"
#include "KeyFile.h"
#include "Queue.h"
#include "SqlUtil.h"
#include "common/SecretKey.h"
#include "sync/Central.h"
#include "sync/Conflicts.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

namespace {

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
        const QString code = DeskRepository::thisDeskCode(queue.db());
        const QByteArray key = SecretKey::make();
        KeyFile::store(SecretStore::exchangeKey(code), key);
        KeyFile::write(p.value(to), code, key);
        Context::printLine(QStringLiteral("desk %1: new exchange key %2 in the keychain; carry %3 to the importing "
                                          "side and delete it there once added")
                               .arg(code, SecretKey::idOf(key), p.value(to)));
        return Ok;
    }
    if (pos.first() == QLatin1String("add")) {
        if (!p.isSet(from))
            throw Failure{BadInput, QStringLiteral("--from KEYFILE is required")};
        const auto [code, key] = KeyFile::read(p.value(from), QStringLiteral("exchange key"));
        if (p.isSet(desk) && p.value(desk) != code)
            throw Failure{
                BadInput,
                QStringLiteral("%1 holds the key of desk %2, not %3").arg(p.value(from), code, p.value(desk))};
        KeyFile::store(SecretStore::exchangeKey(code), key);
        Context::printLine(
            QStringLiteral("the exchange key %1 of desk %2 is in the keychain").arg(SecretKey::idOf(key), code));
        return Ok;
    }
    throw Failure{BadInput, QStringLiteral("exchange key: new or add")};
}

} // namespace

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
            const auto m =
                ExchangePackage::write(queue.db(), p.value(to), keyOf(DeskRepository::thisDeskCode(queue.db())), since);
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
        throw Failure::of(e, No);
    }
    throw Failure{BadInput, QStringLiteral("unknown exchange command '%1' (export, import, key)").arg(verb)};
}

} // namespace kense::cli
