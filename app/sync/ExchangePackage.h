#pragma once

#include "Central.h"
#include "Outbox.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace kense::sync {

/// What a package says of itself. The manifest is signed (HMAC-SHA256 with the desk's exchange key); it carries the
/// SHA-256 and size of the compressed body, so any changed, missing or added byte is found before anything is applied.
struct PackageManifest
{
    QString desk;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int count = 0;
    QString createdAt;
    QString bodySha256;
    qint64 bodySize = 0;
    QString keyId; ///< the first 8 bytes of SHA-256(key), in hex: which key signed it
};

struct VerifiedPackage
{
    PackageManifest manifest;
    QList<OutgoingChange> changes;
};

struct PackageImport
{
    bool alreadyImported = false;
    int applied = 0;
    int conflicts = 0;
    int skipped = 0;      ///< here already
    int notAddressed = 0; ///< for other offices: only passed on to the centre
    int relayed = 0;      ///< kept to pass on at the next sync
};

/// Exchange packages for desks without a link: a file on removable media with the changes of one desk's outbox.
///
/// Layout: "KENSEPK1", the manifest's length (4 bytes, big-endian) and JSON, the signature's length and bytes, then
/// the body — the changes as a JSON array, compressed (zlib). Reading verifies everything before returning: a
/// package that is truncated, changed in any byte, or signed with another key is refused whole.
class ExchangePackage
{
public:
    /// Writes this desk's changes after the "exported" mark (or after `afterSeq`) to `path`; returns the manifest,
    /// or nullopt when there is nothing new. The mark moves only once the file is complete on disk.
    static std::optional<PackageManifest> write(const QSqlDatabase& db, const QString& path, const QByteArray& key,
                                                std::optional<qint64> afterSeq = std::nullopt);

    /// The bytes of a package: the magic, the manifest (compact JSON) and its signature with `key`, each
    /// length-prefixed, then the body (the compressed JSON array of the changes) — what write() puts on the stick and
    /// read() takes apart.
    static QByteArray assemble(const QByteArray& manifest, const QByteArray& body, const QByteArray& key);

    /// Reads and verifies a package; `keyOf(desk)` gives the key this side holds for the desk that wrote it.
    static VerifiedPackage read(const QString& path,
                                const std::function<std::optional<QByteArray>(const QString& desk)>& keyOf);

    /// Applies a verified package to a desk's database (and keeps its changes to pass on to the centre).
    /// Importing the same package again changes nothing; a package that does not follow on from the last one of its
    /// desk is refused.
    static PackageImport import(const QSqlDatabase& db, const VerifiedPackage& package);
    /// Applies a verified package to the centre directly.
    static UploadResult import(Central& central, const VerifiedPackage& package);
};

} // namespace kense::sync
