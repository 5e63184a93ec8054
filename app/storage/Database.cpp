#include "Database.h"

#include "ChannelChecks.h"
#include "DeskRepository.h"
#include "OutboxDigest.h"
#include "RequestSeals.h"
#include "SqlUtil.h"
#include "UserRepository.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <sqlite3.h>

namespace kense {

Q_LOGGING_CATEGORY(lcDatabase, "kense.storage.database")

namespace {
std::atomic<Database::CommitHook> g_commitHook{nullptr};

/// Translations of this file live in the context "kense::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Database)
};

/// SQLite's busy handler: `count` is how many times it was called for this one lock, 0 the first time. The calls
/// for one lock come one after another on the thread that waits, so the start of the wait is the thread's.
int waitForLock(void*, int count)
{
    using Clock = std::chrono::steady_clock;
    thread_local Clock::time_point since;
    const Clock::time_point now = Clock::now();
    if (count == 0)
        since = now;
    if (now - since >= std::chrono::milliseconds(Database::kLockWaitMs))
        return 0; // SQLITE_BUSY to the caller, which says the database is busy
    sqlite3_sleep(1 + static_cast<int>(QRandomGenerator::global()->bounded(4)));
    return 1;
}

QString migrationPath(int version)
{
    const QDir dir(QStringLiteral(":/sql"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

/// Splits a migration into statements at semicolons that end a line, after "--" comments are dropped (triggers keep
/// their inner semicolons inside BEGIN … END, which the splitter respects).
QStringList statementsOf(const QString& script)
{
    QStringList out;
    QString current;
    int depth = 0;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& full : lines) {
        // Drop a "--" comment that is not inside a quoted string.
        QString raw = full;
        bool quoted = false;
        for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
            if (raw[i] == QLatin1Char('\''))
                quoted = !quoted;
            else if (!quoted && raw[i] == QLatin1Char('-') && raw[i + 1] == QLatin1Char('-')) {
                raw.truncate(i);
                break;
            }
        }
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QString upper = line.toUpper();
        if (upper.contains(QStringLiteral(" BEGIN")) || upper == QStringLiteral("BEGIN"))
            ++depth;
        current += raw + QLatin1Char('\n');
        if (depth > 0 && (upper.startsWith(QStringLiteral("END;")) || upper == QStringLiteral("END")))
            --depth;
        if (depth == 0 && line.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}
} // namespace

Database::~Database()
{
    close();
}

int Database::currentSchemaVersion()
{
    int version = 0;
    while (!migrationPath(version + 1).isEmpty())
        ++version;
    return version;
}

bool Database::inspect(const QString& path, int* version, QString* error) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read (%2)").arg(name, file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) { // an empty file (e.g. just created by the user): treated as new
        *version = 0;
        return true;
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = Tr::tr("%1: is not a Kense database (not an SQLite file); it was left unchanged").arg(name);
        return false;
    }
    if (header.size() < 100) {
        *error = Tr::tr("%1: is truncated or damaged; it was left unchanged").arg(name);
        return false;
    }
    {
        // The header says how many pages the file holds (as of its last checkpoint); a shorter file lost its end —
        // unless a WAL file is beside it: a checkpoint cut short by a crash leaves the main file short, and SQLite
        // completes it from the WAL on the next open.
        const auto be = [&](int offset, int bytes) {
            quint32 v = 0;
            for (int i = 0; i < bytes; ++i)
                v = (v << 8) | quint8(header[offset + i]);
            return v;
        };
        const quint32 pageSizeField = be(16, 2);
        const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
        const qint64 pages = be(28, 4);
        const bool walBeside = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        if (!walBeside && pageSize >= 512 && pages > 0 && QFileInfo(path).size() < pages * pageSize) {
            *error = Tr::tr("%1: is truncated or damaged; it was left unchanged").arg(name);
            return false;
        }
    }
    // The version and the mark are read through SQLite, read-only: in WAL mode the newest header may still be in
    // the -wal file (another connection — the desk program — is writing), so the main file's bytes can be stale.
    int userVersion = 0;
    int applicationId = 0;
    int objects = 0;
    {
        const QString probe = QStringLiteral("kense-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool readable = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
                applicationId = readable ? q.value(0).toInt() : 0;
                readable = readable && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
                userVersion = readable ? q.value(0).toInt() : 0;
                readable = readable && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
                objects = readable ? q.value(0).toInt() : 0;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(probe);
        if (!readable) {
            *error = Tr::tr("%1: is truncated or damaged; it was left unchanged").arg(name);
            return false;
        }
    }
    if (applicationId != kApplicationId && !(applicationId == 0 && userVersion == 0 && objects == 0)) {
        *error = Tr::tr("%1: is an SQLite database of another program, not Kense; it was left unchanged").arg(name);
        return false;
    }
    if (userVersion > currentSchemaVersion()) {
        *error = Tr::tr("%1: was written by a newer Kense (schema version %2; this program knows up to %3); "
                        "update the program — the file was left unchanged")
                     .arg(name)
                     .arg(userVersion)
                     .arg(currentSchemaVersion());
        return false;
    }
    *version = userVersion;
    return true;
}

bool Database::open(const QString& path, Mode mode, QString* error)
{
    return openUpTo(path, mode, currentSchemaVersion(), error);
}

bool Database::openAtVersion(const QString& path, int version, QString* error)
{
    return openUpTo(path, Mode::CreateIfMissing, version, error);
}

bool Database::openUpTo(const QString& path, Mode mode, int target, QString* error)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(path).fileName();
    // The mode bits are checked too: root may write to any file, but a file or folder marked read-only was marked so
    // on purpose (an archived desk, a copy to look at).
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QString folder = QFileInfo(absolute).absolutePath();
    if (QFileInfo::exists(absolute) && (!QFileInfo(folder).isWritable() || !(QFile::permissions(folder) & writeBits))) {
        // Said before the file is looked at: SQLite cannot read a WAL database in a folder it cannot write (its
        // shared memory file), which looked like a damaged file.
        *error = Tr::tr("%1: its folder %2 is read-only; Kense needs to write beside its database").arg(name, folder);
        return false;
    }
    int version = 0;
    if (QFileInfo::exists(absolute)) {
        if (!QFileInfo(absolute).isFile()) {
            *error = Tr::tr("%1: is not a file").arg(name);
            return false;
        }
        if (!inspect(absolute, &version, error))
            return false;
    } else if (mode == Mode::ExistingOnly) {
        *error = Tr::tr("%1: no such file").arg(absolute);
        return false;
    } else if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        *error = Tr::tr("%1: cannot create the folder %2").arg(name, QFileInfo(absolute).absolutePath());
        return false;
    }
    if (QFileInfo::exists(absolute) &&
        (!QFileInfo(absolute).isWritable() || !(QFile::permissions(absolute) & writeBits))) {
        *error = Tr::tr("%1: is read-only; Kense needs to write to its database").arg(name);
        return false;
    }

