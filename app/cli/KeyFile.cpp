#include "KeyFile.h"

#include "Cli.h"
#include "sync/SecretStore.h"

#include <QFile>

namespace kense::cli::KeyFile {

void write(const QString& path, const QString& desk, const QByteArray& key)
{
    Context::writeWhole(path, [&](QIODevice* file) { file->write(desk.toUtf8() + ' ' + key.toHex() + '\n'); });
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

Contents read(const QString& path, const QString& kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure{BadInput, QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString())};
    const QList<QByteArray> parts = file.read(4096).trimmed().split(' ');
    const QByteArray key = parts.size() == 2 ? QByteArray::fromHex(parts[1]) : QByteArray();
    if (key.size() != 32)
        throw Failure{BadInput, QStringLiteral("%1: not a Kense %2 file").arg(path, kind)};
    return {QString::fromUtf8(parts[0]), key};
}

void store(const QString& name, const QByteArray& secret)
{
    const sync::Secret s = sync::SecretStore::write(name, secret);
    if (s.status != sync::Secret::Status::Ok)
        throw Failure{No, QStringLiteral("the key was not stored: the keychain says %1").arg(s.error)};
}

} // namespace kense::cli::KeyFile
