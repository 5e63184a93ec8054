#include "Central.h"

#include "CentralQuery.h"
#include "SqlUtil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace kense::sync {

using central::checkRead;
using central::reasonOf;
using central::run;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Central)
};

QAtomicInteger<int> connectionCounter;

} // namespace

std::optional<CentralAddress> CentralAddress::parse(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(Tr::tr("the address is not postgresql://USER@HOST:PORT/DATABASE"));
    if (!url.password().isEmpty())
        return fail(Tr::tr("the address carries a password; give it through the keychain or PGPASSWORD instead"));
    CentralAddress a;
    a.user = url.userName();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.user.isEmpty())
        return fail(Tr::tr("the address names no user (postgresql://USER@HOST:PORT/DATABASE)"));
    if (a.host.isEmpty())
        return fail(Tr::tr("the address names no host"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return fail(Tr::tr("the address names no database"));
    // libpq's own words for the link; "allow" and "prefer" are refused: they fall back to clear text unannounced.
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == QLatin1String("sslmode")) {
            if (!modes.contains(value))
                return fail(Tr::tr("sslmode=%1: use verify-full (the default), verify-ca, require, or disable written "
                                   "out")
                                .arg(value));
            a.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            a.sslRootCert = value;
        } else {
            return fail(Tr::tr("the address's parameter %1 is not one Kense takes (sslmode, sslrootcert)").arg(key));
        }
    }
    return a;
}

