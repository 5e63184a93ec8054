#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace kense::sync {

/// What another party holds of a desk, a hub or the centre for exchange packages: its Ed25519 key that checks its
/// signatures and its X25519 key that packages are encrypted to. Public: a key file carries nothing else.
struct ExchangePublicKey
{
    QString party;   ///< "KZOTSON01-7", or "centre"
    QByteArray sign; ///< Ed25519, 32 bytes
    QByteArray box;  ///< X25519, 32 bytes

    /// "3f2a 91c0 77de 0b15": the first 8 bytes of SHA-256 of both keys, for reading aloud over the phone.
    QString fingerprint() const;
    QByteArray bytes() const; ///< sign + box, as the keychain keeps them
    static std::optional<ExchangePublicKey> fromBytes(const QString& party, const QByteArray& bytes);
    bool operator==(const ExchangePublicKey& o) const { return sign == o.sign && box == o.box; }
};

/// How this side looks another party's public exchange key up (ExchangeKeyring::held; tests give their own).
using PublicKeyOf = std::function<std::optional<ExchangePublicKey>(const QString& party)>;

/// A party's own key pairs; the secrets stay in its keychain.
struct ExchangeSecretKey
{
    QString party;
    QByteArray sign; ///< Ed25519 secret key, 64 bytes (libsodium's form: seed and public key)
    QByteArray box;  ///< X25519 secret key, 32 bytes

    static ExchangeSecretKey make(const QString& party);
    ExchangePublicKey publicKey() const;
    QByteArray bytes() const; ///< sign + box, as the keychain keeps them
    /// Nullopt for anything else than 96 bytes whose public halves agree (an exchange key of the old, shared kind is
    /// 32 bytes).
    static std::optional<ExchangeSecretKey> fromBytes(const QString& party, const QByteArray& bytes);
};

/// libsodium's primitives as the packages use them.
namespace ExchangeCrypto {
/// Ed25519 detached signature (64 bytes) of `message`.
QByteArray sign(const ExchangeSecretKey& key, const QByteArray& message);
bool verify(const ExchangePublicKey& key, const QByteArray& message, const QByteArray& signature);
/// A fresh random key for XChaCha20-Poly1305.
QByteArray newFileKey();
/// `fileKey` sealed to `to` (crypto_box_seal: only the holder of its X25519 secret opens it).
QByteArray seal(const QByteArray& fileKey, const ExchangePublicKey& to);
std::optional<QByteArray> open(const QByteArray& sealed, const ExchangeSecretKey& me);
/// XChaCha20-Poly1305 with a random nonce: nonce + ciphertext + tag; `ad` is authenticated, not encrypted.
QByteArray encrypt(const QByteArray& fileKey, const QByteArray& plain, const QByteArray& ad);
std::optional<QByteArray> decrypt(const QByteArray& fileKey, const QByteArray& sealed, const QByteArray& ad);
} // namespace ExchangeCrypto

} // namespace kense::sync
