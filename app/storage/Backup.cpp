#include "Backup.h"

#include "Database.h"
#include "EventLog.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

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
            throw StorageError{Tr::tr("%1: the disk is full; no backup was written").arg(target)};
        throw;
    }
    if (!QFile::rename(part, absolute)) {
        QFile::remove(part);
        throw StorageError{Tr::tr("%1: the backup could not be put in place").arg(target)};
    }
}

void restore(const QString& source, const QString& path)
{
    if (!QFileInfo(source).isFile())
        throw StorageError{Tr::tr("%1: no such file").arg(source)};
    {
        // Check a scratch copy, so that opening (which may switch the journal mode) never touches the source.
        const QString probe = path + QStringLiteral(".restore-check");
        QFile::remove(probe);
        if (!QFile::copy(source, probe))
            throw StorageError{Tr::tr("cannot copy %1 next to %2").arg(source, path)};
        QString error;
        {
            Database check;
            if (!check.open(probe, Database::Mode::ExistingOnly, &error)) {
                QFile::remove(probe);
                throw StorageError{Tr::tr("the copy is refused: ") + error.section(QStringLiteral(": "), 1)};
            }
            const QString integrity = scalar(check.connection(), QStringLiteral("PRAGMA integrity_check")).toString();
            const ChainReport chain = EventLog::verify(check.connection());
            check.close();
            if (integrity != QLatin1String("ok"))
                error = QStringLiteral("the copy is damaged (%1)").arg(integrity);
            else if (!chain.ok)
                error = QStringLiteral("the copy's event log is broken at event %1").arg(chain.brokenId);
        }
        QFile::remove(probe + QStringLiteral("-wal"));
        QFile::remove(probe + QStringLiteral("-shm"));
        if (!error.isEmpty()) {
            QFile::remove(probe);
            throw StorageError{error};
        }
        // Replace: keep the old file, then move the checked copy into place.
        if (QFileInfo::exists(path)) {
            const QString keep = path + QStringLiteral(".before-restore-") +
                                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (!QFile::rename(path, keep)) {
                QFile::remove(probe);
                throw StorageError{Tr::tr("cannot move the current database aside")};
            }
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        if (!QFile::rename(probe, path))
            throw StorageError{Tr::tr("cannot put the restored database in place")};
    }
}

} // namespace kense::Backup
