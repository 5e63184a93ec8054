#include "Backup.h"

#include "Database.h"
#include "DeskRepository.h"
#include "EventLog.h"
#include "OpenLock.h"
#include "RequestSeals.h"
#include "RestoreHold.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <sqlite3.h>

namespace kense::Backup {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Backup)
};
} // namespace

void backUp(const QSqlDatabase& db, const QString& target)
{
    if (QFileInfo::exists(target))
        throw StorageError{Tr::tr("%1 exists already; choose a new file").arg(target)};
    if (!QFileInfo(target).absoluteDir().exists())
        throw StorageError{Tr::tr("%1: there is no folder %2").arg(target, QFileInfo(target).absolutePath())};
    // Written beside the target under another name and renamed once whole: a backup that fails (a full disk) leaves
    // no file, and a half-written one never carries the backup's name.
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString part = absolute + QStringLiteral(".part");
    QFile::remove(part);
    try {
        QSqlQuery q = prepare(db, QStringLiteral("VACUUM INTO ?"));
        exec(q, {part});
    } catch (const StorageError& e) {
        QFile::remove(part);
        if (e.message.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
            throw StorageError::failed(Tr::tr("%1: the disk is full; no backup was written").arg(target));
        throw;
    }
    if (!QFile::rename(part, absolute)) {
        QFile::remove(part);
        throw StorageError::failed(Tr::tr("%1: the backup could not be put in place").arg(target));
    }
}

namespace {
/// A bare SQLite connection: the restore works under its own lock, where a Database (which registers as an opener)
/// would be refused.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            fail(QFileInfo(path).fileName());
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    /// The first column of the first row of `sql`, or an empty string.
    QString text(const char* sql) const
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sql));
        QString out;
        const int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(QString::fromUtf8(sql));
        return out;
    }
    void exec(const QString& sql) const
    {
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql.section(QLatin1Char(' '), 0, 1));
    }
    [[noreturn]] void fail(const QString& what) const
    {
        throw StorageError::failed(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

private:
    sqlite3* m_db = nullptr;
};

/// Checks the copy at `probe` as a Kense database of this program's kind; returns its desk ("" if not set up).
QString checkCopy(const QString& probe)
{
    QString error;
    QString desk;
    {
        Database check;
        if (!check.open(probe, Database::Mode::ExistingOnly, &error))
            throw StorageError{Tr::tr("the copy is refused: ") + error.section(QStringLiteral(": "), 1)};
        const QString integrity = scalar(check.connection(), QStringLiteral("PRAGMA integrity_check")).toString();
        const ChainReport chain = EventLog::verify(check.connection());
        const SealReport seals = RequestSeals::verify(check.connection());
        desk = DeskRepository::thisDeskCode(check.connection());
        // The copy may lack what the desk registered after it: it takes no change of its own until it has caught up.
        if (!desk.isEmpty() && integrity == QLatin1String("ok") && chain.ok && seals.ok())
            exec(check.connection(), RestoreHold::holdStatement(QDateTime::currentDateTime()));
        check.close();
        if (integrity != QLatin1String("ok"))
            throw StorageError{Tr::tr("the copy is damaged (%1)").arg(integrity)};
        if (!chain.ok)
            throw StorageError{Tr::tr("the copy's event log is broken at event %1").arg(chain.brokenId)};
        if (!seals.ok())
            throw StorageError{Tr::tr("the copy's requests were changed behind the program (%1 of them; the first: %2)")
                                   .arg(seals.broken)
                                   .arg(seals.examples.first())};
    }
    return desk;
}

void removeScratch(const QString& probe)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(probe + QLatin1String(suffix));
    QDir(OpenLock::folderOf(probe)).removeRecursively();
}
} // namespace

QString restore(const QString& source, const QString& path, bool otherDesk)
{
    if (!QFileInfo(source).isFile())
        throw StorageError{Tr::tr("%1: no such file").arg(source)};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Check a scratch copy, so that opening (which may switch the journal mode) never touches the source.
    const QString probe = absolute + QStringLiteral(".restore-check");
    removeScratch(probe);
    const auto cleanUp = qScopeGuard([&probe] { removeScratch(probe); });
    if (!QFile::copy(source, probe))
        throw StorageError::failed(Tr::tr("cannot copy %1 next to %2").arg(source, path));
    const QString copyDesk = checkCopy(probe);

    OpenLock lock;
    QString error;
    if (!lock.exclusive(absolute, &error))
        throw StorageError{error};
    if (!QFileInfo::exists(absolute)) {
        if (!QFile::rename(probe, absolute))
            throw StorageError::failed(Tr::tr("cannot put the restored database in place"));
        return {};
    }
    const QString keep = absolute + QStringLiteral(".before-restore-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    bool readable = true;
    {
        // A file that is not SQLite at all is not opened (SQLite would reset a WAL beside it).
        QFile header(absolute);
        readable = header.open(QIODevice::ReadOnly) && header.read(16) == QByteArrayLiteral("SQLite format 3\0");
    }
    if (readable) {
        RawConnection live(absolute);
        QString liveDesk;
        try {
            liveDesk = live.text(DeskRepository::kThisDeskCodeSql);
        } catch (const StorageError&) {
            readable = false; // damaged, or not a database: moved aside whole below
        }
        if (readable && !otherDesk && !liveDesk.isEmpty() && copyDesk != liveDesk)
            throw StorageError{Tr::tr("%1 is a copy of the desk %2, not of this desk %3; nothing was changed "
                                      "(to put it in place all the same, say so: kensectl db restore --other-desk)")
                                   .arg(QFileInfo(source).fileName(),
                                        copyDesk.isEmpty() ? Tr::tr("(not set up)") : copyDesk, liveDesk)};
        if (readable) {
            // What is replaced is kept whole first, with what only the WAL holds.
            QString quoted = keep;
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            try {
                live.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted));
            } catch (const StorageError&) {
                QFile::remove(keep);
                readable = false;
            }
        }
        if (readable) {
            RawConnection copy(probe);
            sqlite3_backup* backup = sqlite3_backup_init(live.handle(), "main", copy.handle(), "main");
            if (!backup)
                live.fail(Tr::tr("restore"));
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                throw StorageError::failed(
                    Tr::tr("the restore could not write the database (%1); its content is unchanged")
                        .arg(QString::fromUtf8(sqlite3_errstr(rc))));
            live.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return keep;
        }
    }
    // A database that cannot be read is moved aside whole, its WAL and shared memory with it, and the copy put in
    // its place: nobody has it open (the lock says so), and nothing is deleted.
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString from = absolute + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, keep + QLatin1String(suffix)))
            throw StorageError::failed(Tr::tr("cannot move the current database aside"));
    }
    if (!QFile::rename(probe, absolute))
        throw StorageError::failed(Tr::tr("cannot put the restored database in place"));
    return keep;
}

} // namespace kense::Backup
