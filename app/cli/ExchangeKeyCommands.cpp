// kensectl exchange key …: the key pairs of exchange packages. A desk (or the centre) makes its own; the other side
// adds the public key file and checks its fingerprint by phone; a replaced key is an administrator's act, recorded.
#include "CentralAccess.h"
#include "DeskRepository.h"
#include "KeyFile.h"
#include "Queue.h"
#include "sync/ExchangeKeyring.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

int exchangeKeyCommand(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption desk(QStringLiteral("desk"), QStringLiteral("The other desk."), QStringLiteral("CODE"));
    const QCommandLineOption centre(QStringLiteral("centre"), QStringLiteral("The centre's own keys."));
    const QCommandLineOption replace(QStringLiteral("replace"), QStringLiteral("Replace the key held now."));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    p.addOptions({Context::dbOption(), Context::fromOption(), Context::toOption(), Context::passwordStdinOption(), desk,
                  centre, replace, as});
    const QStringList pos = ctx.parse(
        p, 1, 1,
        QStringLiteral("kensectl exchange key new (--db FILE | --centre) --to KEYFILE [--replace] | exchange key add "
                       "--from KEYFILE [--desk CODE] [--replace --db FILE --as ADMIN --password-stdin] | exchange key "
                       "show (--db FILE | --centre | --desk CODE)"));
    const QString verb = pos.first();
    // Whose own keys: the desk's database names its code; the centre has none.
    const auto ownParty = [&] {
        if (p.isSet(centre))
            return ExchangeKeyring::centre();
        Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
        queue.desk();
        return DeskRepository::thisDeskCode(queue.db());
    };
    try {
        if (verb == QLatin1String("new")) {
            if (!p.isSet(Context::toOption()))
                throw Failure{BadInput,
                              QStringLiteral("--to KEYFILE is required: the other side needs the public key")};
            const ExchangeSecretKey key = ExchangeKeyring::makeOwn(ownParty(), p.isSet(replace));
            const ExchangePublicKey pub = key.publicKey();
            KeyFile::writePublic(p.value(Context::toOption()), pub);
            Context::printLine(QStringLiteral("%1: new exchange keys, fingerprint %2; the secret keys stay in this "
                                              "keychain, %3 holds only the public ones — carry it to the other side")
                                   .arg(pub.party, pub.fingerprint(), p.value(Context::toOption())));
            return Ok;
        }
        if (verb == QLatin1String("add")) {
            if (!p.isSet(Context::fromOption()))
                throw Failure{BadInput, QStringLiteral("--from KEYFILE is required")};
            const QString file = p.value(Context::fromOption());
            const ExchangePublicKey key = KeyFile::readPublic(file);
            if (p.isSet(desk) && p.value(desk) != key.party)
                throw Failure{BadInput,
                              QStringLiteral("%1 holds the key of %2, not %3").arg(file, key.party, p.value(desk))};
            if (p.isSet(replace)) {
                if (!p.isSet(Context::dbOption()) || !p.isSet(as))
                    throw Failure{BadInput, QStringLiteral("--replace needs --db FILE and --as ADMIN "
                                                           "--password-stdin: the replacement is recorded at the "
                                                           "desk, in the administrator's name")};
                Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
                queue.desk();
                const UserRecord admin = queue.signIn(p, Role::Administrator);
                const auto old = ExchangeKeyring::held(key.party);
                ExchangeKeyring::replace(queue.db(), key, admin.id, QDateTime::currentDateTime());
                Context::printLine(
                    QStringLiteral("the exchange key of %1 was replaced: %2 → %3 (recorded as %4's act)")
                        .arg(key.party, old ? old->fingerprint() : QString(), key.fingerprint(), admin.login));
                return Ok;
            }
            ExchangeKeyring::add(key);
            Context::printLine(QStringLiteral("the exchange key of %1 is in the keychain, fingerprint %2 — check it "
                                              "with %1 (kensectl exchange key show there) before importing")
                                   .arg(key.party, key.fingerprint()));
            return Ok;
        }
        if (verb == QLatin1String("show")) {
            const std::optional<ExchangePublicKey> key =
                p.isSet(desk) ? ExchangeKeyring::held(p.value(desk)) : ExchangeKeyring::own(ownParty()).publicKey();
            if (!key)
                throw Failure{No, QStringLiteral("the keychain holds no exchange key of %1").arg(p.value(desk))};
            if (ctx.json())
                Context::printJson(QJsonObject{{QStringLiteral("party"), key->party},
                                               {QStringLiteral("fingerprint"), key->fingerprint()}});
            else
                Context::printLine(QStringLiteral("%1: %2").arg(key->party, key->fingerprint()));
            return Ok;
        }
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    throw Failure{BadInput, QStringLiteral("exchange key: new, add or show")};
}

} // namespace kense::cli
