#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kense::sync {

/// A package manifest another desk signed, kept at the hub to pass on to the centre.
struct RelayedManifest
{
    QString origin;
    qint64 toSeq = 0;
    QByteArray manifest;  ///< the bytes the desk signed
    QByteArray signature; ///< Ed25519 over "KENSEPK2" manifest
};

/// What this desk showed the centre of its event log, and what it passes on of other desks' (central schema 10).
///
/// A desk with a link shows the centre its log's head at every sync (SyncEngine::reportChain). A desk without one
/// shows it in each package: the manifest, which the desk signs, carries statement() — the head, and the hashes the log
/// holds now at the heads it showed before — and the hub passes the manifest on before the package's changes, so the
/// centre refuses a rural desk's log written again behind the program as it refuses a connected desk's.
namespace ChainShown {

/// How many of the newest heads shown a statement names: the centre's newest mark is one of them unless that many
/// packages in a row never reached it.
constexpr int kPoints = 64;

/// Notes that the head `eventId` was shown ("sync" or "package"), inside or outside the caller's transaction.
void note(const QSqlDatabase& db, qint64 eventId, const QString& how);
/// The log's head and its hashes at the newest heads shown, for a manifest: {"head": {"event", "hash"}, "points":
/// [{"event", "hash"}…], "restored": bool}; empty when the log has no event.
QJsonObject statement(const QSqlDatabase& db);
/// The head a statement names (0 when it names none).
qint64 headOf(const QJsonObject& statement);

/// Keeps another desk's manifest to pass on (once: the same package imported again keeps nothing new).
void keepToRelay(const QSqlDatabase& db, const RelayedManifest& m);
/// The manifests waiting to go, oldest first for each desk.
QList<RelayedManifest> toRelay(const QSqlDatabase& db);
void markRelayed(const QSqlDatabase& db, const RelayedManifest& m);

} // namespace ChainShown

} // namespace kense::sync
