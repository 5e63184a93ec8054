#include "ExchangePackage.h"

#include "DeskRepository.h"
#include "Inbox.h"
#include "SqlUtil.h"
#include "common/SecretKey.h"
#include "platform/WholeFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ExchangePackage)
};

const QByteArray kMagic = QByteArrayLiteral("KENSEPK1");
constexpr qint64 kMaxManifest = 64 * 1024;
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

QByteArray signatureOf(const QByteArray& key, const QByteArray& manifest)
{
    return QMessageAuthenticationCode::hash(kMagic + manifest, key, QCryptographicHash::Sha256);
}

/// Compares in time independent of where the bytes differ.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QJsonObject manifestJson(const PackageManifest& m)
{
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("desk"), m.desk},
                       {QStringLiteral("from_seq"), m.fromSeq},
                       {QStringLiteral("to_seq"), m.toSeq},
                       {QStringLiteral("count"), m.count},
                       {QStringLiteral("created_at"), m.createdAt},
                       {QStringLiteral("body_sha256"), m.bodySha256},
                       {QStringLiteral("body_size"), m.bodySize},
                       {QStringLiteral("key_id"), m.keyId}};
}
} // namespace

std::optional<PackageManifest> ExchangePackage::write(const QSqlDatabase& db, const QString& path,
                                                      const QByteArray& key, std::optional<qint64> afterSeq)
{
    if (key.size() < 16)
        throw StorageError{Tr::tr("the desk's exchange key is missing or too short")};
    const qint64 from = afterSeq.value_or(Outbox::markNumber(db, QStringLiteral("exported")));
    const QList<OutgoingChange> changes = Outbox::after(db, from, std::numeric_limits<int>::max());
    if (changes.isEmpty())
        return std::nullopt;
    QByteArray body = "[";
    for (int i = 0; i < changes.size(); ++i) {
        if (i)
            body += ',';
        body += changes[i].joined();
    }
    body += ']';
    body = qCompress(body, 9);
    PackageManifest m;
    m.desk = DeskRepository::thisDeskCode(db);
    m.fromSeq = changes.first().deskSeq;
    m.toSeq = changes.last().deskSeq;
    m.count = static_cast<int>(changes.size());
    m.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m.bodySha256 = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    m.bodySize = body.size();
    m.keyId = SecretKey::idOf(key);
    const QByteArray manifest = QJsonDocument(manifestJson(m)).toJson(QJsonDocument::Compact);

    // Whole or not at all: a full stick leaves no package, and the "exported" mark stays where it was.
    const QString failed = WholeFile::write(path, [&](QIODevice* file) {
        file->write(assemble(manifest, body, key));
        return QString();
    });
    if (!failed.isEmpty())
        throw StorageError{failed};
    Transaction tx(db);
    Outbox::setMark(db, QStringLiteral("exported"), QString::number(m.toSeq));
    tx.commit();
    return m;
}

QByteArray ExchangePackage::assemble(const QByteArray& manifest, const QByteArray& body, const QByteArray& key)
{
    return kMagic + lengthPrefixed(manifest) + lengthPrefixed(signatureOf(key, manifest)) + body;
}

VerifiedPackage ExchangePackage::read(const QString& path,
                                      const std::function<std::optional<QByteArray>(const QString&)>& keyOf)
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
    if (!bytes.startsWith(kMagic))
        throw refuse(Tr::tr("not a Kense exchange package"));
    qsizetype at = kMagic.size();
    auto chunk = [&](qint64 max) {
        if (bytes.size() - at < 4)
            throw refuse(Tr::tr("the file is truncated"));
        const quint32 len = qFromBigEndian<quint32>(bytes.constData() + at);
        at += 4;
        if (len > max || bytes.size() - at < static_cast<qsizetype>(len))
            throw refuse(Tr::tr("the file is truncated or damaged"));
        const QByteArray out = bytes.mid(at, len);
        at += len;
        return out;
    };
    const QByteArray manifestBytes = chunk(kMaxManifest);
    const QByteArray signature = chunk(64);
    QJsonParseError error{};
    const QJsonObject mj = QJsonDocument::fromJson(manifestBytes, &error).object();
    if (error.error != QJsonParseError::NoError || mj.value(QStringLiteral("format")).toInt() != 1)
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
    const std::optional<QByteArray> key = keyOf(m.desk);
    if (!key || key->isEmpty())
        throw refuse(Tr::tr("this side holds no exchange key of desk %1").arg(m.desk));
    if (!sameBytes(signatureOf(*key, manifestBytes), signature))
        throw refuse(Tr::tr("its signature does not match the key of desk %1 held here (package key %2, key here %3)")
                         .arg(m.desk, m.keyId, SecretKey::idOf(*key)));
    const QByteArray body = bytes.mid(at);
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
        const OutgoingChange change = OutgoingChange::split(m.desk, expect, c);
        if (c.value(QStringLiteral("desk")).toString() != m.desk ||
            c.value(QStringLiteral("desk_seq")).toInteger() != expect || change.meta.isEmpty())
            throw refuse(
                Tr::tr("its changes are not the desk's changes %1 to %2 in order").arg(m.fromSeq).arg(m.toSeq));
        p.changes.append(change);
        ++expect;
    }
    if (expect - 1 != m.toSeq)
        throw refuse(Tr::tr("its changes are not the desk's changes %1 to %2 in order").arg(m.fromSeq).arg(m.toSeq));
    return p;
}

