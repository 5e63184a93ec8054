#pragma once

#include "Central.h"
#include "ExchangeKeys.h"
#include "Outbox.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kense::sync {

/// What a package says of itself. The manifest is signed with the desk's Ed25519 key; it carries the SHA-256 and size
/// of the compressed body, so any changed, missing or added byte is found before anything is applied.
struct PackageManifest
{
    QString desk;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int count = 0;
    QString createdAt;
    QString bodySha256;
    qint64 bodySize = 0;
    QString keyId;          ///< the fingerprint of the desk's key that signed it
    QStringList recipients; ///< the parties that can open it ("KZOTSON01-1", "centre")
    QJsonObject chain;      ///< the desk's log as it shows it to the centre (ChainShown::statement); empty from older
                            ///< Kense
};

struct VerifiedPackage
{
    PackageManifest manifest;
    QList<OutgoingChange> changes;
    QByteArray manifestBytes; ///< as the desk signed them: what the hub passes on to the centre
    QByteArray signature;     ///< the desk's over "KENSEPK2" manifestBytes
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

/// Exchange packages for desks without a link: a file on removable media with the changes of one desk's outbox,
/// encrypted to the parties that are to read it (a hub desk, the centre) and signed by the desk, change by change.
///
/// Layout: "KENSEPK2"; the number of recipients (4 bytes, big-endian) and, for each, its name and the package's file
/// key sealed to its X25519 key (crypto_box_seal), each length-prefixed; then everything else encrypted with the file
/// key (XChaCha20-Poly1305, the bytes before it authenticated): the manifest (length-prefixed compact JSON), its
/// Ed25519 signature (length-prefixed), and the body — the changes as a compressed JSON array of {meta, payload, sig},
/// each change signed by its desk so that a hub can pass it on and the centre check it. Reading verifies everything
/// before returning: a package that is truncated, changed in any byte, not for this side or signed with another key is
/// refused whole. Without a recipient's secret key nothing in it can be read — no IIN crosses a USB stick in clear.
class ExchangePackage
{
public:
    /// Writes this desk's changes after the "exported" mark (or after `afterSeq`) to `path`, signed with `signer`
    /// (the desk's own key) and encrypted to `recipients`; returns the manifest, or nullopt when there is nothing new.
    /// The mark moves only once the file is complete on disk. The manifest shows the desk's log (ChainShown).
    static std::optional<PackageManifest> write(const QSqlDatabase& db, const QString& path,
                                                const ExchangeSecretKey& signer,
                                                const QList<ExchangePublicKey>& recipients,
                                                std::optional<qint64> afterSeq = std::nullopt);

    /// The bytes of a package from its manifest (compact JSON) and body: the manifest signed by `signer`, the whole
    /// encrypted to `recipients` — what write() puts on the stick and read() takes apart.
    static QByteArray assemble(const QByteArray& manifest, const QByteArray& body, const ExchangeSecretKey& signer,
                               const QList<ExchangePublicKey>& recipients);
    /// The body of a package: the changes, each signed by `signer`, as a compressed JSON array.
    static QByteArray bodyOf(const QList<OutgoingChange>& changes, const ExchangeSecretKey& signer);

    /// Reads and verifies a package with this side's own secret key `me`; `keyOf(desk)` gives the public key this side
    /// holds for the desk that wrote it.
    static VerifiedPackage read(const QString& path, const ExchangeSecretKey& me, const PublicKeyOf& keyOf);

    /// Applies a verified package to a desk's database (and keeps its changes, with their signatures, to pass on to
    /// the centre). Importing the same package again changes nothing; a package that does not follow on from the last
    /// one of its desk is refused. The manifest is kept to pass on too: the centre checks the desk's log by it.
    static PackageImport import(const QSqlDatabase& db, const VerifiedPackage& package);
    /// Applies a verified package to the centre directly: its manifest's chain first, then its changes.
    static UploadResult import(Central& central, const VerifiedPackage& package);
};

} // namespace kense::sync
