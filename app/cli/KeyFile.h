#pragma once

#include "sync/ExchangeKeys.h"

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

/// Writes a public exchange key file whole: the party, its two public keys and their fingerprint, as text lines. It
/// holds no secret; it is what one side carries to the other.
void writePublic(const QString& path, const sync::ExchangePublicKey& key);
/// Reads a public exchange key file; refuses the old kind (a shared secret) and a fingerprint that does not match.
sync::ExchangePublicKey readPublic(const QString& path);

/// Keeps `secret` in the keychain under `name`; throws Failure with the keychain's answer when it could not.
void store(const QString& name, const QByteArray& secret);

} // namespace kense::cli::KeyFile
