#include "OpenLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::OpenLock)
};

const QString kRestore = QStringLiteral("restore.lock");

/// Makes the folder and a new lock file `name` in it, held by this process.
std::unique_ptr<QLockFile> take(const QString& databasePath, const QString& name, QString* error)
{
    const QString folder = OpenLock::folderOf(databasePath);
    const QString fileName = QFileInfo(databasePath).fileName();
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("%1: the folder %2 cannot be written; Kense needs to write beside its database")
                     .arg(fileName, QFileInfo(databasePath).absolutePath());
        return nullptr;
    }
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(name));
    lock->setStaleLockTime(0); // stale only when its program is gone, never by age: a desk stays open for days
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError)
        *error = Tr::tr("%1: another restore of this database is under way").arg(fileName);
    else
        *error = Tr::tr("%1: the folder %2 cannot be written; Kense needs to write beside its database")
                     .arg(fileName, QFileInfo(databasePath).absolutePath());
    return nullptr;
}

/// Whether the lock file `path` is held by a running program; its pid and program in *who when it is.
bool heldByLiveProgram(const QString& path, QString* who)
{
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) { // its program is gone (a crash): the stale file is taken away
        probe.unlock();
        return false;
    }
    qint64 pid = 0;
    QString host;
    QString program;
    if (!probe.getLockInfo(&pid, &host, &program))
        return QFileInfo::exists(path); // being written this instant: counted as held
    *who = Tr::tr("%1 (process %2)").arg(QFileInfo(program).fileName()).arg(pid);
    return true;
}
} // namespace

OpenLock::OpenLock() = default;

OpenLock::~OpenLock()
{
    release();
}

QString OpenLock::folderOf(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".openers");
}

bool OpenLock::open(const QString& databasePath, QString* error)
{
    release();
    const QString name = QStringLiteral("%1-%2.lock")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_file = take(databasePath, name, error);
    if (!m_file)
        return false;
    QString who;
    if (heldByLiveProgram(QDir(folderOf(databasePath)).filePath(kRestore), &who)) {
        release();
        *error = Tr::tr("%1: is being restored from a backup by %2; open it when the restore has finished")
                     .arg(QFileInfo(databasePath).fileName(), who);
        return false;
    }
    return true;
}

bool OpenLock::exclusive(const QString& databasePath, QString* error)
{
    release();
    m_file = take(databasePath, kRestore, error);
    if (!m_file)
        return false;
    const QDir folder(folderOf(databasePath));
    const QStringList others = folder.entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString& other : others) {
        QString who;
        if (other == kRestore || !heldByLiveProgram(folder.filePath(other), &who))
            continue;
        release();
        *error = Tr::tr("%1: is open in %2; close that program first — nothing was changed")
                     .arg(QFileInfo(databasePath).fileName(), who);
        return false;
    }
    return true;
}

void OpenLock::release()
{
    if (m_file)
        m_file->unlock();
    m_file.reset();
}

} // namespace kense
