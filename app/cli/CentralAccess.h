#pragma once

// What kensectl's central, sync and exchange commands share: the central server's address, its password and the
// exchange commands, and a sync's report as JSON.
#include "Cli.h"
#include "sync/Central.h"
#include "sync/SyncEngine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace kense::cli {

QCommandLineOption urlOption();
/// The --url value; throws a BadInput Failure when it is missing or malformed.
sync::CentralAddress addressOf(const QCommandLineParser& p, const QCommandLineOption& url);
/// The --url value, or else the central server the desk's settings name (as Settings → Central server saved it).
sync::CentralAddress deskAddressOf(const QCommandLineParser& p, const QCommandLineOption& url);
/// PGPASSWORD, else the keychain. Never the command line.
QString passwordFor(const sync::CentralAddress& a);
/// Connects with `password`, else the password of passwordFor; a refusal is a "no" Failure.
std::unique_ptr<sync::Central> connect(const sync::CentralAddress& a, const std::optional<QString>& password = {});
QJsonObject reportJson(const sync::SyncReport& r);
/// kensectl exchange …
int exchangeCommand(Context& ctx, const QString& verb);
/// kensectl exchange key …
int exchangeKeyCommand(Context& ctx);
/// kensectl central desk …|admin …
int centralRoleCommand(Context& ctx, const QString& verb);

} // namespace kense::cli
