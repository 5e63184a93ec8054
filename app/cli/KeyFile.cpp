#include "KeyFile.h"

#include "Cli.h"
#include "sync/SecretStore.h"

#include <QFile>
#include <QHash>

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

void writePublic(const QString& path, const sync::ExchangePublicKey& key)
{
    Context::writeWhole(path, [&](QIODevice* file) {
        file->write("kense-exchange-key 2\nparty " + key.party.toUtf8() + "\nsign " + key.sign.toBase64() + "\nbox " +
                    key.box.toBase64() + "\nfingerprint " + key.fingerprint().toLatin1() + '\n');
    });
}

sync::ExchangePublicKey readPublic(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure{BadInput, QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString())};
    const QList<QByteArray> lines = file.read(4096).trimmed().split('\n');
    if (lines.size() == 1 && lines.first().split(' ').size() == 2)
        throw Failure{BadInput, QStringLiteral("%1: an exchange key file of the old kind, which holds a shared secret: "
                                               "make a new key at that side (kensectl exchange key new --replace) "
                                               "and delete this file")
                                    .arg(path)};
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray& line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            fields.insert(line.left(space), line.mid(space + 1).trimmed());
    }
    const auto key = sync::ExchangePublicKey::fromBytes(QString::fromUtf8(fields.value("party")),
                                                        QByteArray::fromBase64(fields.value("sign")) +
                                                            QByteArray::fromBase64(fields.value("box")));
    if (lines.value(0) != "kense-exchange-key 2" || !key || key->party.isEmpty())
        throw Failure{BadInput, QStringLiteral("%1: not a Kense exchange key file").arg(path)};
    if (QString::fromLatin1(fields.value("fingerprint")) != key->fingerprint())
        throw Failure{BadInput, QStringLiteral("%1: its keys do not give the fingerprint it names (%2): the file was "
                                               "changed")
                                    .arg(path, QString::fromLatin1(fields.value("fingerprint")))};
    return *key;
}

void store(const QString& name, const QByteArray& secret)
{
    const sync::Secret s = sync::SecretStore::write(name, secret);
    if (s.status != sync::Secret::Status::Ok)
        throw Failure{No, QStringLiteral("the key was not stored: the keychain says %1").arg(s.error)};
}

} // namespace kense::cli::KeyFile
