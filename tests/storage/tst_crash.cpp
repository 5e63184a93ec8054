// A registered request survives a crash: a child process registers requests in a loop and prints each number after
// its commit returns; it is killed with SIGKILL at random moments. After each kill the database must pass
// integrity_check and the event-chain check, and hold every number the child printed.
// KENSE_CRASH_RUNS sets the number of kills (default 50; tests/storage/crash-loop.sh runs 1,000).
#include "EventLog.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace kense;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriter_losesNoCommittedRequest()
    {
        test::TestDesk desk;
        desk.setUp();
        desk.db.close();
        const int runs =
            qEnvironmentVariableIsSet("KENSE_CRASH_RUNS") ? qEnvironmentVariableIntValue("KENSE_CRASH_RUNS") : 50;
        QRandomGenerator rng(20261123);
        QSet<QString> printed;
        qint64 totalInDb = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER), {desk.path()});
            QVERIFY(writer.waitForStarted());
            // Wait for the first commit, then a random while, then SIGKILL mid-stream.
            QVERIFY2(writer.waitForReadyRead(10000), writer.readAllStandardError().constData());
            QTest::qWait(static_cast<int>(rng.bounded(5, 120)));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            // Only whole lines count: a number is printed (with its newline) after its commit returned.
            QByteArray out = writer.readAllStandardOutput();
            out.truncate(out.lastIndexOf('\n') + 1);
            for (const QByteArray& line : out.split('\n')) {
                if (!line.isEmpty())
                    printed.insert(QString::fromLatin1(line));
            }

            Database db;
            QString error;
            QVERIFY2(db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
            QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const ChainReport chain = EventLog::verify(db.connection());
            QVERIFY2(chain.ok, qPrintable(chain.reason));
            QSet<QString> inDb;
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT number FROM requests")));
            while (q.next())
                inDb.insert(q.value(0).toString());
            for (const QString& number : std::as_const(printed))
                QVERIFY2(inDb.contains(number),
                         qPrintable(QStringLiteral("run %1: %2 was committed but is gone").arg(run).arg(number)));
            // Gap-free: the numbers are 1..N of the year.
            const int last = scalar(db.connection(), QStringLiteral("SELECT max(last) FROM sequences")).toInt();
            QCOMPARE(inDb.size(), last);
            totalInDb = inDb.size();
        }
        qInfo("%d kills, %lld requests registered, every committed one present", runs, totalInDb);
        QVERIFY(totalInDb >= runs);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
