#include "ExchangePackage.h"

#include "ChainShown.h"
#include "DeskRepository.h"
#include "SqlUtil.h"
#include "platform/WholeFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ExchangePackage)
};

const QByteArray kMagic = QByteArrayLiteral("KENSEPK2");
constexpr qint64 kMaxManifest = 64 * 1024;
constexpr quint32 kMaxRecipients = 16;
constexpr qint64 kMaxParty = 64;
constexpr qint64 kMaxSealedKey = 128;
/// The largest body a package may unpack to: about 800,000 changes. qCompress's first four bytes name the size that
/// qUncompress allocates before inflating anything, so they are checked first (found by tests/fuzz/fuzz_package: a
/// 6 kB package asked for 2.7 GB).
constexpr quint32 kMaxBody = 1024u * 1024u * 1024u;
/// zlib's deflate shrinks at most about 1032:1, so a body of n bytes cannot hold more than 1032·n.
constexpr qint64 kMaxDeflateRatio = 1032;

QByteArray lengthPrefixed(const QByteArray& bytes)
{
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(bytes.size()), len);
    return QByteArray(len, 4) + bytes;
}

QJsonObject manifestJson(const PackageManifest& m)
{
    QJsonObject out{{QStringLiteral("format"), 2},
                    {QStringLiteral("desk"), m.desk},
                    {QStringLiteral("from_seq"), m.fromSeq},
                    {QStringLiteral("to_seq"), m.toSeq},
                    {QStringLiteral("count"), m.count},
                    {QStringLiteral("created_at"), m.createdAt},
                    {QStringLiteral("body_sha256"), m.bodySha256},
                    {QStringLiteral("body_size"), m.bodySize},
                    {QStringLiteral("key_id"), m.keyId},
                    {QStringLiteral("recipients"), QJsonArray::fromStringList(m.recipients)}};
    if (!m.chain.isEmpty())
        out.insert(QStringLiteral("chain"), m.chain);
    return out;
}

/// Takes a length-prefixed chunk apart at `at`; refuses (through `refuse`) when it runs past the end or past `max`.
template <typename Refuse>
QByteArray chunk(const QByteArray& bytes, qsizetype& at, qint64 max, const Refuse& refuse)
{
    if (bytes.size() - at < 4)
        throw refuse(Tr::tr("the file is truncated"));
    const quint32 len = qFromBigEndian<quint32>(bytes.constData() + at);
    at += 4;
    if (len > max || bytes.size() - at < static_cast<qsizetype>(len))
        throw refuse(Tr::tr("the file is truncated or damaged"));
    const QByteArray out = bytes.mid(at, len);
    at += len;
    return out;
}
} // namespace

QByteArray ExchangePackage::bodyOf(const QList<OutgoingChange>& changes, const ExchangeSecretKey& signer)
{
    QJsonArray out;
    for (const OutgoingChange& c : changes)
        out.append(QJsonObject{
            {QStringLiteral("meta"), QString::fromUtf8(c.meta)},
            {QStringLiteral("payload"), QString::fromUtf8(c.payload)},
            {QStringLiteral("sig"), QString::fromLatin1(ExchangeCrypto::sign(signer, c.signedBytes()).toBase64())}});
    return qCompress(QJsonDocument(out).toJson(QJsonDocument::Compact), 9);
}