PackageImport ExchangePackage::import(const QSqlDatabase& db, const VerifiedPackage& p)
{
    PackageImport r;
    const PackageManifest& m = p.manifest;
    if (m.desk == DeskRepository::thisDeskCode(db))
        throw StorageError{Tr::tr("this is a package of this desk (%1); import it at another desk").arg(m.desk)};
    qint64 last = 0;
    {
        Transaction tx(db);
        last =
            scalar(db, QStringLiteral("SELECT last_seq FROM exchange_marks WHERE origin = ?"), {m.desk}).toLongLong();
        // A change imported before comes again under its number only as itself: another change under the same
        // number is a desk restored from an older copy (or two desks with one code) — refused, never a fork.
        QSqlQuery held = prepare(db, QStringLiteral("SELECT uuid FROM relay WHERE origin = ? AND desk_seq = ?"));
        for (const OutgoingChange& change : p.changes) {
            if (change.deskSeq > last)
                break;
            exec(held, {m.desk, change.deskSeq});
            const QString uuid = QJsonDocument::fromJson(change.meta).object().value(QStringLiteral("uuid")).toString();
            if (held.next() && held.value(0).toString() != uuid)
                throw StorageError{Tr::tr("the package holds, under number %1 of desk %2, another change than the one "
                                          "imported here before: that desk's database was restored from an older "
                                          "copy, or two desks use its code; nothing was imported — call the "
                                          "administrator")
                                       .arg(change.deskSeq)
                                       .arg(m.desk)};
        }
        if (m.toSeq <= last) {
            r.alreadyImported = true;
            return r;
        }
        if (m.fromSeq > last + 1)
            throw StorageError{Tr::tr("the package holds changes %1 to %2 of desk %3, but this desk has them only up "
                                      "to %4: import the packages in between first")
                                   .arg(m.fromSeq)
                                   .arg(m.toSeq)
                                   .arg(m.desk)
                                   .arg(last)};
    }
    // Applied in short transactions (WriteSlice): a registration waits milliseconds between two. The desk's mark
    // moves with each to the last change it applied, so a cut import goes on from there.
    qsizetype next = 0;
    while (next < p.changes.size() && p.changes.at(next).deskSeq <= last)
        ++next;
    do {
        if (r.relayed > 0)
            WriteSlice::pause();
        Transaction tx(db);
        const WriteSlice slice;
        Inbox inbox(db);
        QSqlQuery relay = prepare(db, QStringLiteral("INSERT INTO relay (origin, desk_seq, uuid, meta, payload) "
                                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        while (next < p.changes.size()) {
            const OutgoingChange& change = p.changes.at(next++);
            const QJsonObject c = QJsonDocument::fromJson(change.meta).object();
            IncomingChange in;
            in.uuid = c.value(QStringLiteral("uuid")).toString();
            in.origin = m.desk;
            in.base = c.value(QStringLiteral("base")).toString();
            in.requestUuid = c.value(QStringLiteral("request")).toString();
            in.payload = QJsonDocument::fromJson(change.payload).object();
            inbox.apply(in);
            exec(relay,
                 {m.desk, change.deskSeq, in.uuid, QString::fromUtf8(change.meta), QString::fromUtf8(change.payload)});
            ++r.relayed;
            if (slice.due())
                break;
        }
        r.applied += inbox.tally().applied;
        r.conflicts += inbox.tally().conflicts;
        r.skipped += inbox.tally().here;
        r.notAddressed += inbox.tally().notAddressed;
        const qint64 upTo = next == p.changes.size() ? m.toSeq : p.changes.at(next - 1).deskSeq;
        QSqlQuery mark = prepare(db, QStringLiteral("INSERT INTO exchange_marks (origin, last_seq) VALUES (?, ?) "
                                                    "ON CONFLICT (origin) DO UPDATE SET last_seq = excluded.last_seq"));
        exec(mark, {m.desk, upTo});
        tx.commit();
    } while (next < p.changes.size());
    return r;
}

UploadResult ExchangePackage::import(Central& central, const VerifiedPackage& p)
{
    return central.upload(p.changes);
}

} // namespace kense::sync