QString CentralAddress::url() const
{
    QUrlQuery query;
    if (sslMode != QLatin1String("verify-full"))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    const QString base = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    return query.isEmpty() ? base : base + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

namespace {
/// A value of libpq's connection string, quoted (a path may hold spaces, quotes or backslashes).
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

Central::Central(const CentralAddress& address, const QString& password, int connectTimeoutSeconds)
    : m_name(QStringLiteral("kense-central-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_address(address)
    , m_password(password)
    , m_timeout(connectTimeoutSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError::failed(Tr::tr("the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setDatabaseName(address.database);
    m_db.setUserName(address.user);
    m_db.setPassword(password);
    QString options = QStringLiteral("connect_timeout=%1;application_name=kense;sslmode=%2")
                          .arg(connectTimeoutSeconds)
                          .arg(address.sslMode);
    if (!address.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + conninfoValue(address.sslRootCert);
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString reason = reasonOf(m_db.lastError());
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        if (reason.contains(QLatin1String("certificate verify failed")) ||
            reason.contains(QLatin1String("does not match host name")))
            throw StorageError::failed(
                Tr::tr("the central server at %1 did not prove it is the centre (its TLS certificate "
                       "is not signed by the centre's CA%2, or not for this host): nothing "
                       "was sent. %3")
                    .arg(address.host,
                         address.sslRootCert.isEmpty() ? QString() : QStringLiteral(" ") + address.sslRootCert,
                         reason));
        throw StorageError::failed(Tr::tr("cannot reach the central database %1: %2").arg(address.url(), reason));
    }
}

Central::~Central()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Central> Central::connectAgain() const
{
    return std::make_unique<Central>(m_address, m_password, m_timeout);
}

namespace {
/// The changes' metas and payloads as two JSON arrays, each element the bytes the desk wrote (a relayed change's
/// signature covers them as they are).
std::pair<QString, QString> arraysOf(const QList<OutgoingChange>& changes)
{
    QByteArray meta = "[", payloads = "[";
    for (int i = 0; i < changes.size(); ++i) {
        if (i) {
            meta += ',';
            payloads += ',';
        }
        meta += changes[i].meta;
        payloads += changes[i].payload;
    }
    meta += ']';
    payloads += ']';
    return {QString::fromUtf8(meta), QString::fromUtf8(payloads)};
}

UploadResult resultOf(QSqlQuery& q)
{
    UploadResult r;
    if (q.next()) {
        r.accepted = q.value(0).toInt();
        r.conflicts = q.value(1).toInt();
        r.skipped = q.value(2).toInt();
    }
    return r;
}
} // namespace

UploadResult Central::upload(const QList<OutgoingChange>& changes)
{
    const auto [meta, payloads] = arraysOf(changes);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT accepted, conflicts, skipped FROM kense_upload(CAST(? AS jsonb), CAST(? AS json))"));
    q.addBindValue(meta);
    q.addBindValue(payloads);
    run(q);
    return resultOf(q);
}

UploadResult Central::uploadRelayed(const QList<OutgoingChange>& changes)
{
    const auto [meta, payloads] = arraysOf(changes);
    // An array literal of base64 strings (letters, digits, '+', '/', '='), each quoted: a missing signature is "".
    QStringList signatures;
    signatures.reserve(changes.size());
    for (const OutgoingChange& c : changes)
        signatures.append(u'"' + QString::fromLatin1(c.sig.toBase64()) + u'"');
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT accepted, conflicts, skipped "
                             "FROM kense_upload_relayed(CAST(? AS json), CAST(? AS json), CAST(? AS text[]))"));
    q.addBindValue(meta);
    q.addBindValue(payloads);
    q.addBindValue(QString(u'{' + signatures.join(u',') + u'}'));
    run(q);
    return resultOf(q);
}

qint64 Central::latestSeq()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_latest_seq()"));
    run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<IncomingChange> Central::pull(const QString& desk, const QString& office, qint64 afterSeq, qint64 upTo, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, uuid, desk, base, accepted, payload, request_uuid "
                             "FROM kense_pull(?, ?, ?, ?, ?)"));
    q.addBindValue(desk);
    q.addBindValue(office);
    q.addBindValue(afterSeq);
    q.addBindValue(upTo);
    q.addBindValue(limit);
    run(q);
    QList<IncomingChange> out;
    while (q.next()) {
        IncomingChange c;
        c.fromCentre = true;
        c.seq = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.origin = q.value(2).toString();
        c.base = q.value(3).toString();
        c.accepted = q.value(4).toBool();
        c.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        c.requestUuid = q.value(6).toString();
        out.append(c);
    }
    checkRead(q);
    return out;
}

void Central::notePulled(const QString& desk, qint64 seq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_note_pulled(?, ?)"));
    q.addBindValue(desk);
    q.addBindValue(seq);
    run(q);
}

qint64 Central::uploadedMark(const QString& desk)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_uploaded_mark(?)"));
    q.addBindValue(desk);
    run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QHash<qint64, QString> Central::heldChanges(const QString& desk, qint64 afterSeq, qint64 upTo)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT desk_seq, uuid FROM kense_held_changes(?, ?, ?)"));
    q.addBindValue(desk);
    q.addBindValue(afterSeq);
    q.addBindValue(upTo);
    run(q);
    QHash<qint64, QString> held;
    while (q.next())
        held.insert(q.value(0).toLongLong(), q.value(1).toString());
    checkRead(q);
    return held;
}

StorageError Central::forkRefusal(const QString& detail)
{
    return StorageError{Tr::tr("the centre refused this desk's changes: it holds other changes under the same numbers "
                               "of this desk (%1). This desk's database was restored from an older copy, or another "
                               "desk uses its code; nothing was sent — call the administrator before registering "
                               "more here")
                            .arg(detail)};
}

std::optional<ChainPoint> Central::chainMark(const QString& desk, qint64 below)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT event_id, hash FROM kense_chain_mark(?, ?)"));
    q.addBindValue(desk);
    q.addBindValue(below);
    run(q);
    if (!q.next())
        return std::nullopt;
    return ChainPoint{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

void Central::reportChain(const QString& desk, const std::optional<ChainPoint>& at, const ChainPoint& head,
                          bool restored)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_chain_report(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(desk);
    q.addBindValue(at ? QVariant(at->eventId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(at ? QVariant(at->hash) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(head.eventId);
    q.addBindValue(head.hash);
    q.addBindValue(restored);
    run(q);
}

QString Central::reportRelayedChain(const QByteArray& manifest, const QByteArray& signature)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_chain_report_relayed(?, ?)"));
    q.addBindValue(manifest);
    q.addBindValue(QString::fromLatin1(signature.toBase64()));
    run(q);
    return q.next() ? q.value(0).toString() : QString();
}

StorageError Central::historyRefusal(const QString& detail)
{
    return StorageError{Tr::tr("the centre refused this desk: its event log is not the one it showed the centre "
                               "before (%1). The log was written again behind the program, or this database is "
                               "another desk's (a copy of another desk was restored here, or two desks use one code); "
                               "nothing was sent — call the administrator")
                            .arg(detail)};
}

qint64 Central::count(const QString& table)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kense_count(?)"));
    q.addBindValue(table);
    run(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace kense::sync
