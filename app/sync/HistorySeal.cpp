#include "HistorySeal.h"

#include "DeskKey.h"
#include "EventLog.h"
#include "Outbox.h"
#include "OutboxDigest.h"
#include "SqlUtil.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

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
    exec(q, {id, HistorySeal::mac(key, Outbox::deskCode(db), id, hash)});
}
} // namespace

QByteArray HistorySeal::newKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    return key;
}

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
        useAnswer(SecretStore::read(SecretStore::historyKey(Outbox::deskCode(db))));
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
    SealReport before = RequestSeals::verify(db);
    const SealReport outbox = OutboxDigest::verify(db);
    if (!outbox.ok()) {
        before.broken += outbox.broken;
        before.examples += outbox.examples;
    }
    if (!before.ok())
        throw StorageError{Tr::tr("%1 requests or outbox changes were changed behind the program (the first: %2); the "
                                  "desk key would seal "
                                  "the change in — run kensectl db verify and call the administrator")
                               .arg(before.broken)
                               .arg(before.examples.first())};
    exec(q, {DeskKey::idOf(key), head ? head->first : 0, storedMoment(at)});
    DeskKey::use(key);
    RequestSeals::sealAll(db, key);
    OutboxDigest::sealAll(db, key);
    if (head)
        insertSeal(db, key, head->first, head->second);
    tx.commit();
    return head ? head->first : 0;
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

HistorySealReport HistorySeal::verify(const QSqlDatabase& db, const QByteArray& key, qint64 keySince)
{
    HistorySealReport r;
    r.keyId = DeskKey::namedBy(db);
    const auto head = EventLog::head(db);
    r.head = head ? head->first : 0;
    const QString desk = Outbox::deskCode(db);
    if (r.keyId.isEmpty()) {
        r.beforeKey = !key.isEmpty() && keySince >= 0 && r.head <= keySince;
        if (!key.isEmpty() && !r.beforeKey)
            r.failure = Tr::tr("the keychain holds the desk key %1 of %2, but the database names no key: its seals "
                               "were removed behind the program")
                            .arg(DeskKey::idOf(key), desk);
        return r;
    }
    if (key.isEmpty()) {
        r.failure =
            Tr::tr("the history is sealed with the desk key %1, which is not at hand here to check it").arg(r.keyId);
        return r;
    }
    if (DeskKey::idOf(key) != r.keyId) {
        r.failure = Tr::tr("the history is sealed with the desk key %1, but the keychain holds %2 for %3")
                        .arg(r.keyId, DeskKey::idOf(key), desk);
        return r;
    }
    const qint64 since = sinceOf(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.event_id, s.mac, e.hash FROM history_seals s "
                               "LEFT JOIN events e ON e.id = s.event_id ORDER BY s.event_id")))
        throw StorageError::failed(Tr::tr("cannot read the history's seals"));
    bool sinceSealed = since == 0;
    while (q.next()) {
        ++r.seals;
        const qint64 id = q.value(0).toLongLong();
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
