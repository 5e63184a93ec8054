#include "HistorySeal.h"

#include "DeskKey.h"
#include "DeskRepository.h"
#include "EventLog.h"
#include "Outbox.h"
#include "OutboxDigest.h"
#include "SqlUtil.h"
#include "StateReplay.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "common/SecretKey.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::sync::HistorySeal)
};

qint64 newestSeal(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(max(event_id), 0) FROM history_seals")).toLongLong();
}

void insertSeal(const QSqlDatabase& db, const QByteArray& key, qint64 id, const QByteArray& hash)
{
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO history_seals (event_id, mac) VALUES (?, ?)"));
    exec(q, {id, HistorySeal::mac(key, DeskRepository::thisDeskCode(db), id, hash)});
}
} // namespace

namespace {
/// Throws when a request's or an outbox change's seal no longer matches: a new key would seal the edit in.
void refuseEditsBehind(const QSqlDatabase& db)
{
    SealReport before = RequestSeals::verify(db);
    const SealReport outbox = OutboxDigest::verify(db);
    if (!outbox.ok()) {
        before.broken += outbox.broken;
        before.examples += outbox.examples;
    }
    if (!before.ok())
        throw StorageError{Tr::tr("%1 requests or outbox changes were changed behind the program (the first: %2); the "
                                  "desk key would seal the change in — run kensectl db verify and call the "
                                  "administrator")
                               .arg(before.broken)
                               .arg(before.examples.first())};
}
} // namespace

QByteArray HistorySeal::mac(const QByteArray& key, const QString& desk, qint64 eventId, const QByteArray& hash)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(QByteArrayLiteral("kense-history-v1\x1f"));
    code.addData(desk.toUtf8() + '\x1f' + QByteArray::number(eventId) + '\x1f');
    code.addData(hash);
    return code.result();
}

namespace {
/// Why a keychain's answer holds no key; empty when it does.
QString whyNot(const Secret& answer)
{
    switch (answer.status) {
    case Secret::Status::Ok:
        return {};
    case Secret::Status::NotFound:
        return Tr::tr("the keychain holds no desk key of this desk");
    case Secret::Status::NoKeychain:
    case Secret::Status::Failed:
        break;
    }
    return Tr::tr("the keychain is not available: %1").arg(answer.error);
}
} // namespace

QByteArray HistorySeal::secretOf(const QByteArray& key, qint64 since)
{
    return key + QByteArray::number(since);
}

std::pair<QByteArray, qint64> HistorySeal::fromSecret(const QByteArray& secret)
{
    bool ok = false;
    const qint64 since = secret.mid(32).toLongLong(&ok);
    return {secret.left(32), ok ? since : -1};
}

qint64 HistorySeal::sinceOf(const QSqlDatabase& db)
{
    const QVariant since = scalar(db, QStringLiteral("SELECT since_event FROM history_key WHERE id = 1"));
    return since.isValid() && !since.isNull() ? since.toLongLong() : -1;
}

void HistorySeal::useAnswer(const Secret& answer)
{
    const QString why = whyNot(answer);
    DeskKey::use(why.isEmpty() ? fromSecret(answer.data).first : QByteArray(), why);
}

std::pair<QByteArray, QString> HistorySeal::lookUp(const QString& desk)
{
    const Secret answer = SecretStore::read(SecretStore::historyKey(desk));
    const QString why = whyNot(answer);
    return {why.isEmpty() ? fromSecret(answer.data).first : QByteArray(), why};
}

void HistorySeal::useKeyFromKeychain(const QSqlDatabase& db)
{
    if (!DeskKey::namedBy(db).isEmpty())
        useAnswer(SecretStore::read(SecretStore::historyKey(DeskRepository::thisDeskCode(db))));
}

