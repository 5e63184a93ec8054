#include "ExchangeKeys.h"

#include <QCryptographicHash>

#include <sodium.h>
#include <stdexcept>

namespace kense::sync {

namespace {
void ready()
{
    // Idempotent and thread-safe; fails only when the system's random source cannot be opened.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start: no random source");
}

unsigned char* u(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

QString ExchangePublicKey::fingerprint() const
{
    const QByteArray hex = QCryptographicHash::hash(bytes(), QCryptographicHash::Sha256).left(8).toHex();
    QString out;
    for (int i = 0; i < hex.size(); i += 4)
        out += (i ? QStringLiteral(" ") : QString()) + QString::fromLatin1(hex.mid(i, 4));
    return out;
}

QByteArray ExchangePublicKey::bytes() const
{
    return sign + box;
}

std::optional<ExchangePublicKey> ExchangePublicKey::fromBytes(const QString& party, const QByteArray& bytes)
{
    if (bytes.size() != crypto_sign_PUBLICKEYBYTES + crypto_box_PUBLICKEYBYTES)
        return std::nullopt;
    return ExchangePublicKey{party, bytes.left(crypto_sign_PUBLICKEYBYTES), bytes.mid(crypto_sign_PUBLICKEYBYTES)};
}

ExchangeSecretKey ExchangeSecretKey::make(const QString& party)
{
    ready();
    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, '\0'), signSk(crypto_sign_SECRETKEYBYTES, '\0');
    QByteArray boxPk(crypto_box_PUBLICKEYBYTES, '\0'), boxSk(crypto_box_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(u(signPk), u(signSk));
    crypto_box_keypair(u(boxPk), u(boxSk));
    return ExchangeSecretKey{party, signSk, boxSk};
}

ExchangePublicKey ExchangeSecretKey::publicKey() const
{
    ready();
    QByteArray signPk(crypto_sign_PUBLICKEYBYTES, '\0'), boxPk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(u(signPk), u(sign));
    crypto_scalarmult_base(u(boxPk), u(box));
    return ExchangePublicKey{party, signPk, boxPk};
}

QByteArray ExchangeSecretKey::bytes() const
{
    return sign + box;
}

std::optional<ExchangeSecretKey> ExchangeSecretKey::fromBytes(const QString& party, const QByteArray& bytes)
{
    if (bytes.size() != crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    ready();
    ExchangeSecretKey k{party, bytes.left(crypto_sign_SECRETKEYBYTES), bytes.mid(crypto_sign_SECRETKEYBYTES)};
    // The seed must give the public half the secret key carries.
    QByteArray seed(crypto_sign_SEEDBYTES, '\0'), pk(crypto_sign_PUBLICKEYBYTES, '\0'),
        sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_seed(u(seed), u(k.sign));
    crypto_sign_seed_keypair(u(pk), u(sk), u(seed));
    sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
    if (sodium_memcmp(sk.constData(), k.sign.constData(), static_cast<size_t>(sk.size())) != 0)
        return std::nullopt;
    return k;
}

namespace ExchangeCrypto {

QByteArray sign(const ExchangeSecretKey& key, const QByteArray& message)
{
    ready();
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(u(sig), nullptr, u(message), static_cast<unsigned long long>(message.size()), u(key.sign));
    return sig;
}

bool verify(const ExchangePublicKey& key, const QByteArray& message, const QByteArray& signature)
{
    ready();
    return signature.size() == crypto_sign_BYTES && key.sign.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(u(signature), u(message), static_cast<unsigned long long>(message.size()),
                                       u(key.sign)) == 0;
}

QByteArray newFileKey()
{
    ready();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
    crypto_aead_xchacha20poly1305_ietf_keygen(u(key));
    return key;
}

QByteArray seal(const QByteArray& fileKey, const ExchangePublicKey& to)
{
    ready();
    QByteArray out(crypto_box_SEALBYTES + fileKey.size(), '\0');
    if (crypto_box_seal(u(out), u(fileKey), static_cast<unsigned long long>(fileKey.size()), u(to.box)) != 0)
        throw std::runtime_error("crypto_box_seal failed");
    return out;
}

std::optional<QByteArray> open(const QByteArray& sealed, const ExchangeSecretKey& me)
{
    ready();
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        return std::nullopt;
    const QByteArray pk = me.publicKey().box;
    QByteArray out(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(u(out), u(sealed), static_cast<unsigned long long>(sealed.size()), u(pk), u(me.box)) != 0)
        return std::nullopt;
    return out;
}

QByteArray encrypt(const QByteArray& fileKey, const QByteArray& plain, const QByteArray& ad)
{
    ready();
    QByteArray out(
        crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(u(out) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &len, u(plain),
                                               static_cast<unsigned long long>(plain.size()), u(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, u(out), u(fileKey));
    out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + static_cast<qsizetype>(len));
    return out;
}

std::optional<QByteArray> decrypt(const QByteArray& fileKey, const QByteArray& sealed, const QByteArray& ad)
{
    ready();
    constexpr qsizetype head = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (fileKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        sealed.size() < head + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray out(sealed.size() - head, '\0');
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            u(out), &len, nullptr, u(sealed) + head, static_cast<unsigned long long>(sealed.size() - head), u(ad),
            static_cast<unsigned long long>(ad.size()), u(sealed), u(fileKey)) != 0)
        return std::nullopt;
    out.resize(static_cast<qsizetype>(len));
    return out;
}

} // namespace ExchangeCrypto

} // namespace kense::sync
