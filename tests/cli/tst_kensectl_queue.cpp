// kensectl on a desk's database, as a program: the whole request flow, tampering, and every kind of bad input —
// with a clear one-line reason, a non-zero exit, and nothing changed.
#include "KensectlDesk.h"

#include <QDir>
#include <QFileInfo>

using kense::test::digest;
using kense::test::kRequest;
using kense::test::Run;

class TestKensectlQueue : public QObject, protected kense::test::KensectlDesk
{
    Q_OBJECT

    /// KZOEDU01-2-2026-000001 with the executor erlan, as the request flow leaves it — registered and assigned here
    /// when a function that works on it runs alone.
    QString requestInWork()
    {
        const QString number = u"KZOEDU01-2-2026-000001"_qs;
        if (run({u"request"_qs, u"show"_qs, number, u"--db"_qs, m_db}).code == 0)
            return number;
        Run r = run({u"request"_qs, u"register"_qs, file(QStringLiteral("req.json"), kRequest), u"--as"_qs, u"dana"_qs,
                     u"--at"_qs, u"2026-12-10T10:00"_qs, u"--reason"_qs, u"the fixed day of this test"_qs, u"--db"_qs,
                     m_db, u"--json"_qs});
        if (r.code != 0 || r.json()[u"number"_qs].toString() != number)
            qFatal("the request of the test was not registered: %s", r.err.constData());
        r = run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"in_work"_qs, u"--as"_qs, u"gulnar"_qs,
                 u"--executor"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        if (r.code != 0)
            qFatal("the request of the test was not assigned: %s", r.err.constData());
        return number;
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void requestFlow_registerShowSearchAdvanceExport()
    {
        const QString req = file(QStringLiteral("req.json"), kRequest);
        Run r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"dana"_qs, u"--at"_qs, u"2026-12-10T10:00"_qs,
                     u"--reason"_qs, u"the fixed day of this test"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString number = r.json()[u"number"_qs].toString();
        QCOMPARE(number, u"KZOEDU01-2-2026-000001"_qs);
        QCOMPARE(r.json()[u"due"_qs].toString(), u"2027-01-11T18:30"_qs);

        r = run({u"request"_qs, u"show"_qs, number, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = r.json();
        QCOMPARE(shown[u"parties"_qs].toArray()[0][u"iin"_qs].toString(), u"061211600129"_qs);
        QCOMPARE(shown[u"parties"_qs].toArray()[1][u"surname"_qs].toString(), u"Нұрланова"_qs);
        QCOMPARE(shown[u"documents"_qs].toArray().size(), 5);
        QCOMPARE(shown[u"steps"_qs].toArray()[2][u"due"_qs].toString(), u"2027-01-05T18:30"_qs);
        QCOMPARE(shown[u"events"_qs].toArray().size(), 1);
        QVERIFY(shown[u"events"_qs].toArray()[0][u"note"_qs].toString().contains(u"the fixed day of this test"_qs));

        r = run({u"request"_qs, u"search"_qs, u"әлия"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);
        for (const char* key : {"number", "service", "state", "accepted_at", "due"})
            QVERIFY(r.array()[0].toObject().contains(QLatin1String(key)));
        r = run({u"request"_qs, u"search"_qs, u"--sla"_qs, u"overdue"_qs, u"--now"_qs, u"2027-01-12T09:00"_qs,
                 u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);

        oneLine(run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"in_work"_qs, u"--as"_qs, u"saule"_qs,
                     u"--executor"_qs, u"erlan"_qs, u"--db"_qs, m_db}),
                1, "only Head may");
        r = run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"in_work"_qs, u"--as"_qs, u"gulnar"_qs,
                 u"--executor"_qs, u"erlan"_qs, u"--note"_qs, u"орындауға"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"transition"_qs].toString(), u"assign_executor"_qs);
        oneLine(run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"issued"_qs, u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db}),
                1, "a request that is «With the executor» cannot become «Issued»");

