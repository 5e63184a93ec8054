// kensectl exchange …: packages on removable media for desks without a link.
#include "CentralAccess.h"
#include "DeskRepository.h"
#include "Queue.h"
#include "SqlUtil.h"
#include "sync/Central.h"
#include "sync/Conflicts.h"
#include "sync/ExchangeKeyring.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

int exchangeCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("key"))
        return exchangeKeyCommand(ctx);
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The package to write."), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The package to read."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   QStringLiteral("Export the changes after this one (again)."), QStringLiteral("SEQ"));
    const QCommandLineOption forParty(QStringLiteral("for"),
                                      QStringLiteral("Who is to read it: a hub desk's code, or centre (repeatable)."),
                                      QStringLiteral("PARTY"));
    const QCommandLineOption url = urlOption();
    p.addOptions({Context::dbOption(), to, from, after, forParty, url});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl exchange export --db FILE --to PACKAGE --for PARTY [--for PARTY] [--after SEQ] "
                             "| exchange import (--db FILE | --url URL) --from PACKAGE"));
    const auto publicKeyOf = [](const QString& party) {
        return ExchangeKeyring::held(party);
    };
    try {
        if (verb == QLatin1String("export")) {
            if (!p.isSet(to))
                throw Failure{BadInput, QStringLiteral("--to PACKAGE is required")};
            if (!p.isSet(forParty))
                throw Failure{BadInput, QStringLiteral("--for PARTY is required: the hub desk or the centre (--for "
                                                       "centre) that is to read the package")};
            Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
            queue.desk();
            std::optional<qint64> since;
            if (p.isSet(after))
                since = p.value(after).toLongLong();
            QList<ExchangePublicKey> recipients;
            for (const QString& party : p.values(forParty)) {
                const auto key = ExchangeKeyring::held(party);
                if (!key)
                    throw Failure{No, QStringLiteral("the keychain holds no exchange key of %1: add its key file "
                                                     "first (kensectl exchange key add --from FILE)")
                                          .arg(party)};
                recipients.append(*key);
            }
            const auto m = ExchangePackage::write(queue.db(), p.value(to),
                                                  ExchangeKeyring::own(DeskRepository::thisDeskCode(queue.db())),
                                                  recipients, since);
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
                Context::printLine(
                    QStringLiteral("%1: changes %2 to %3 of desk %4 (%5), signed with key %6, encrypted for %7")
                        .arg(p.value(to))
                        .arg(m->fromSeq)
                        .arg(m->toSeq)
                        .arg(m->desk)
                        .arg(m->count)
                        .arg(m->keyId, m->recipients.join(QStringLiteral(", "))));
            return Ok;
        }
        if (verb == QLatin1String("import")) {
            if (!p.isSet(from))
                throw Failure{BadInput, QStringLiteral("--from PACKAGE is required")};
            if (p.isSet(url)) {
                const VerifiedPackage package =
                    ExchangePackage::read(p.value(from), ExchangeKeyring::own(ExchangeKeyring::centre()), publicKeyOf);
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
            const VerifiedPackage package = ExchangePackage::read(
                p.value(from), ExchangeKeyring::own(DeskRepository::thisDeskCode(queue.db())), publicKeyOf);
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