    if (!m_openLock.open(absolute, error))
        return false;

    // Personal data is this account's: a database (and its WAL, whose mode SQLite copies from it) made readable by
    // others before — an older version, another umask, a copy — is made private again.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString file = absolute + QLatin1String(suffix);
        if (!Platform::keepPrivate(file))
            qCWarning(lcDatabase) << "cannot take others' rights off" << file;
    }
    m_connectionName = QStringLiteral("kense-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(absolute);
    if (!m_db.open()) {
        *error = Tr::tr("%1: cannot be opened (%2)").arg(name, m_db.lastError().text());
        close();
        return false;
    }
    m_path = absolute;
    waitForWriteLock(handleOf(m_db)); // before the first pragma: setting WAL takes the lock too
    QSqlQuery q(m_db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"),  QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cache_size = -65536"), // 64 MiB of pages: a million requests' indexes stay warm
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = Tr::tr("%1: cannot be set up (%2)").arg(name, q.lastError().text());
            close();
            return false;
        }
    }
    if (version < target && !migrate(version, target, error)) {
        close();
        return false;
    }
    if (target >= 6) {
        try {
            RequestSeals::track(m_db); // every commit of this connection seals the requests it touched
        } catch (const StorageError& e) {
            *error = Tr::tr("%1: cannot be set up (%2)").arg(name, e.message);
            close();
            return false;
        }
    }
    qCInfo(lcDatabase) << "opened" << m_path << "schema" << schemaVersion();
    return true;
}

bool Database::migrate(int from, int to, QString* error)
{
    const QString name = QFileInfo(m_path).fileName();
    for (int version = from + 1; version <= to; ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1: migration %2 is missing from the program").arg(name).arg(version);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!m_db.transaction()) {
            *error = Tr::tr("%1: cannot start a transaction (%2)").arg(name, m_db.lastError().text());
            return false;
        }
        QSqlQuery q(m_db);
        QStringList statements = statementsOf(script);
        if (version == 1) {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
            statements << QStringLiteral("INSERT INTO meta(key, value) VALUES ('created_at', '%1'), "
                                         "('created_by', 'Kense %2')")
                              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                   QStringLiteral(KENSE_VERSION));
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString& statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                *error = Tr::tr("%1: migration %2 failed (%3)").arg(name).arg(version).arg(q.lastError().text());
                m_db.rollback();
                return false;
            }
        }
        try {
            if (version == 2)
                DeskRepository::seedDirectory(m_db); // the office directory, in the same transaction
            if (version == 6) {
                RequestSeals::sealAll(m_db, {}); // the requests already here, sealed as they are
                OutboxDigest::addToAll(m_db);
            }
            if (version == 11)
                ChannelChecks::allowPortal(m_db); // requests.channel may be 'portal'
            if (version == 12)
                ChannelChecks::allowAkim(m_db); // a rural akim's apparatus: its desk, specialists and requests
            if (version == 13)
                UserRepository::splitStoredNames(m_db); // the accounts' names in three parts
        } catch (const StorageError& e) {
            *error = Tr::tr("%1: migration %2 failed (%3)").arg(name).arg(version).arg(e.message);
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            *error = Tr::tr("%1: migration %2 could not be committed (%3)")
                         .arg(name)
                         .arg(version)
                         .arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
    m_openLock.release();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

void Database::waitForWriteLock(sqlite3* handle)
{
    if (handle)
        sqlite3_busy_handler(handle, waitForLock, nullptr);
}

sqlite3* Database::handleOf(const QSqlDatabase& connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

void Database::checkInPlace(const QSqlDatabase& connection)
{
    sqlite3* handle = handleOf(connection);
    if (!handle)
        return;
    int moved = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        throw StorageError::lost(Tr::tr("%1: the database file was deleted, moved or replaced while the program had it "
                                        "open — close the program and start it again")
                                     .arg(connection.databaseName()));
}

void Database::setCommitHook(CommitHook hook)
{
    g_commitHook.store(hook);
}

Database::CommitHook Database::commitHook()
{
    return g_commitHook.load();
}

} // namespace kense
