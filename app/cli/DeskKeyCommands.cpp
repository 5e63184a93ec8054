// kensectl db key …: the desk key that seals the desk's event log (sync::HistorySeal), kept in the keychain.
#include "Cli.h"
#include "DeskKey.h"
#include "EventLog.h"
#include "Queue.h"
#include "StorageError.h"
#include "sync/HistorySeal.h"
#include "sync/Outbox.h"
#include "sync/SecretStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>

namespace kense::cli {

using namespace kense::sync;

namespace {
void store(const QString& desk, const QByteArray& key, qint64 since)
{
    const Secret s = SecretStore::write(SecretStore::historyKey(desk), HistorySeal::secretOf(key, since));
    if (s.status != Secret::Status::Ok)
        throw Failure{No, QStringLiteral("the key was not stored: the keychain says %1").arg(s.error)};
}

/// The keychain's key of `desk`; empty when it holds none. Fails when the keychain cannot be asked.
QByteArray inKeychain(const QString& desk)
{
    const Secret s = SecretStore::read(SecretStore::historyKey(desk));
    if (s.status == Secret::Status::Ok)
        return HistorySeal::fromSecret(s.data).first;
    if (s.status == Secret::Status::NotFound)
        return {};
    throw Failure{No, QStringLiteral("the keychain is not available (%1): the desk key lives there").arg(s.error)};
}

void printDone(const Context& ctx, const QJsonObject& json, const QString& line)
{
    if (ctx.json())
        Context::printJson(json);
    else
        Context::printLine(line);
}
} // namespace

int deskKeyCommand(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), Context::toOption(), Context::fromOption(), as});
    const QStringList pos = ctx.parse(
        p, 1, 1,
        QStringLiteral("kensectl db key new --to KEYFILE | db key add --from KEYFILE  (--as ADMIN --password-stdin "
                       "--db FILE [--json])"));
    const QString verb = pos.first();
    if (verb != QLatin1String("new") && verb != QLatin1String("add"))
        throw Failure{BadInput, QStringLiteral("db key: new or add")};
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required: an administrator manages the desk key")};
    const bool made = verb == QLatin1String("new");
    if (made && !p.isSet(Context::toOption()))
        throw Failure{BadInput, QStringLiteral("--to KEYFILE is required: a copy of the key on a medium the "
                                               "administrator keeps is what brings the desk back on a new computer")};
    if (!made && !p.isSet(Context::fromOption()))
        throw Failure{BadInput, QStringLiteral("--from KEYFILE is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    queue.desk();
    queue.signIn(p, Role::Administrator);
    const QString desk = Outbox::deskCode(queue.db());
    const QString named = DeskKey::namedBy(queue.db());

    if (made) {
        if (!named.isEmpty())
            throw Failure{No, QStringLiteral("desk %1's history is already sealed with the desk key %2; a desk key is "
                                             "made once (a lost one comes back with db key add --from KEYFILE)")
                                  .arg(desk, named)};
        if (!inKeychain(desk).isEmpty())
            throw Failure{No,
                          QStringLiteral("the keychain already holds a desk key of %1; it is not replaced").arg(desk)};
        const QByteArray key = HistorySeal::newKey();
        Context::writeWhole(p.value(Context::toOption()),
                            [&](QIODevice* file) { file->write(desk.toUtf8() + ' ' + key.toHex() + '\n'); });
        QFile::setPermissions(p.value(Context::toOption()), QFile::ReadOwner | QFile::WriteOwner);
        const auto head = EventLog::head(queue.db());
        const qint64 expected = head ? head->first : 0;
        store(desk, key, expected);
        try {
            if (const qint64 since = HistorySeal::adopt(queue.db(), key, QDateTime::currentDateTime());
                since != expected)
                store(desk, key, since); // another program wrote in between
        } catch (const StorageError& e) {
            SecretStore::remove(SecretStore::historyKey(desk)); // a key that seals nothing is kept nowhere
            QFile::remove(p.value(Context::toOption()));
            throw Failure::of(e, No);
        }
        printDone(ctx, QJsonObject{{QStringLiteral("desk"), desk}, {QStringLiteral("key"), DeskKey::idOf(key)}},
                  QStringLiteral("desk %1: its history is sealed with the new desk key %2, kept in the keychain; keep "
                                 "%3 on a medium of its own, away from this computer")
                      .arg(desk, DeskKey::idOf(key), p.value(Context::toOption())));
        return Ok;
    }

    QFile file(p.value(Context::fromOption()));
    if (!file.open(QIODevice::ReadOnly))
        throw Failure{BadInput, QStringLiteral("%1: cannot read (%2)").arg(file.fileName(), file.errorString())};
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    const QByteArray key = parts.size() == 2 ? QByteArray::fromHex(parts[1]) : QByteArray();
    if (key.size() != 32)
        throw Failure{BadInput, QStringLiteral("%1: not a Kense desk key file").arg(file.fileName())};
    if (QString::fromUtf8(parts[0]) != desk)
        throw Failure{BadInput, QStringLiteral("%1 holds the key of desk %2, not of %3")
                                    .arg(file.fileName(), QString::fromUtf8(parts[0]), desk)};
    if (named.isEmpty())
        throw Failure{No,
                      QStringLiteral("desk %1's history is sealed with no key; make one with db key new").arg(desk)};
    if (DeskKey::idOf(key) != named)
        throw Failure{BadInput, QStringLiteral("%1 holds the desk key %2, but the history is sealed with %3")
                                    .arg(file.fileName(), DeskKey::idOf(key), named)};
    const QByteArray held = inKeychain(desk);
    if (!held.isEmpty() && held != key)
        throw Failure{No, QStringLiteral("the keychain holds another desk key of %1 (%2); it is not replaced")
                              .arg(desk, DeskKey::idOf(held))};
    store(desk, key, HistorySeal::sinceOf(queue.db()));
    printDone(ctx, QJsonObject{{QStringLiteral("desk"), desk}, {QStringLiteral("key"), named}},
              QStringLiteral("the desk key %1 of %2 is in the keychain").arg(named, desk));
    return Ok;
}

} // namespace kense::cli