std::optional<PackageManifest> ExchangePackage::write(const QSqlDatabase& db, const QString& path,
                                                      const ExchangeSecretKey& signer,
                                                      const QList<ExchangePublicKey>& recipients,
                                                      std::optional<qint64> afterSeq)
{
    const QString desk = DeskRepository::thisDeskCode(db);
    if (signer.party != desk)
        throw StorageError{
            Tr::tr("the exchange key at hand is desk %1's, not this desk's (%2)").arg(signer.party, desk)};
    if (recipients.isEmpty())
        throw StorageError{Tr::tr("a package needs a recipient: the hub desk or the centre whose key was added")};
    const qint64 from = afterSeq.value_or(Outbox::markNumber(db, QStringLiteral("exported")));
    const QList<OutgoingChange> changes = Outbox::after(db, from, std::numeric_limits<int>::max());
    if (changes.isEmpty())
        return std::nullopt;
    const QByteArray body = bodyOf(changes, signer);
    PackageManifest m;
    m.desk = desk;
    m.fromSeq = changes.first().deskSeq;
    m.toSeq = changes.last().deskSeq;
    m.count = static_cast<int>(changes.size());
    m.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m.bodySha256 = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    m.bodySize = body.size();
    m.keyId = signer.publicKey().fingerprint();
    for (const ExchangePublicKey& r : recipients)
        m.recipients.append(r.party);
    m.chain = ChainShown::statement(db);
    const QByteArray manifest = QJsonDocument(manifestJson(m)).toJson(QJsonDocument::Compact);

    // Whole or not at all: a full stick leaves no package, and the "exported" mark stays where it was.
    const QString failed = WholeFile::write(path, [&](QIODevice* file) {
        file->write(assemble(manifest, body, signer, recipients));
        return QString();
    });
    if (!failed.isEmpty())
        throw StorageError{failed};
    Transaction tx(db);
    Outbox::setMark(db, QStringLiteral("exported"), QString::number(m.toSeq));
    if (const qint64 head = ChainShown::headOf(m.chain))
        ChainShown::note(db, head, QStringLiteral("package"));
    tx.commit();
    return m;
}

QByteArray ExchangePackage::assemble(const QByteArray& manifest, const QByteArray& body,
                                     const ExchangeSecretKey& signer, const QList<ExchangePublicKey>& recipients)
{
    const QByteArray fileKey = ExchangeCrypto::newFileKey();
    char count[4];
    qToBigEndian<quint32>(static_cast<quint32>(recipients.size()), count);
    QByteArray header = kMagic + QByteArray(count, 4);
    for (const ExchangePublicKey& r : recipients)
        header += lengthPrefixed(r.party.toUtf8()) + lengthPrefixed(ExchangeCrypto::seal(fileKey, r));
    const QByteArray inner =
        lengthPrefixed(manifest) + lengthPrefixed(ExchangeCrypto::sign(signer, kMagic + manifest)) + body;
    return header + ExchangeCrypto::encrypt(fileKey, inner, header);
}

