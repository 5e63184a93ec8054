#pragma once

#include "ExchangeKeys.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense::sync {

/// The exchange keys this side holds, in the keychain: its own key pairs (a desk's, or the centre's under the name
/// "centre") and the public keys of the parties it exchanges packages with. Every answer that is not a key throws a
/// StorageError that says what to do.
class ExchangeKeyring
{
public:
    /// The name the centre's keys go by.
    static QString centre();

    /// Makes `party`'s own key pairs and keeps the secrets; refuses when it has some already unless `replace` (the
    /// packages encrypted to the old key can then no longer be read here).
    static ExchangeSecretKey makeOwn(const QString& party, bool replace);
    static ExchangeSecretKey own(const QString& party);
    /// Another party's public key, or nullopt when this side holds none.
    static std::optional<ExchangePublicKey> held(const QString& party);
    /// Keeps another party's public key. Refused when a different key is held for it: replacing goes through
    /// replace().
    static void add(const ExchangePublicKey& key);
    /// Replaces the key held for `key.party`: an event "exchange_key_replaced" at this desk (`db`) names the
    /// administrator, the old and the new fingerprint, in the same act as the keychain's change.
    static void replace(const QSqlDatabase& db, const ExchangePublicKey& key, qint64 adminId, const QDateTime& at);
};

} // namespace kense::sync
