#include "Database.h"
#include "SqlUtil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace kense;

namespace {
QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Makes an SQLite file with the plain C API, as another program would.
void makeSqlite(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void firstOpen_createsTheFile_withDurableSettings()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/desk.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::CreateIfMissing, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(Database::currentSchemaVersion() >= 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
        QVERIFY(db.meta(QStringLiteral("created_by")).startsWith(QStringLiteral("Kense ")));
    }

    void everyHistoricalVersion_migratesToTheCurrentOne()
    {
        for (int version = 1; version < Database::currentSchemaVersion(); ++version) {
            const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
            QString created;
            {
                Database old;
                QString error;
                QVERIFY2(old.openAtVersion(path, version, &error), qPrintable(error));
                QCOMPARE(old.schemaVersion(), version);
                created = old.meta(QStringLiteral("created_at"));
            }
            Database db;
            QString error;
            QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            QCOMPARE(db.meta(QStringLiteral("created_at")), created); // what the old release wrote is kept
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM offices")) && q.next());
            QCOMPARE(q.value(0).toInt(), 211); // the directory arrives with the migration that makes the table
        }
    }

    void openStateCondition_isTheOneThePartialIndexesWereBuiltFor()
    {
        // The journal's SLA views and the overdue report read the open requests through partial indexes; SQLite
        // uses such an index only when the query's condition is written as the index's. A query that missed it
        // would read every request ever taken.
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("plan.sqlite")), Database::Mode::CreateIfMissing, &error),
                 qPrintable(error));
        const auto plan = [&](const QString& sql) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                return QString();
            QStringList lines;
            while (q.next())
                lines << q.value(3).toString();
            return lines.join(QLatin1Char('\n'));
        };
        const QString byDue = plan(QStringLiteral("SELECT number FROM requests r WHERE %1 AND due_at < '2027' "
                                                  "ORDER BY due_at")
                                       .arg(openStateCondition(QStringLiteral("r.state"))));
        QVERIFY2(byDue.contains(QLatin1String("requests_open_due")), qPrintable(byDue));
        const QString newest = plan(QStringLiteral("SELECT number FROM requests WHERE %1 "
                                                   "ORDER BY accepted_at DESC, id DESC LIMIT 50")
                                        .arg(openStateCondition()));
        QVERIFY2(newest.contains(QLatin1String("requests_open_accepted")), qPrintable(newest));
        // And the same states written in another order would not be: the order is part of the condition.
        const QString reordered =
            plan(QStringLiteral("SELECT number FROM requests WHERE state NOT IN ('draft', 'issued', 'refusal_issued', "
                                "'refused_at_intake') AND due_at < '2027' ORDER BY due_at"));
        QVERIFY2(!reordered.contains(QLatin1String("requests_open_due")), qPrintable(reordered));
    }

    void reopen_keepsTheData()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing, &error));
        }
        Database db;
        QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QVERIFY(!db.meta(QStringLiteral("created_at")).isEmpty());
    }

    void missingFile_isRefusedWhenItMustExist()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("nope.sqlite")), Database::Mode::ExistingOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));
    }

    void notSqlite_isRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Құрметті әріптестер, бұл дерекқор емес.\n");
        f.close();
        const QByteArray before = contents(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, Database::Mode::CreateIfMissing, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Kense database")), qPrintable(error));
        QCOMPARE(contents(path), before);
    }

    void otherProgramsSqlite_isRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        makeSqlite(path, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('Елім-ай');");
        const QByteArray before = contents(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, Database::Mode::CreateIfMissing, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QCOMPARE(contents(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void newerSchema_isRefusedNamingBothVersions()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        const QByteArray sql = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 999; "
                                              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);")
                                   .arg(Database::kApplicationId)
                                   .toUtf8();
        makeSqlite(path, sql.constData());
        const QByteArray before = contents(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, Database::Mode::ExistingOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("schema version 999")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("up to %1").arg(Database::currentSchemaVersion())), qPrintable(error));
        QCOMPARE(contents(path), before);
    }

    void truncatedFile_isRefused()
    {
        const QString good = m_dir.filePath(QStringLiteral("whole.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(good, Database::Mode::CreateIfMissing, &error));
        }
        const QString cut = m_dir.filePath(QStringLiteral("cut.sqlite"));
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents(good).left(60));
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(cut, Database::Mode::ExistingOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
        QCOMPARE(contents(cut).size(), 60);
    }

    void readOnlyFile_isRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, Database::Mode::CreateIfMissing, &error));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Database db;
        QString error;
        QVERIFY(!db.open(path, Database::Mode::ExistingOnly, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    /// A desk in a folder made read-only was reported as "truncated or damaged".
    void readOnlyFolder_isSaidAsSuch()
    {
        const QString folder = m_dir.filePath(QStringLiteral("archive"));
        const QString path = folder + QStringLiteral("/desk.sqlite");
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, Database::Mode::CreateIfMissing, &error), qPrintable(error));
        }
        constexpr auto readAndList = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup;
        QVERIFY(QFile::setPermissions(folder, readAndList));
        Database db;
        QString error;
        QVERIFY(!db.open(path, Database::Mode::ExistingOnly, &error));
        QFile::setPermissions(folder, readAndList | QFile::WriteOwner);
        QVERIFY2(error.contains(QStringLiteral("folder")) && error.contains(QStringLiteral("read-only")) &&
                     !error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
