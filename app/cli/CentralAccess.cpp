// What kensectl's central, sync and exchange commands share.
#include "CentralAccess.h"

#include "SqlUtil.h"
#include "sync/CentralSettings.h"
#include "sync/SecretStore.h"

#include <QTextStream>

namespace kense::cli {

using namespace kense::sync;

QCommandLineOption urlOption()
{
    return QCommandLineOption(QStringLiteral("url"), QStringLiteral("The central database."),
                              QStringLiteral("postgresql://USER@HOST:PORT/DB"));
}

CentralAddress addressOf(const QCommandLineParser& p, const QCommandLineOption& url)
{
    if (!p.isSet(url))
        throw Failure{BadInput, QStringLiteral("--url postgresql://USER@HOST:PORT/DB is required")};
    QString error;
    const auto a = CentralAddress::parse(p.value(url), &error);
    if (!a)
        throw Failure{BadInput, QStringLiteral("--url: ") + error};
    return *a;
}

CentralAddress deskAddressOf(const QCommandLineParser& p, const QCommandLineOption& url)
{
    if (p.isSet(url))
        return addressOf(p, url);
    if (const auto a = CentralSettings::address())
        return *a;
    throw Failure{BadInput, QStringLiteral("--url postgresql://USER@HOST:PORT/DB is required: this desk's settings "
                                           "name no central server (central/host, central/database, central/user)")};
}

QString passwordFor(const CentralAddress& a)
{
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return qEnvironmentVariable("PGPASSWORD");
    const Secret s = SecretStore::read(SecretStore::centralKey(a.url()));
    switch (s.status) {
    case Secret::Status::Ok:
        return QString::fromUtf8(s.data);
    case Secret::Status::NotFound:
        throw Failure{No, QStringLiteral("no password for %1 in the keychain: store it with kensectl central password "
                                         "--url %1 --password-stdin, or set PGPASSWORD")
                              .arg(a.url())};
    case Secret::Status::NoKeychain:
    case Secret::Status::Failed:
        break;
    }
    throw Failure{No, QStringLiteral("the keychain is not available here (%1): set PGPASSWORD").arg(s.error)};
}

std::unique_ptr<Central> connect(const CentralAddress& a, const std::optional<QString>& password)
{
    if (a.inClearText())
        QTextStream(stderr) << "kensectl: warning: sslmode=disable — the link to the centre is not encrypted: IINs, "
                               "names and the password cross the network as clear text\n";
    try {
        return std::make_unique<Central>(a, password ? *password : passwordFor(a));
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
}

QJsonObject reportJson(const SyncReport& r)
{
    return QJsonObject{{QStringLiteral("uploaded"), r.uploaded}, {QStringLiteral("flagged"), r.flagged},
                       {QStringLiteral("skipped"), r.skipped},   {QStringLiteral("pulled"), r.pulled},
                       {QStringLiteral("applied"), r.applied},   {QStringLiteral("conflicts"), r.conflicts},
                       {QStringLiteral("waiting"), r.waiting},   {QStringLiteral("recovered"), r.recovered},
                       {QStringLiteral("pruned"), r.pruned}};
}

} // namespace kense::cli
