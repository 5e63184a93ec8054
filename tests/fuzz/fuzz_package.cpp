// An exchange package off a USB stick: any file is refused with a message naming it, or read whole and in order,
// never a crash. Two kinds of input: a file as it comes ("KENSEPK2…"), and a manifest line plus a body, which this
// target signs with the desk's key and encrypts to the reader (and compresses, when the body is the clear JSON of the
// changes) so that the reader gets past the decryption and the signature to the body and its changes.
#include "sync/ExchangePackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <unistd.h>

namespace {
const kense::sync::ExchangeSecretKey& desk()
{
    static const auto key = kense::sync::ExchangeSecretKey::make(QStringLiteral("KZOTSON01-7"));
    return key;
}

const kense::sync::ExchangeSecretKey& reader()
{
    static const auto key = kense::sync::ExchangeSecretKey::make(QStringLiteral("KZOTSON01-1"));
    return key;
}

QByteArray signedPackage(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    QByteArray manifest = newline < 0 ? input : input.left(newline);
    QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    if (body.startsWith('['))
        body = qCompress(body, 1);
    QJsonObject m = QJsonDocument::fromJson(manifest).object();
    if (!m.isEmpty()) {
        m.insert(QStringLiteral("body_size"), body.size());
        m.insert(QStringLiteral("body_sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
        manifest = QJsonDocument(m).toJson(QJsonDocument::Compact);
    }
    return kense::sync::ExchangePackage::assemble(manifest, body, desk(), {reader().publicKey()});
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kense;
    static const QString path =
        QDir::temp().filePath(QStringLiteral("kense-fuzz-package-%1.kpk").arg(static_cast<qint64>(::getpid())));
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray package = input.startsWith("KENSEPK") ? input : signedPackage(input);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(package) != package.size())
            __builtin_trap(); // the machine's temporary directory, not the package: stop the run
    }
    try {
        const sync::VerifiedPackage p = sync::ExchangePackage::read(
            path, reader(), [](const QString&) { return std::optional(desk().publicKey()); });
        if (p.changes.size() != p.manifest.count)
            __builtin_trap(); // read says it checked the count
    } catch (const StorageError& e) {
        if (!e.message.startsWith(path))
            __builtin_trap(); // a refusal names the file
    }
    return 0;
}
