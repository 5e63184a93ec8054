#pragma once

#include "Outbox.h"
#include "StorageError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace kense {
class ServiceCatalog;
}

namespace kense::sync {

/// Where the central database is: postgresql://USER@HOST:PORT/DB[?sslmode=MODE&sslrootcert=FILE]. A password in the
/// address is refused — it would end up in shell histories, process lists and settings files; it comes from the
/// keychain or PGPASSWORD. The link is TLS with the server's certificate and name checked (libpq's verify-full)
/// unless the address says otherwise; the centre's CA is `sslrootcert`, else libpq's default (PGSSLROOTCERT,
/// ~/.postgresql/root.crt, %APPDATA%/postgresql/root.crt on Windows).
struct CentralAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode = QStringLiteral("verify-full"); ///< disable, require, verify-ca or verify-full
    QString sslRootCert;                             ///< the CA's certificate file; empty: libpq's default

    static std::optional<CentralAddress> parse(const QString& url, QString* error);
    /// postgresql://USER@HOST:PORT/DB, never with a password, with sslmode and sslrootcert when they are not the
    /// defaults.
    QString url() const;
    /// True when the link is not encrypted (sslmode=disable, written out): kensectl and the status bar say so.
    bool inClearText() const { return sslMode == QLatin1String("disable"); }
    bool isValid() const { return !user.isEmpty() && !host.isEmpty() && !database.isEmpty(); }
};

/// A change the centre holds, as a desk pulls it.
struct IncomingChange
{
    qint64 seq = 0;
    QString uuid;
    QString origin; ///< the desk that made it
    QString base;
    QString requestUuid;
    bool accepted = true; ///< false: the centre kept it but flagged its request (a conflict)
    /// Pulled from the centre (not read from another desk's package): only then may it be the decision of a conflict.
    bool fromCentre = false;
    QJsonObject payload; ///< {event, request}
};

struct UploadResult
{
    int accepted = 0;
    int conflicts = 0;
    int skipped = 0; ///< the centre had them already
};

struct CentralConflict
{
    QString number;
    QString state; ///< the state the centre holds
    QString desk;
    QString kind;
    QString toState;
    QString at;
    bool accepted = false;
    QString event;     ///< the change's uuid
    bool head = false; ///< the change the centre holds the request by
};

/// An administrator's decision of a conflict, made at the centre (Central::decideConflict).
struct ConflictDecision
{
    QString event; ///< the centre's change "conflict_resolved" that every desk of the offices concerned pulls
    QString state; ///< the state the request takes
};

/// The head of a desk's event log as the centre keeps it: the newest event's id in the desk's log, and its hash.
struct ChainPoint
{
    qint64 eventId = 0;
    QByteArray hash;
};

/// One connection to the central PostgreSQL database. Every failure throws StorageError with the server's reason.
class Central
{
public:
    static constexpr int kSchemaVersion = 17;
    /// The schema from which the centre checks relayed changes' signatures itself (a superuser migrates to it).
    static constexpr int kSignatureCheckSchema = 9;

    Central(const CentralAddress& address, const QString& password, int connectTimeoutSeconds = 10);
    ~Central();
    Central(const Central&) = delete;
    Central& operator=(const Central&) = delete;

    /// 0: an empty database, not yet initialised.
    int schemaVersion();
    /// Creates the schema in an empty database; refuses a database that has one.
    void init(const ServiceCatalog* catalog = nullptr);
    /// Applies the migrations this program has and the database lacks, then writes this program's rule book of moves
    /// (Workflow, every path) and each service's path from `catalog` (the built-in catalog when none is given) into
    /// the centre's, which checks every uploaded move by them; refuses a newer schema. Returns how many migrations it
    /// applied.
    int migrate(const ServiceCatalog* catalog = nullptr);

    /// This desk's own changes.
    UploadResult upload(const QList<OutgoingChange>& changes);
    /// Changes of other desks this desk passes on, each with its desk's signature, which the centre checks against
    /// the desk's exchange key it holds (central schema 9) before anything else.
    UploadResult uploadRelayed(const QList<OutgoingChange>& changes);
    /// The centre's latest change now: a pull that reads up to it and finds nothing more has seen everything.
    qint64 latestSeq();
    /// The changes after `afterSeq` up to `upTo` addressed to `office` (taken there or sent to it), made at other
    /// desks.
    QList<IncomingChange> pull(const QString& desk, const QString& office, qint64 afterSeq, qint64 upTo, int limit);
    void notePulled(const QString& desk, qint64 seq);
    /// The centre's high-water mark of a desk's own changes (0 if it never uploaded).
    qint64 uploadedMark(const QString& desk);
    /// The uuids of the changes of `desk` the centre holds with sequence numbers after `afterSeq` up to `upTo`, by
    /// sequence number.
    QHash<qint64, QString> heldChanges(const QString& desk, qint64 afterSeq, qint64 upTo);
    /// The refusal when the centre holds, under a sequence number of this desk, a change other than the desk's own:
    /// the desk was restored from an older copy (or two desks use one code). `detail` names the number.
    static StorageError forkRefusal(const QString& detail);
    /// The newest head `desk` reported at or below its event `below` (none before its first report).
    std::optional<ChainPoint> chainMark(const QString& desk, qint64 below);
    /// Reports the desk's head, with `at` the hash the desk holds now at chainMark(desk, head.eventId) (no value:
    /// there was no mark, or the desk has no such event). Throws historyRefusal() when the log does not extend what
    /// the desk reported before, or is shorter than it and the desk was not `restored` from an older copy.
    void reportChain(const QString& desk, const std::optional<ChainPoint>& at, const ChainPoint& head, bool restored);
    static StorageError historyRefusal(const QString& detail);
    /// Passes on the manifest of a package of another desk (the bytes it signed, and its signature), whose chain the
    /// centre checks as reportChain's (central schema 10) after the desk's signature, with the key it holds of that
    /// desk. Returns "taken", "seen" (that package was shown before) or "none" (a manifest without a chain); throws the
    /// centre's refusal.
    QString reportRelayedChain(const QByteArray& manifest, const QByteArray& signature);
    QList<CentralConflict> conflicts();
    /// Decides the conflict of request `number`: it takes the state of the change `event` — the one the centre holds
    /// it by (kept), or one it flagged (taken). Only a login of the centre's administrators (`central admin add`) may;
    /// the decision is the centre's change, written by that login at `at` (the deciding desk's local time) with
    /// `note`, and reaches the desks at their next sync. Throws the centre's refusal.
    ConflictDecision decideConflict(const QString& number, const QString& event, const QString& note,
                                    const QDateTime& at);
    /// How many requests and changes the centre holds (for reports and tests).
    qint64 count(const QString& table);

    QSqlDatabase connection() const { return m_db; }
    /// A second connection to the same database, for another thread (a connection belongs to the thread that
    /// opened it): call it on that thread.
    std::unique_ptr<Central> connectAgain() const;

private:
    void writeRuleBook(const ServiceCatalog& catalog);
    void applyMigration(int version);
    QString m_name;
    QSqlDatabase m_db;
    CentralAddress m_address;
    QString m_password;
    int m_timeout = 10;
};

} // namespace kense::sync
