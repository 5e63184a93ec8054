#pragma once

#include <QByteArray>
#include <QString>

namespace kense::cli::KeyFile {

/// Writes the key file "DESK HEXKEY" whole to `path`, readable by its owner only; throws Failure when it was not.
void write(const QString& path, const QString& desk, const QByteArray& key);

struct Contents
{
    QString desk;   ///< "KZOEDU01-1"
    QByteArray key; ///< 32 bytes
};

/// Reads a key file of `kind` ("exchange key", "desk key"); throws Failure naming the file and what is wrong with it.
Contents read(const QString& path, const QString& kind);

/// Keeps `secret` in the keychain under `name`; throws Failure with the keychain's answer when it could not.
void store(const QString& name, const QByteArray& secret);

} // namespace kense::cli::KeyFile