qint64 HistorySeal::adopt(const QSqlDatabase& db, const QByteArray& key, const QDateTime& at)
{
    Transaction tx(db);
    const QString named = DeskKey::namedBy(db);
    if (!named.isEmpty())
        throw StorageError{
            Tr::tr("this desk's history is already sealed with the desk key %1; a desk key is made once").arg(named)};
    const auto head = EventLog::head(db);
    QSqlQuery q =
        prepare(db, QStringLiteral("INSERT INTO history_key (id, key_id, since_event, made_at) VALUES (1, ?, ?, ?)"));
    refuseEditsBehind(db);
    exec(q, {SecretKey::idOf(key), head ? head->first : 0, storedMoment(at)});
    DeskKey::use(key);
    RequestSeals::sealAll(db, key);
    OutboxDigest::sealAll(db, key);
    if (head)
        insertSeal(db, key, head->first, head->second);
    tx.commit();
    return head ? head->first : 0;
}

qint64 HistorySeal::replace(const QSqlDatabase& db, const QByteArray& key, qint64 adminId, const QString& reason,
                            const QDateTime& at)
{
    const UserRecord admin =
        UserRepository(db).requireAdministrator(adminId, Tr::tr("only an administrator replaces the desk key"));
    if (reason.trimmed().isEmpty())
        throw StorageError{Tr::tr("say why the desk key is replaced (the reason is kept with the event)")};
    Transaction tx(db);
    const QString named = DeskKey::namedBy(db);
    if (named.isEmpty())
        throw StorageError{Tr::tr("this desk's history is sealed with no key; make one with kensectl db key new")};
    if (SecretKey::idOf(key) == named)
        throw StorageError{Tr::tr("the new key is the desk key %1 itself").arg(named)};
    // What can be checked without the old key: the chain's links and the states its events lead to.
    const ChainReport chain = EventLog::verify(db);
    if (!chain.ok)
        throw StorageError{Tr::tr("the event log is broken at event %1 (%2); the new key would seal the break in — run "
                                  "kensectl db verify and call the administrator")
                               .arg(chain.brokenId)
                               .arg(chain.reason)};
    const SealReport states = StateReplay::verify(db);
    if (!states.ok())
        throw StorageError{Tr::tr("%1 requests are not what their history records (the first: %2); the new "
                                  "key would seal that in — run kensectl db verify and call the administrator")
                               .arg(states.broken)
                               .arg(states.examples.first())};
    const QByteArray old = DeskKey::inUse();
    const bool oldAtHand = !old.isEmpty() && SecretKey::idOf(old) == named;
    if (oldAtHand) {
        const HistorySealReport seals = verify(db, old);
        if (!seals.ok())
            throw StorageError{Tr::tr("the desk key's seals do not match (%1); the new key would seal that in — run "
                                      "kensectl db verify and call the administrator")
                                   .arg(seals.failure)};
        refuseEditsBehind(db);
    }
    DeskKey::use(key);
    try {
        const qint64 id = EventLog::append(db, EventDraft{std::nullopt,
                                                          at,
                                                          admin.id,
                                                          eventKindName(EventKind::DeskKeyReplaced),
                                                          {},
                                                          {},
                                                          named,
                                                          SecretKey::idOf(key),
                                                          reason.trimmed()});
        QSqlQuery record = prepare(db, QStringLiteral("INSERT INTO history_key_replacements (old_key_id, "
                                                      "new_key_id, at_event, old_checked) VALUES (?, ?, ?, ?)"));
        exec(record, {named, SecretKey::idOf(key), id, oldAtHand ? 1 : 0});
        QSqlQuery rekey =
            prepare(db, QStringLiteral("UPDATE history_key SET key_id = ?, since_event = ?, made_at = ? WHERE id = 1"));
        exec(rekey, {SecretKey::idOf(key), id, storedMoment(at)});
        RequestSeals::sealAll(db, key);
        OutboxDigest::sealAll(db, key);
        insertSeal(db, key, id, EventLog::hashAt(db, id));
        tx.commit();
        return id;
    } catch (...) {
        DeskKey::use(old);
        throw;
    }
}

void HistorySeal::sealHead(const QSqlDatabase& db)
{
    if (DeskKey::namedBy(db).isEmpty())
        return;
    const auto head = EventLog::head(db);
    if (!head || head->first <= newestSeal(db))
        return; // the transaction added no event
    insertSeal(db, DeskKey::forWriting(db), head->first, head->second);
}

