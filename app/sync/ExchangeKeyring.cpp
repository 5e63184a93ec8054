#include "ExchangeKeyring.h"

#include "EventLog.h"
#include "SecretStore.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ExchangeKeyring)
};

std::optional<QByteArray> readSecret(const QString& name)
{
    const Secret s = SecretStore::read(name);
    if (s.status == Secret::Status::Ok)
        return s.data;
    if (s.status == Secret::Status::NotFound)
        return std::nullopt;
    throw StorageError::failed(Tr::tr("the keychain is not available (%1)").arg(s.error));
}

void writeSecret(const QString& name, const QByteArray& data)
{
    const Secret s = SecretStore::write(name, data);
    if (s.status != Secret::Status::Ok)
        throw StorageError::failed(Tr::tr("the key was not stored: the keychain says %1").arg(s.error));
}
} // namespace

QString ExchangeKeyring::centre()
{
    return QStringLiteral("centre");
}

ExchangeSecretKey ExchangeKeyring::makeOwn(const QString& party, bool replace)
{
    if (const auto old = readSecret(SecretStore::exchangeKey(party)); old && !replace) {
        const auto key = ExchangeSecretKey::fromBytes(party, *old);
        throw StorageError{Tr::tr("%1 has an exchange key already (%2); packages encrypted to it could no longer be "
                                  "read once it is replaced — add --replace to make a new one")
                               .arg(party, key ? key->publicKey().fingerprint() : Tr::tr("of the old, shared kind"))};
    }
    const ExchangeSecretKey key = ExchangeSecretKey::make(party);
    writeSecret(SecretStore::exchangeKey(party), key.bytes());
    return key;
}

ExchangeSecretKey ExchangeKeyring::own(const QString& party)
{
    const auto bytes = readSecret(SecretStore::exchangeKey(party));
    if (!bytes)
        throw StorageError{Tr::tr("the keychain holds no exchange key of %1 (kensectl exchange key new)").arg(party)};
    const auto key = ExchangeSecretKey::fromBytes(party, *bytes);
    if (!key)
        throw StorageError{Tr::tr("the exchange key of %1 in the keychain is of the old, shared kind: make a new one "
                                  "(kensectl exchange key new --replace) and give its key file to the other side")
                               .arg(party)};
    return *key;
}

std::optional<ExchangePublicKey> ExchangeKeyring::held(const QString& party)
{
    const auto bytes = readSecret(SecretStore::exchangePublicKey(party));
    if (!bytes)
        return std::nullopt;
    return ExchangePublicKey::fromBytes(party, *bytes);
}

void ExchangeKeyring::add(const ExchangePublicKey& key)
{
    if (const auto old = held(key.party); old && !(*old == key))
        throw StorageError{Tr::tr("the keychain holds another exchange key of %1 (%2, the file's is %3); if %1 made a "
                                  "new key, replace it with --replace, signed in as an administrator")
                               .arg(key.party, old->fingerprint(), key.fingerprint())};
    writeSecret(SecretStore::exchangePublicKey(key.party), key.bytes());
}

void ExchangeKeyring::replace(const QSqlDatabase& db, const ExchangePublicKey& key, qint64 adminId, const QDateTime& at)
{
    const std::optional<ExchangePublicKey> old = held(key.party);
    if (!old)
        throw StorageError{
            Tr::tr("the keychain holds no exchange key of %1 to replace: add it without --replace").arg(key.party)};
    if (*old == key)
        throw StorageError{Tr::tr("the keychain holds this very key of %1 (%2)").arg(key.party, key.fingerprint())};
    Transaction tx(db);
    EventLog::append(db, EventDraft{std::nullopt,
                                    at,
                                    adminId,
                                    eventKindName(EventKind::ExchangeKeyReplaced),
                                    {},
                                    {},
                                    old->fingerprint(),
                                    key.fingerprint(),
                                    key.party});
    writeSecret(SecretStore::exchangePublicKey(key.party), key.bytes());
    try {
        tx.commit();
    } catch (...) {
        // The event was not saved: the keychain takes the old key back, so that nothing changed unrecorded.
        SecretStore::write(SecretStore::exchangePublicKey(key.party), old->bytes());
        throw;
    }
}

} // namespace kense::sync
