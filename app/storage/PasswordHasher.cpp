#include "PasswordHasher.h"

#include "SqlUtil.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <argon2.h>

namespace kense::PasswordHasher {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::PasswordHasher)
};
} // namespace

namespace {
constexpr uint32_t kTimeCost = 3;
constexpr uint32_t kMemoryKiB = 64 * 1024;
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLength = 16;
constexpr size_t kHashLength = 32;
} // namespace

QString hash(const QString& password)
{
    const QByteArray pw = password.toUtf8();
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
                                         reinterpret_cast<quint32*>(salt.data() + salt.size()));
    const size_t encodedLength =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLength, kHashLength, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, pw.constData(), static_cast<size_t>(pw.size()),
                              salt.constData(), kSaltLength, kHashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        throw StorageError::failed(Tr::tr("cannot hash the password: ") +
                                   QString::fromLatin1(argon2_error_message(rc)));
    return QString::fromLatin1(encoded.constData());
}

bool verify(const QString& password, const QString& encoded)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pw.constData(), static_cast<size_t>(pw.size())) == ARGON2_OK;
}

} // namespace kense::PasswordHasher