VerifiedPackage ExchangePackage::read(const QString& path, const ExchangeSecretKey& me, const PublicKeyOf& keyOf)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError::failed(Tr::tr("%1: cannot read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto refuse = [&](const QString& why) {
        return StorageError{Tr::tr("%1: refused, nothing applied: %2").arg(path, why)};
    };
    if (bytes.size() < kMagic.size() && kMagic.startsWith(bytes))
        throw refuse(Tr::tr("the file is truncated"));
    if (bytes.startsWith("KENSEPK1"))
        throw refuse(Tr::tr("a package of the old kind, signed but not encrypted: export it again at the desk after "
                            "its new exchange key is made"));
    if (!bytes.startsWith(kMagic))
        throw refuse(Tr::tr("not a Kense exchange package"));
    qsizetype at = kMagic.size();
    if (bytes.size() - at < 4)
        throw refuse(Tr::tr("the file is truncated"));
    const quint32 count = qFromBigEndian<quint32>(bytes.constData() + at);
    at += 4;
    if (count == 0 || count > kMaxRecipients)
        throw refuse(Tr::tr("the file is damaged"));
    QStringList parties;
    QByteArray sealedKey;
    for (quint32 i = 0; i < count; ++i) {
        const QString party = QString::fromUtf8(chunk(bytes, at, kMaxParty, refuse));
        const QByteArray sealed = chunk(bytes, at, kMaxSealedKey, refuse);
        parties.append(party);
        if (party == me.party)
            sealedKey = sealed;
    }
    if (sealedKey.isEmpty())
        throw refuse(Tr::tr("it is encrypted for %1, not for %2").arg(parties.join(QStringLiteral(", ")), me.party));
    const std::optional<QByteArray> fileKey = ExchangeCrypto::open(sealedKey, me);
    if (!fileKey)
        throw refuse(Tr::tr("it is encrypted for another key of %1 than the one in this keychain (%2): the desk used "
                            "an older key file of %1")
                         .arg(me.party, me.publicKey().fingerprint()));
    const std::optional<QByteArray> inner = ExchangeCrypto::decrypt(*fileKey, bytes.mid(at), bytes.left(at));
    if (!inner)
        throw refuse(Tr::tr("the file is truncated or was changed: it does not decrypt"));

    at = 0;
    const QByteArray manifestBytes = chunk(*inner, at, kMaxManifest, refuse);
    const QByteArray signature = chunk(*inner, at, 64, refuse);
    QJsonParseError error{};
    const QJsonObject mj = QJsonDocument::fromJson(manifestBytes, &error).object();
    if (error.error != QJsonParseError::NoError || mj.value(QStringLiteral("format")).toInt() != 2)
        throw refuse(Tr::tr("its manifest is damaged"));
    VerifiedPackage p;
    PackageManifest& m = p.manifest;
    m.desk = mj.value(QStringLiteral("desk")).toString();
    m.fromSeq = mj.value(QStringLiteral("from_seq")).toInteger();
    m.toSeq = mj.value(QStringLiteral("to_seq")).toInteger();
    m.count = mj.value(QStringLiteral("count")).toInt();
    m.createdAt = mj.value(QStringLiteral("created_at")).toString();
    m.bodySha256 = mj.value(QStringLiteral("body_sha256")).toString();
    m.bodySize = mj.value(QStringLiteral("body_size")).toInteger();
    m.keyId = mj.value(QStringLiteral("key_id")).toString();
    for (const QJsonValue& r : mj.value(QStringLiteral("recipients")).toArray())
        m.recipients.append(r.toString());
    m.chain = mj.value(QStringLiteral("chain")).toObject();
    p.manifestBytes = manifestBytes;
    p.signature = signature;
    const std::optional<ExchangePublicKey> key = keyOf(m.desk);
    if (!key)
        throw refuse(Tr::tr("this side holds no exchange key of desk %1").arg(m.desk));
    if (!ExchangeCrypto::verify(*key, kMagic + manifestBytes, signature))
        throw refuse(Tr::tr("its signature does not match the key of desk %1 held here (package key %2, key here %3)")
                         .arg(m.desk, m.keyId, key->fingerprint()));
    if (m.recipients != parties)
        throw refuse(Tr::tr("its list of recipients was changed"));
    const QByteArray body = inner->mid(at);
    if (body.size() != m.bodySize)
        throw refuse(Tr::tr("the body has %1 bytes, the manifest says %2: the file is truncated or damaged")
                         .arg(body.size())
                         .arg(m.bodySize));
    if (QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()) != m.bodySha256)
        throw refuse(Tr::tr("the body's SHA-256 does not match the manifest: the file was changed"));
    const quint32 unpacked = body.size() >= 4 ? qFromBigEndian<quint32>(body.constData()) : 0;
    if (body.size() < 4 || unpacked > kMaxBody || unpacked > (body.size() - 4) * kMaxDeflateRatio)
        throw refuse(
            Tr::tr("its body is damaged (it claims %1 bytes unpacked from %2)").arg(unpacked).arg(body.size()));
    const QJsonArray changes = QJsonDocument::fromJson(qUncompress(body)).array();
    if (changes.size() != m.count)
        throw refuse(Tr::tr("it holds %1 changes, the manifest says %2").arg(changes.size()).arg(m.count));
    qint64 expect = m.fromSeq;
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        OutgoingChange change{m.desk, expect, c.value(QStringLiteral("meta")).toString().toUtf8(),
                              c.value(QStringLiteral("payload")).toString().toUtf8(),
                              QByteArray::fromBase64(c.value(QStringLiteral("sig")).toString().toLatin1())};
        if (!ExchangeCrypto::verify(*key, change.signedBytes(), change.sig))
            throw refuse(Tr::tr("its change %1 is not signed by desk %2").arg(expect).arg(m.desk));
        const QJsonObject meta = QJsonDocument::fromJson(change.meta).object();
        if (meta.value(QStringLiteral("desk")).toString() != m.desk ||
            meta.value(QStringLiteral("desk_seq")).toInteger() != expect ||
            !QJsonDocument::fromJson(change.payload).isObject())
            throw refuse(
                Tr::tr("its changes are not the desk's changes %1 to %2 in order").arg(m.fromSeq).arg(m.toSeq));
        p.changes.append(change);
        ++expect;
    }
    if (expect - 1 != m.toSeq)
        throw refuse(Tr::tr("its changes are not the desk's changes %1 to %2 in order").arg(m.fromSeq).arg(m.toSeq));
    return p;
}

} // namespace kense::sync
