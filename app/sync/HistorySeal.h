#pragma once

#include "RequestSeals.h"
#include "SecretStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kense::sync {

/// What `db verify` learns of the desk key's seals.
struct HistorySealReport
{
    QString keyId;          ///< the key the database names; empty when no key seals this desk's history
    qint64 seals = 0;       ///< seals checked
    qint64 sealedUpTo = 0;  ///< the newest sealed event
    qint64 head = 0;        ///< the log's newest event
    QString failure;        ///< empty when every seal matches and the head is sealed; else why, in one line
    bool beforeKey = false; ///< a copy of the desk from before its key was made: nothing to check, nothing missing
    qint64 olderSeals = 0;  ///< seals made with a key that was replaced since, not checked (that key is not kept)
    QString replaced;       ///< the newest replacement of the key, in words; empty when the key was never replaced
    bool ok() const { return failure.isEmpty(); }
};

/// The desk key: 32 random bytes of this desk, kept in the keychain ("history/DESK") and never in the database. At
/// every commit that adds events, the program seals the log's head with it: HMAC-SHA-256 of the desk's code, the
/// head's id and hash (history_seals). The SHA-256 chain alone proves only that the log was not edited by someone who
/// did not compute the later hashes again; the seals cannot be made again without the key.
///
/// The key in the program's memory is DeskKey, which also seals the requests (RequestSeals). A database that names a
/// key (history_key) takes no new event from a program that does not hold the key: the commit is refused and says
/// why, so nothing is written that `db verify` would then have to call unproven. A database that names none is not
/// sealed (a desk set up without a keychain) and `db verify` says so.
///
/// The key lives in the keychain of the operating-system account: someone who works in that account can read it, as
/// they can read the desk's password for the centre. The seals stop an edit made with a copy of the file, another
/// tool or another account, and the centre's record of the log's head (Central::reportChain) stops one the centre has
/// already been shown.
class HistorySeal
{
public:
    /// What the keychain keeps: the key, then the event the key was made at (the log's head then), so that a copy of
    /// the desk from before the key is told from one whose seals were removed.
    static QByteArray secretOf(const QByteArray& key, qint64 since);
    /// The key and its event from a keychain's secret (event -1 when the secret does not say).
    static std::pair<QByteArray, qint64> fromSecret(const QByteArray& secret);
    /// The event the database's key was made at; -1 when it names none.
    static qint64 sinceOf(const QSqlDatabase& db);
    /// Uses (DeskKey::use) the keychain's answer to a read of SecretStore::historyKey (the window reads it
    /// asynchronously).
    static void useAnswer(const Secret& answer);
    /// Reads the key of the database's desk from the keychain and uses it, blocking until the keychain answers
    /// (kensectl). Asks nothing when the database names no key.
    static void useKeyFromKeychain(const QSqlDatabase& db);
    /// The keychain's key of `desk`, or why there is none (DeskKey::Lookup; blocks until the keychain answers).
    static std::pair<QByteArray, QString> lookUp(const QString& desk);
    /// Makes `key` this desk's key (the caller stores it in the keychain first) and the key in use: records its id,
    /// seals every request again with it and seals the log's head, in one transaction. Refused when the database
    /// already names a key — a key is made once — or when a request's seal no longer matches (db verify names it):
    /// an edit made behind the program is not sealed in.
    /// Returns the event the key was made at.
    static qint64 adopt(const QSqlDatabase& db, const QByteArray& key, const QDateTime& at);
    /// Replaces the desk key the database names with `key` (the caller stores it in the keychain first), for the
    /// administrator `adminId`, who says why (kept as the note of a desk_key_replaced event). First checks what can be
    /// checked: the chain's links and the states its events lead to, and, when the old key is at hand (DeskKey), its
    /// seals and those of every request and outbox change — an edit made behind the program is not sealed in. Then,
    /// in one transaction, records the event and the replacement, seals every request and outbox change again with
    /// `key` and seals the event. Returns the event: the new key's own first event (secretOf).
    static qint64 replace(const QSqlDatabase& db, const QByteArray& key, qint64 adminId, const QString& reason,
                          const QDateTime& at);
    /// What every commit runs (Outbox::installSealing): when the transaction added events to a database that names a
    /// key, seals the new head with the key in use; throws StorageError when that key is not at hand.
    static void sealHead(const QSqlDatabase& db);
    /// Checks every seal against `key` and that the head is sealed. `key` empty: only says what the database names.
    /// `keySince`: the event the keychain says the key was made at (fromSecret), -1 when unknown; a database that
    /// names no key and ends at or before it is a copy from before the key.
    static HistorySealReport verify(const QSqlDatabase& db, const QByteArray& key, qint64 keySince = -1);

    static QByteArray mac(const QByteArray& key, const QString& desk, qint64 eventId, const QByteArray& hash);
};

} // namespace kense::sync