        const QString csv = m_data.scratchPath(QStringLiteral("journal.csv"));
        r = run({u"journal"_qs, u"export"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs, u"2026-12-31"_qs, u"--csv"_qs,
                 csv, u"--db"_qs, m_db});
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBFnumber,"));
        QVERIFY(content.contains("KZOEDU01-2-2026-000001"));
        QVERIFY(content.contains("ӘЛИЯ Қасымқызы"));
    }

    void documents_renderFromTheCommandLine()
    {
        const QString number = requestInWork();
        const QString receipt = m_data.scratchPath(QStringLiteral("receipt.pdf"));
        Run r = run({u"render"_qs, u"receipt"_qs, u"--request"_qs, number, u"--lang"_qs, u"kk"_qs, u"--out"_qs, receipt,
                     u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"pages"_qs].toInt(), 1);
        const QString content = kense::test::pdfText(receipt, false);
        QVERIFY2(content.contains(number) && content.contains(u"Құжаттардың қабылданғаны туралы қолхат"_qs),
                 qPrintable(content));

        // A document that does not apply says why; --force renders it anyway.
        const QString duplicate = m_data.scratchPath(QStringLiteral("duplicate.pdf"));
        oneLine(run({u"render"_qs, u"duplicate"_qs, u"--request"_qs, number, u"--out"_qs, duplicate, u"--db"_qs, m_db}),
                1, "has not prepared the result (--force renders it anyway)");
        QVERIFY(!QFile::exists(duplicate));
        oneLine(
            run({u"render"_qs, u"queue-receipt"_qs, u"--request"_qs, number, u"--out"_qs, duplicate, u"--db"_qs, m_db}),
            1, "does not print a queue-receipt");
        r = run({u"request"_qs, u"result"_qs, number, u"--as"_qs, u"erlan"_qs, u"--grade"_qs, u"Қазақ тілі=5"_qs,
                 u"--grade"_qs, u"Физика=4"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"result"_qs].toString(), u"KZOEDU01-2-2026-D00001"_qs);
        oneLine(run({u"request"_qs, u"result"_qs, number, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}), 1,
                "not an executor");
        oneLine(run({u"request"_qs, u"result"_qs, number, u"--as"_qs, u"erlan"_qs, u"--grade"_qs, u"Физика"_qs,
                     u"--db"_qs, m_db}),
                2, "KEY=VALUE");
        r = run({u"render"_qs, u"duplicate"_qs, u"--request"_qs, number, u"--mode"_qs, u"blank"_qs, u"--offset-x"_qs,
                 u"3"_qs, u"--offset-y"_qs, u"-2"_qs, u"--out"_qs, duplicate, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        oneLine(run({u"request"_qs, u"survey"_qs, number, u"--as"_qs, u"saule"_qs, u"--quality"_qs, u"3"_qs,
                     u"--information"_qs, u"3"_qs, u"--db"_qs, m_db}),
                1,
                "does not ask the applicant the survey"); // a duplicate's regulation has none (the old code took one)

        // Bad input: one line, exit 2.
        oneLine(run({u"render"_qs, u"diploma"_qs, u"--request"_qs, number, u"--out"_qs, duplicate, u"--db"_qs, m_db}),
                2, "unknown document 'diploma'");
        oneLine(run({u"render"_qs, u"receipt"_qs, u"--request"_qs, number, u"--lang"_qs, u"en"_qs, u"--out"_qs,
                     duplicate, u"--db"_qs, m_db}),
                2, "--lang: kk, ru or both");
        oneLine(run({u"render"_qs, u"calibration"_qs, u"--offset-x"_qs, u"30"_qs, u"--out"_qs, duplicate}), 2,
                "within ±20 mm");
        oneLine(run({u"render"_qs, u"register"_qs, u"--batch"_qs, u"KZOEDU01-2-2026-R00009"_qs, u"--out"_qs, duplicate,
                     u"--db"_qs, m_db}),
                2, "no courier register KZOEDU01-2-2026-R00009");
        oneLine(run({u"render"_qs, u"receipt"_qs, u"--request"_qs, u"KZOEDU01-2-2026-000099"_qs, u"--out"_qs, duplicate,
                     u"--db"_qs, m_db}),
                2, "no request KZOEDU01-2-2026-000099");

        const QString calibration = m_data.scratchPath(QStringLiteral("calibration.pdf"));
        QCOMPARE(run({u"render"_qs, u"calibration"_qs, u"--offset-x"_qs, u"3"_qs, u"--offset-y"_qs, u"-2"_qs,
                      u"--out"_qs, calibration})
                     .code,
                 0);
        const QString csv = m_data.scratchPath(QStringLiteral("services.csv"));
        r = run({u"render"_qs, u"report"_qs, u"services"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                 u"2026-12-31"_qs, u"--out"_qs, csv, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray rows = f.readAll();
        QVERIFY2(rows.contains("\r\nduplicate-secondary-edu-vko,"), rows.constData());
        r = run({u"render"_qs, u"report"_qs, u"services"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                 u"2026-12-31"_qs, u"--lang"_qs, u"ru"_qs, u"--out"_qs,
                 m_data.scratchPath(QStringLiteral("services.pdf")), u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        oneLine(run({u"render"_qs, u"report"_qs, u"weekly"_qs, u"--from"_qs, u"2026-12-01"_qs, u"--to"_qs,
                     u"2026-12-31"_qs, u"--out"_qs, csv, u"--db"_qs, m_db}),
                2, "unknown report 'weekly'");
    }

    void incompletePackage_isRefusedNotRegistered()
    {
        QByteArray incomplete = kRequest;
        incomplete.replace(R"("identity_document": "original")", R"("identity_document": "missing")");
        const QString req = file(QStringLiteral("incomplete.json"), incomplete);
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}), 1,
                "missing: identity_document");
        const Run r = run({u"request"_qs, u"refuse"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"state"_qs].toString(), u"refused_at_intake"_qs);
    }

    void aCopyWhereTheOriginalIsAsked_isRefused_andTheRefusalSaysSo()
    {
        QByteArray copy = kRequest;
        copy.replace(R"("identity_document": "original")", R"("identity_document": "copy")");
        const QString req = file(QStringLiteral("copy.json"), copy);
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}), 1,
                "missing: identity_document (only a copy; the original is required)");
        Run r = run({u"request"_qs, u"refuse"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"missing_documents"_qs].toArray().first().toString(), u"identity_document"_qs);
        const QString number = r.json()[u"number"_qs].toString();
        const QString refusal = m_data.scratchPath(QStringLiteral("refusal.pdf"));
        r = run({u"render"_qs, u"refusal"_qs, u"--request"_qs, number, u"--lang"_qs, u"ru"_qs, u"--out"_qs, refusal,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString content = kense::test::pdfText(refusal);
        QVERIFY2(content.contains(u"Наименование отсутствующих документов: 1) Документ, удостоверяющий личность (для "
                                  "идентификации, оригинал) — представлена только копия, требуется оригинал"_qs),
                 qPrintable(content));
    }

    void badRequestFile_saysWhichFieldAndWhy()
    {
        QByteArray badIin = kRequest;
        badIin.replace("061211600129", "061211600128");
        oneLine(run({u"request"_qs, u"register"_qs, file(u"bad-iin.json"_qs, badIin), u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db}),
                2, "applicant.iin: the check digit does not match");
        oneLine(run({u"request"_qs, u"register"_qs, file(u"broken.json"_qs, "{\"service\": "), u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db}),
                2, "broken.json: not a JSON object");
        oneLine(run({u"request"_qs, u"register"_qs, m_data.scratchPath(u"none.json"_qs), u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db}),
                2, "none.json: cannot be read");
        oneLine(run({u"request"_qs, u"register"_qs, file(u"ok.json"_qs, kRequest), u"--as"_qs, u"nobody"_qs, u"--db"_qs,
                     m_db}),
                1, "sign-in refused");
    }

    void backupAndRestore()
    {
        requestInWork();
        const qsizetype requests = run({u"request"_qs, u"search"_qs, u"--db"_qs, m_db, u"--json"_qs}).array().size();
        const QString copy = m_data.scratchPath(QStringLiteral("copy.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        oneLine(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}), 2, "exists already");
        const QString target = m_data.scratchPath(QStringLiteral("restored.sqlite"));
        QCOMPARE(run({u"db"_qs, u"restore"_qs, u"--from"_qs, copy, u"--db"_qs, target}).code, 0);
        const Run r = run({u"request"_qs, u"search"_qs, u"--db"_qs, target, u"--json"_qs});
        QCOMPARE(r.array().size(), requests);

        // The restored copy may lack requests registered after it: it is on hold until it catches up. This desk
        // syncs with no centre, so an administrator releases it, with a reason; then it numbers after its highest.
        const QStringList registerOnTarget{u"request"_qs,
                                           u"register"_qs,
                                           file(QStringLiteral("req.json"), kRequest),
                                           u"--as"_qs,
                                           u"dana"_qs,
                                           u"--at"_qs,
                                           u"2026-12-11T10:00"_qs,
                                           u"--reason"_qs,
                                           u"the fixed day of this test"_qs,
                                           u"--db"_qs,
                                           target,
                                           u"--json"_qs};
        oneLine(run(registerOnTarget), 1, "restored from a backup");
        oneLine(run({u"db"_qs, u"release-hold"_qs, u"--reason"_qs, u"no centre"_qs, u"--as"_qs, u"saule"_qs, u"--db"_qs,
                     target}),
                1, "only an administrator");
        oneLine(run({u"db"_qs, u"release-hold"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, target}), 1, "say why");
        QCOMPARE(run({u"db"_qs, u"release-hold"_qs, u"--reason"_qs, u"this school syncs with no centre"_qs, u"--as"_qs,
                      u"admin"_qs, u"--db"_qs, target})
                     .code,
                 0);
        const Run again = run(registerOnTarget);
        QVERIFY2(again.code == 0, again.err.constData());
        const QString number = again.json()[u"number"_qs].toString();
        QCOMPARE(number.right(6).toInt(), requests + 1);
        QCOMPARE(run({u"request"_qs, u"search"_qs, u"--db"_qs, target, u"--json"_qs}).array().size(), requests + 1);
    }

    /// The old restore went ahead while another program wrote: that program's next requests went into the file
    /// moved aside. Now a kensectl that has the desk open (here one waiting for its password) stops the restore.
    void restore_whileAnotherProgramHasTheDeskOpen_isRefused()
    {
        const QString copy = m_data.scratchPath(QStringLiteral("copy-open.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        QProcess waiting;
        waiting.start(QStringLiteral(KENSECTL_PATH),
                      {u"user"_qs, u"add"_qs, u"waiter"_qs, u"--name"_qs, kense::test::staffName(u"waiter"_qs),
                       u"--roles"_qs, u"clerk"_qs, u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db});
        QVERIFY(waiting.waitForStarted());
        QTRY_VERIFY(!QDir(m_db + u".openers"_qs).entryList({u"*.lock"_qs}, QDir::Files).isEmpty());
        oneLine(run({u"db"_qs, u"restore"_qs, u"--from"_qs, copy, u"--db"_qs, m_db}), 2, "is open in kensectl");
        waiting.write("admin-pass-1\na-long-password\n");
        waiting.closeWriteChannel();
        QVERIFY(waiting.waitForFinished());
        QVERIFY2(waiting.exitCode() == 0, waiting.readAllStandardError().constData());
        QCOMPARE(QDir(QFileInfo(m_db).path()).entryList({u"*before-restore*"_qs}, QDir::Files).size(), 0);
        // Once it has finished, the restore goes ahead and keeps what it replaced.
        const Run r = run({u"db"_qs, u"restore"_qs, u"--from"_qs, copy, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(r.json()[u"kept"_qs].toString()));
    }

    void tamperedEvent_isFoundAndNamed()
    {
        requestInWork();
        const QString copy = m_data.scratchPath(QStringLiteral("tamper.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        QCOMPARE(run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy}).code, 0);
        QProcess shell; // the first event of the request: the registration
        shell.start(QStringLiteral("sqlite3"), {copy, u"SELECT min(id) FROM events WHERE request_id IS NOT NULL; "
                                                      "DROP TRIGGER events_no_update; "
                                                      "UPDATE events SET note = 'подделка' WHERE id = "
                                                      "(SELECT min(id) FROM events WHERE request_id IS NOT NULL);"_qs});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.exitCode(), 0);
        const int id = shell.readAllStandardOutput().trimmed().toInt();
        QVERIFY(id > 0);
        const Run r = run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy, u"--json"_qs});
        oneLine(r, 1, QStringLiteral("event %1 (").arg(id).toUtf8().constData());
        QCOMPARE(r.json()[u"broken_event"_qs][u"id"_qs].toInt(), id);
        QVERIFY(r.json()[u"broken_event"_qs][u"reason"_qs].toString().contains(u"changed"_qs));
    }

    /// Before, an applicant's name changed with the sqlite3 shell passed `db verify`: the chain covers the events, not
    /// the rows they describe. Each request is now sealed at every commit of the program; an edit behind it is named,
    /// and a copy so changed is not restored.
    void editedRequestRows_areFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("a party's name") << u"UPDATE parties SET surname = 'МАЛЛОРИ' WHERE role = 'applicant' AND "
                                           "request_id = (SELECT id FROM requests WHERE number = '%1');"_qs;
        QTest::newRow("the state") << u"UPDATE requests SET state = 'issued' WHERE number = '%1';"_qs;
        QTest::newRow("a document's status")
            << u"UPDATE request_documents SET status = 'missing' WHERE position = 1 AND "
               "request_id = (SELECT id FROM requests WHERE number = '%1');"_qs;
        QTest::newRow("a change waiting in the outbox")
            << u"UPDATE outbox SET payload = replace(payload, 'ӘЛИЯ', 'МАЛЛОРИ') WHERE seq = (SELECT max(seq) FROM "
               "outbox WHERE payload LIKE '%ӘЛИЯ%' AND payload LIKE '%%1%');"_qs;
        QTest::newRow("its parties and documents removed")
            << u"DELETE FROM parties WHERE request_id = (SELECT id FROM requests WHERE "
               "number = '%1'); DELETE FROM request_documents WHERE request_id = "
               "(SELECT id FROM requests WHERE number = '%1');"_qs;
    }

    void editedRequestRows_areFoundAndNamed()
    {
        QFETCH(QString, sql);
        const QString number = requestInWork();
        const QString copy = m_data.scratchPath(
            QStringLiteral("edited-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(copy);
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        const Run before = run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy});
        QVERIFY2(before.code == 0 && before.out.contains("requests as the program wrote them"), before.err.constData());
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {copy, sql.arg(number)});
        QVERIFY(shell.waitForFinished());
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        const Run r = run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy, u"--json"_qs});
        oneLine(r, 1, "changed behind the program");
        QCOMPARE(r.json()[u"ok"_qs].toBool(), false);
        if (QTest::currentDataTag() == QByteArrayLiteral("a change waiting in the outbox")) {
            QVERIFY2(r.err.contains("outbox change"), r.err.constData());
            QCOMPARE(r.json()[u"broken_outbox"_qs][u"count"_qs].toInt(), 1);
            return; // the requests are as they were: a restore of this copy is refused by nothing else
        }
        QVERIFY2(r.err.contains(number.toUtf8()), r.err.constData());
        QCOMPARE(r.json()[u"broken_requests"_qs][u"count"_qs].toInt(), 1);
        QCOMPARE(r.json()[u"ok"_qs].toBool(), false);
        // Nor is such a copy put in place of the desk's database.
        oneLine(run({u"db"_qs, u"restore"_qs, u"--from"_qs, copy, u"--db"_qs, m_db}), 2,
                "requests were changed behind the program");
    }

    void badDatabaseFiles_areRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("missing") << m_data.scratchPath(u"nope.sqlite"_qs) << QByteArray("no such file");
        QTest::newRow("not a database") << file(u"letter.txt"_qs, "Құрметті әріптестер!\n")
                                        << QByteArray("not a Kense database");
        QFile whole(m_db);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QTest::newRow("truncated") << file(u"cut.sqlite"_qs, whole.read(8192)) << QByteArray("truncated");
        QProcess mk;
        const QString other = m_data.scratchPath(u"other.sqlite"_qs);
        mk.start(u"sqlite3"_qs, {other, u"CREATE TABLE t(x); INSERT INTO t VALUES (1);"_qs});
        mk.waitForFinished();
        QTest::newRow("another program's") << other << QByteArray("another program");
        const QString newer = m_data.scratchPath(u"newer.sqlite"_qs);
        QFile::copy(m_db, newer);
        QFile::setPermissions(newer, QFile::ReadOwner | QFile::WriteOwner);
        mk.start(u"sqlite3"_qs, {newer, u"PRAGMA user_version = 99;"_qs});
        mk.waitForFinished();
        QTest::newRow("newer schema") << newer << QByteArray("schema version 99");
        const QString ro = m_data.scratchPath(u"readonly.sqlite"_qs);
        QFile::copy(m_db, ro);
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::ReadGroup);
        QTest::newRow("read-only") << ro << QByteArray("read-only");
    }

    void badDatabaseFiles_areRefusedAndLeftAlone()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, reason);
        const QByteArray before = digest(path);
        const QList<QStringList> commands{
            {u"db"_qs, u"verify"_qs},
            {u"user"_qs, u"list"_qs},
            {u"request"_qs, u"show"_qs, u"KZOEDU01-2-2026-000001"_qs},
            {u"request"_qs, u"search"_qs, u"әлия"_qs},
            {u"request"_qs, u"register"_qs, file(u"ok.json"_qs, kRequest), u"--as"_qs, u"saule"_qs},
            {u"request"_qs, u"advance"_qs, u"KZOEDU01-2-2026-000001"_qs, u"--to"_qs, u"result_prepared"_qs, u"--as"_qs,
             u"erlan"_qs},
            {u"journal"_qs, u"export"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-12-31"_qs, u"--csv"_qs,
             m_data.scratchPath(u"x.csv"_qs)},
            {u"db"_qs, u"backup"_qs, u"--to"_qs, m_data.scratchPath(u"never.sqlite"_qs)},
            {u"demo-data"_qs, u"--count"_qs, u"5"_qs},
        };
        for (const QStringList& command : commands) {
            const Run r = run(command + QStringList{u"--db"_qs, path});
            QVERIFY2(r.code == 2, qPrintable(command.join(u' ') + u": "_qs + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.count('\n') == 1 && r.err.contains(reason),
                     qPrintable(command.join(u' ') + u": "_qs + QString::fromUtf8(r.err)));
            QCOMPARE(digest(path), before);
        }
        QVERIFY(!QFile::exists(m_data.scratchPath(u"never.sqlite"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestKensectlQueue)
#include "tst_kensectl_queue.moc"