namespace {
/// The newest replacement of the desk key, in words.
QString replacement(const QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT r.old_key_id, r.new_key_id, r.at_event, r.old_checked, e.at, "
                                             "coalesce(u.login, ''), e.note FROM history_key_replacements r "
                                             "LEFT JOIN events e ON e.id = r.at_event "
                                             "LEFT JOIN users u ON u.id = e.user_id ORDER BY r.id DESC LIMIT 1"));
    exec(q);
    if (!q.next())
        return {};
    return Tr::tr("the desk key %1 was replaced with %2 at event %3 (%4, by %5: %6); %7")
        .arg(q.value(0).toString(), q.value(1).toString())
        .arg(q.value(2).toLongLong())
        .arg(q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
             q.value(3).toInt() == 1 ? Tr::tr("its seals matched then")
                                     : Tr::tr("it was not at hand, so its seals were not checked"));
}
} // namespace

HistorySealReport HistorySeal::verify(const QSqlDatabase& db, const QByteArray& key, qint64 keySince)
{
    HistorySealReport r;
    r.keyId = DeskKey::namedBy(db);
    const auto head = EventLog::head(db);
    r.head = head ? head->first : 0;
    const QString desk = DeskRepository::thisDeskCode(db);
    if (r.keyId.isEmpty()) {
        r.beforeKey = !key.isEmpty() && keySince >= 0 && r.head <= keySince;
        if (!key.isEmpty() && !r.beforeKey)
            r.failure = Tr::tr("the keychain holds the desk key %1 of %2, but the database names no key: its seals "
                               "were removed behind the program")
                            .arg(SecretKey::idOf(key), desk);
        return r;
    }
    if (key.isEmpty()) {
        r.failure =
            Tr::tr("the history is sealed with the desk key %1, which is not at hand here to check it").arg(r.keyId);
        return r;
    }
    if (SecretKey::idOf(key) != r.keyId) {
        // The keychain's key took over at event keySince; a copy that ends before it is most likely one made before
        // a replacement, whose key is not kept: said so, and still unproven (nothing here knows the replaced key).
        if (keySince > 0 && r.head < keySince)
            r.failure = Tr::tr("the history is sealed with the desk key %1, but the keychain holds %2 for %3, which "
                               "took over at event %4, and this copy ends at event %5: a copy from before the desk "
                               "key was replaced. The replaced key is not kept, so its seals cannot be checked; to "
                               "work on with this copy, replace its key (kensectl db key new --replace)")
                            .arg(r.keyId, SecretKey::idOf(key), desk)
                            .arg(keySince)
                            .arg(r.head);
        else
            r.failure = Tr::tr("the history is sealed with the desk key %1, but the keychain holds %2 for %3")
                            .arg(r.keyId, SecretKey::idOf(key), desk);
        return r;
    }
    const qint64 since = sinceOf(db);
    // Seals before the newest replacement were made with a key that is no longer kept.
    const qint64 replacedAt =
        scalar(db, QStringLiteral("SELECT coalesce(max(at_event), 0) FROM history_key_replacements")).toLongLong();
    if (replacedAt > 0)
        r.replaced = replacement(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.event_id, s.mac, e.hash FROM history_seals s "
                               "LEFT JOIN events e ON e.id = s.event_id ORDER BY s.event_id")))
        throw StorageError::failed(Tr::tr("cannot read the history's seals"));
    bool sinceSealed = since == 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id < replacedAt) {
            ++r.olderSeals;
            continue;
        }
        ++r.seals;
        if (mac(key, desk, id, q.value(2).toByteArray()) != q.value(1).toByteArray()) {
            r.failure = Tr::tr("event %1 is not the one the desk key sealed: the log was written again behind the "
                               "program from there or before")
                            .arg(id);
            return r;
        }
        sinceSealed = sinceSealed || id == since;
        r.sealedUpTo = id;
    }
    if (!sinceSealed)
        r.failure = Tr::tr("the seal made with the desk key at event %1 is gone").arg(since);
    else if (r.head > std::max(r.sealedUpTo, since))
        r.failure = Tr::tr("events %1 to %2 were written after the last seal, without the desk key (behind the "
                           "program, or seals removed)")
                        .arg(std::max(r.sealedUpTo, since) + 1)
                        .arg(r.head);
    return r;
}

} // namespace kense::sync
