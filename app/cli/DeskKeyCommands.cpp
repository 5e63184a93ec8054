// kensectl db key …: the desk key that seals the desk's event log (sync::HistorySeal), kept in the keychain.
#include "Cli.h"
#include "DeskKey.h"
#include "DeskRepository.h"
#include "EventLog.h"
#include "KeyFile.h"
#include "Queue.h"
#include "StorageError.h"
#include "common/SecretKey.h"
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
    KeyFile::store(SecretStore::historyKey(desk), HistorySeal::secretOf(key, since));
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

/// The parts every `db key` verb shares: the signed-in administrator's desk and the key its database names.
struct KeyAct
{
    Context& ctx;
    Queue& queue;
    UserRecord admin;
    QString desk;
    QString named;
};

int makeKey(const KeyAct& a, const QString& to)
{
    if (!a.named.isEmpty())
        throw Failure{No, QStringLiteral("desk %1's history is already sealed with the desk key %2; a desk key is made "
                                         "once (a lost one comes back with db key add --from KEYFILE, or is replaced "
                                         "with db key new --replace --reason TEXT)")
                              .arg(a.desk, a.named)};
    if (!inKeychain(a.desk).isEmpty())
        throw Failure{No,
                      QStringLiteral("the keychain already holds a desk key of %1; it is not replaced").arg(a.desk)};
    const QByteArray key = SecretKey::make();
    KeyFile::write(to, a.desk, key);
    const auto head = EventLog::head(a.queue.db());
    const qint64 expected = head ? head->first : 0;
    store(a.desk, key, expected);
    try {
        if (const qint64 since = HistorySeal::adopt(a.queue.db(), key, QDateTime::currentDateTime()); since != expected)
            store(a.desk, key, since); // another program wrote in between
    } catch (const StorageError& e) {
        SecretStore::remove(SecretStore::historyKey(a.desk)); // a key that seals nothing is kept nowhere
        QFile::remove(to);
        throw Failure::of(e, No);
    }
    printDone(a.ctx, QJsonObject{{QStringLiteral("desk"), a.desk}, {QStringLiteral("key"), SecretKey::idOf(key)}},
              QStringLiteral("desk %1: its history is sealed with the new desk key %2, kept in the keychain; keep %3 "
                             "on a medium of its own, away from this computer")
                  .arg(a.desk, SecretKey::idOf(key), to));
    return Ok;
}

int replaceKey(const KeyAct& a, const QString& to, const QString& reason)
{
    if (a.named.isEmpty())
        throw Failure{No,
                      QStringLiteral("desk %1's history is sealed with no key: there is none to replace (db key new "
                                     "makes one)")
                          .arg(a.desk)};
    if (reason.trimmed().isEmpty())
        throw Failure{BadInput, QStringLiteral("--reason TEXT is required: why the desk key is replaced is kept with "
                                               "the event")};
    const Secret before = SecretStore::read(SecretStore::historyKey(a.desk));
    if (before.status != Secret::Status::Ok && before.status != Secret::Status::NotFound)
        throw Failure{No,
                      QStringLiteral("the keychain is not available (%1): the desk key lives there").arg(before.error)};
    const QByteArray key = SecretKey::make();
    KeyFile::write(to, a.desk, key);
    const auto head = EventLog::head(a.queue.db());
    const qint64 expected = (head ? head->first : 0) + 1; // the event that records the replacement
    store(a.desk, key, expected);
    qint64 since = 0;
    try {
        since = HistorySeal::replace(a.queue.db(), key, a.admin.id, reason, QDateTime::currentDateTime());
    } catch (const StorageError& e) {
        // The keychain keeps what it held: the old key still seals this desk's history.
        if (before.status == Secret::Status::Ok)
            SecretStore::write(SecretStore::historyKey(a.desk), before.data);
        else
            SecretStore::remove(SecretStore::historyKey(a.desk));
        QFile::remove(to);
        throw Failure::of(e, No);
    }
    if (since != expected)
        store(a.desk, key, since); // another program wrote in between
    printDone(a.ctx,
              QJsonObject{{QStringLiteral("desk"), a.desk},
                          {QStringLiteral("key"), SecretKey::idOf(key)},
                          {QStringLiteral("replaced"), a.named},
                          {QStringLiteral("event"), since}},
              QStringLiteral("desk %1: the desk key %2 is replaced with %3 from event %4 on, kept in the keychain; "
                             "keep %5 on a medium of its own, away from this computer")
                  .arg(a.desk, a.named, SecretKey::idOf(key))
                  .arg(since)
                  .arg(to));
    return Ok;
}

int addKey(const KeyAct& a, const QString& path)
{
    const auto [fileDesk, key] = KeyFile::read(path, QStringLiteral("desk key"));
    if (fileDesk != a.desk)
        throw Failure{BadInput, QStringLiteral("%1 holds the key of desk %2, not of %3").arg(path, fileDesk, a.desk)};
    if (a.named.isEmpty())
        throw Failure{No,
                      QStringLiteral("desk %1's history is sealed with no key; make one with db key new").arg(a.desk)};
    if (SecretKey::idOf(key) != a.named)
        throw Failure{BadInput, QStringLiteral("%1 holds the desk key %2, but the history is sealed with %3")
                                    .arg(path, SecretKey::idOf(key), a.named)};
    const QByteArray held = inKeychain(a.desk);
    if (!held.isEmpty() && held != key)
        throw Failure{No, QStringLiteral("the keychain holds another desk key of %1 (%2); it is not replaced")
                              .arg(a.desk, SecretKey::idOf(held))};
    store(a.desk, key, HistorySeal::sinceOf(a.queue.db()));
    printDone(a.ctx, QJsonObject{{QStringLiteral("desk"), a.desk}, {QStringLiteral("key"), a.named}},
              QStringLiteral("the desk key %1 of %2 is in the keychain").arg(a.named, a.desk));
    return Ok;
}
} // namespace

int deskKeyCommand(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Replace the desk key the history is sealed with (a lost key)."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (kept with the event)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), Context::toOption(), Context::fromOption(), as,
                  replace, reason});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl db key new --to KEYFILE [--replace --reason TEXT] | db key add --from "
                                 "KEYFILE  (--as ADMIN --password-stdin --db FILE [--json])"));
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
    if ((p.isSet(replace) || p.isSet(reason)) && !made)
        throw Failure{BadInput, QStringLiteral("--replace and --reason go with db key new")};
    if (p.isSet(reason) && !p.isSet(replace))
        throw Failure{BadInput, QStringLiteral("--reason goes with --replace")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    queue.desk();
    const UserRecord admin = queue.signIn(p, Role::Administrator);
    const KeyAct act{ctx, queue, admin, DeskRepository::thisDeskCode(queue.db()), DeskKey::namedBy(queue.db())};
    if (!made)
        return addKey(act, p.value(Context::fromOption()));
    if (p.isSet(replace))
        return replaceKey(act, p.value(Context::toOption()), p.value(reason));
    return makeKey(act, p.value(Context::toOption()));
}

} // namespace kense::cli
