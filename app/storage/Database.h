#pragma once

#include "OpenLock.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace kense {

/// One desk's SQLite database file.
///
/// Opening checks the file before changing anything: a file that is not SQLite, an SQLite file of another
/// program, or a Kense database newer than this program is refused with a message and left untouched. Then the
/// connection gets WAL journaling, synchronous=FULL (a committed request survives a power cut), foreign keys
/// and a patient wait for the write lock (waitForWriteLock), and the numbered migrations of resources/sql are applied,
/// each in one transaction.
class Database
{
public:
    /// 'KENS' — marks the file as a Kense database (PRAGMA application_id).
    static constexpr int kApplicationId = 0x4B454E53;

    enum class Mode
    {
        CreateIfMissing, ///< the program's own default file
        ExistingOnly     ///< a file named by the user or a script must exist
    };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The schema version this program writes (the number of the last migration).
    static int currentSchemaVersion();

    /// On failure returns false and sets *error to one line naming the file and the reason.
    bool open(const QString& path, Mode mode, QString* error);
    /// Opens and migrates only up to `version` — for tests that build databases of older releases.
    bool openAtVersion(const QString& path, int version, QString* error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;
    /// A value of the meta table ("created_at", "created_by").
    QString meta(const QString& key) const;

    /// What every Transaction on a desk database runs just before its COMMIT, on the committing connection, so that
    /// what it writes commits together with the change: the sync layer seals the outbox's payloads there
    /// (sync::Outbox::installSealing(), at the start of each program). None is set by default; storage itself never
    /// needs one.
    using CommitHook = void (*)(const QSqlDatabase& connection);
    static void setCommitHook(CommitHook hook);
    static CommitHook commitHook();

    /// How long a writer waits for another program's write lock before it gives up with "busy". Long work (demo data,
    /// a pull, a package) commits in short slices (WriteSlices), so the wait is normally a few milliseconds; this
    /// bound is for a writer that holds the lock far longer than it should.
    static constexpr int kLockWaitMs = 30000;
    /// Installs on the connection SQLite's busy handler that waits for the write lock in short, jittered steps
    /// (1–4 ms) for up to kLockWaitMs. SQLite's own busy_timeout looks at ever longer intervals (up to 100 ms), which
    /// misses every pause of a writer that works in short transactions: 22 of 60 registrations failed during demo
    /// data that way.
    static void waitForWriteLock(sqlite3* handle);

    /// SQLite's own handle of a connection (for the online backup API and file controls); null if it has none.
    static sqlite3* handleOf(const QSqlDatabase& connection);
    /// Throws StorageError when the file the connection opened has since been deleted, moved or replaced: what
    /// would be written then goes to a file nobody will open again. Transaction checks it before every write.
    static void checkInPlace(const QSqlDatabase& connection);

private:
    bool inspect(const QString& path, int* version, QString* error) const;
    bool openUpTo(const QString& path, Mode mode, int target, QString* error);
    bool migrate(int from, int to, QString* error);

    OpenLock m_openLock; ///< tells a restore that this program has the file open
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

} // namespace kense
