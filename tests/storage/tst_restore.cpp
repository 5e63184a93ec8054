// Restore and the database file itself: a restore replaces the content of the live file through SQLite's online
// backup API (never deleting its WAL), keeps what it replaced whole, refuses while a program has the database open or
// when the copy is another desk's; a database deleted or replaced under a running program takes no more writes.
#include "Backup.h"
#include "Database.h"
#include "Drafts.h"
#include "Intake.h"
#include "OpenLock.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "TestDesk.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace kense;
using namespace kense::test;

namespace {
const QDateTime kAt(QDate(2026, 12, 14), QTime(10, 0));

void registerRequests(TestDesk& desk, int n)
{
    Intake intake(desk.db.connection(), desk.catalog, desk.calendar);
    for (int i = 0; i < n; ++i)
        intake.submit(duplicateDraft(), desk.clerk, kAt.addSecs(60 * i), false);
}

/// The number of requests in the database file `path`, read through a connection of its own.
int requestsIn(const QString& path)
{
    Database db;
    QString error;
    if (!db.open(path, Database::Mode::ExistingOnly, &error))
        return -1;
    return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toInt();
}

quint64 inodeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

QString message(const std::function<void()>& act)
{
    try {
        act();
    } catch (const StorageError& e) {
        return e.message;
    }
    return {};
}
} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The old restore renamed the file aside and deleted its WAL: requests committed only to the WAL (a program
    /// killed before its checkpoint) were in neither file afterwards.
    void whatOnlyTheWalHeld_isKeptWithTheReplacedContent()
    {
        TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(desk.db.connection(), copy);
        exec(desk.db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        exec(desk.db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        registerRequests(desk, 3);
        // The files as a power cut would leave them: the three requests are in the WAL only.
        QDir(desk.dir.path()).mkpath(QStringLiteral("crash"));
        const QString crashed = desk.dir.filePath(QStringLiteral("crash/desk.sqlite"));
        QVERIFY(QFile::copy(desk.path(), crashed));
        QVERIFY(QFile::copy(desk.path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        desk.db.close();

        const QString kept = Backup::restore(copy, crashed);
        QCOMPARE(requestsIn(crashed), 0);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(requestsIn(kept), 3);
    }

    void aDatabaseOpenInAProgram_isNotRestored_andNothingChanges()
    {
        TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(desk.db.connection(), copy);
        registerRequests(desk, 2);
        const QString error = message([&] { Backup::restore(copy, desk.path()); });
        QVERIFY2(error.contains(QStringLiteral("is open in")), qPrintable(error));
        QCOMPARE(scalar(desk.db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toInt(), 2);
        QCOMPARE(QDir(desk.dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).size(), 0);
        // The desk goes on working in the same file.
        registerRequests(desk, 1);
        desk.db.close();
        QCOMPARE(requestsIn(desk.path()), 3);
    }

    void aRestore_writesIntoTheSameFile_andKeepsTheOldContent()
    {
        TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(desk.db.connection(), copy);
        registerRequests(desk, 2);
        desk.db.close();
        const quint64 inode = inodeOf(desk.path());

        const QString kept = Backup::restore(copy, desk.path());
        QCOMPARE(inodeOf(desk.path()), inode);
        QCOMPARE(requestsIn(desk.path()), 0);
        QCOMPARE(requestsIn(kept), 2);
        QCOMPARE(QFileInfo(kept).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // Nothing of the restore is left beside the database.
        const QStringList left = QDir(desk.dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& name : left)
            QVERIFY2(!name.contains(QStringLiteral("restore-check")), qPrintable(name));
    }

    void anotherDesksCopy_isRefused_unlessAskedFor()
    {
        TestDesk seven;
        seven.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("7"));
        TestDesk eight;
        eight.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("8"));
        registerRequests(eight, 1);
        const QString copyOfEight = eight.dir.filePath(QStringLiteral("eight.sqlite"));
        Backup::backUp(eight.db.connection(), copyOfEight);
        registerRequests(seven, 2);
        seven.db.close();

        const QString error = message([&] { Backup::restore(copyOfEight, seven.path()); });
        QVERIFY2(error.contains(QStringLiteral("KZOEDU01-8")) && error.contains(QStringLiteral("KZOEDU01-7")),
                 qPrintable(error));
        QCOMPARE(requestsIn(seven.path()), 2);
        Backup::restore(copyOfEight, seven.path(), true);
        QCOMPARE(requestsIn(seven.path()), 1);
    }

    void aDamagedDatabase_isMovedAsideWhole_andTheCopyTakesItsPlace()
    {
        TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        registerRequests(desk, 1);
        Backup::backUp(desk.db.connection(), copy);
        desk.db.close();
        const QString damaged = desk.dir.filePath(QStringLiteral("damaged.sqlite"));
        for (const char* suffix : {"", "-wal"}) {
            QFile f(damaged + QLatin1String(suffix));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QString kept = Backup::restore(copy, damaged);
        QCOMPARE(requestsIn(damaged), 1);
        QCOMPARE(QFileInfo(kept).size(), 8192);
        QCOMPARE(QFileInfo(kept + QStringLiteral("-wal")).size(), 8192);
    }

    void aDatabaseUnderRestore_isNotOpened()
    {
        TestDesk desk;
        desk.setUp();
        desk.db.close();
        OpenLock restoring;
        QString error;
        QVERIFY2(restoring.exclusive(desk.path(), &error), qPrintable(error));
        Database db;
        QVERIFY(!db.open(desk.path(), Database::Mode::ExistingOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("being restored")), qPrintable(error));
        restoring.release();
        QVERIFY2(db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
    }

    /// A program that crashed leaves its lock file: its process is gone, so it does not stop a restore.
    void theLockOfACrashedProgram_doesNotStopARestore()
    {
        TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(desk.db.connection(), copy);
        desk.db.close();
        QFile stale(QDir(OpenLock::folderOf(desk.path())).filePath(QStringLiteral("4194303-dead.lock")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("4194303\n/usr/bin/kense\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        const QString kept = Backup::restore(copy, desk.path());
        QVERIFY(!kept.isEmpty());
        QVERIFY(!stale.exists());
    }

    /// The GUI registered a request and printed its receipt into a database file that had been deleted.
    void aDeletedDatabase_takesNoMoreWrites()
    {
        TestDesk desk;
        desk.setUp();
        registerRequests(desk, 1);
        QVERIFY(QFile::remove(desk.path()));
        const QString error = message([&] { registerRequests(desk, 1); });
        QVERIFY2(error.contains(QStringLiteral("deleted, moved or replaced")), qPrintable(error));
    }

    void aReplacedDatabase_takesNoMoreWrites()
    {
        TestDesk desk;
        desk.setUp();
        TestDesk other;
        other.setUp();
        other.db.close();
        QFile::remove(desk.path());
        QVERIFY(QFile::copy(other.path(), desk.path()));
        const QString error = message([&] { registerRequests(desk, 1); });
        QVERIFY2(error.contains(QStringLiteral("deleted, moved or replaced")), qPrintable(error));
        QCOMPARE(requestsIn(desk.path()), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
