// kensectl on a desk's database, as a program: the whole request flow, tampering, and every kind of bad input —
// with a clear one-line reason, a non-zero exit, and nothing changed.
#include "DataDir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

const char* kRequest = R"J({"service": "duplicate-secondary-edu-vko", "channel": "provider",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "ӘЛИЯ", "applicant.given_name": "Қасымқызы",
             "applicant.phone": "+7 701 123 45 67", "applicant.address": "Өскемен",
             "subject.document_kind": "general_secondary", "subject.holder_surname": "Нұрланова",
             "subject.holder_given_name": "Әлия", "subject.school": "№ 12 мектеп", "subject.graduation_year": 2015,
             "subject.reason": "lost"},
  "documents": {"application": "original", "identity_document": "original"}})J";
} // namespace

class TestKensectlQueue : public QObject
{
    Q_OBJECT

    kense::test::DataDir m_data;
    QString m_db;

    /// Every user of this desk has the password "a-long-password" (the administrator "admin-pass-1"): a command
    /// that acts --as a user and gives no input of its own signs in with it, as a script would.
    Run run(QStringList args, QByteArray input = {})
    {
        if (args.contains(u"--as"_qs) && input.isEmpty() && !args.contains(u"--password-stdin"_qs)) {
            const QString login = args.at(args.indexOf(u"--as"_qs) + 1);
            args << u"--password-stdin"_qs;
            input = login == u"admin"_qs ? "admin-pass-1\n" : "a-long-password\n";
        }
        QProcess p;
        p.setProcessEnvironment(m_data.environment());
        p.start(QStringLiteral(KENSECTL_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("kensectl did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_data.scratchPath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    static void oneLine(const Run& r, int code, const char* part)
    {
        QVERIFY2(r.code == code, QByteArray(QByteArray::number(r.code) + " " + r.err).constData());
        QVERIFY2(r.err.startsWith("kensectl: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(part), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_data.scratchPath(QStringLiteral("desk.sqlite"));
        Run r =
            run({u"db"_qs, u"init"_qs, u"--db"_qs, m_db, u"--office"_qs, u"kzoedu01"_qs, u"--desk"_qs, u"2"_qs,
                 u"--admin"_qs, u"admin"_qs, u"--admin-name"_qs, u"Әкімші"_qs, u"--password-stdin"_qs, u"--json"_qs},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"desk"_qs].toString(), u"KZOEDU01-2"_qs);
        // dana is the office's administrator and also takes applications: she may date one by hand.
        for (const auto& [login, roles] : {std::pair{"saule", "clerk"}, std::pair{"gulnar", "head"},
                                           std::pair{"erlan", "executor"}, std::pair{"dana", "clerk,administrator"}}) {
            r = run({u"user"_qs, u"add"_qs, QString::fromLatin1(login), u"--name"_qs, QString::fromLatin1(login),
                     u"--roles"_qs, QString::fromLatin1(roles), u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs,
                     u"--db"_qs, m_db},
                    "admin-pass-1\na-long-password\n");
            QVERIFY2(r.code == 0, r.err.constData());
        }
        r = run({u"user"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 5);
    }

    // A desk is whole or not there. A short password used to leave the desk written with no user (and the good
    // password was then refused: «this database is already the desk …»); --admin on a desk already set up added an
    // administrator without anyone signing in.
    void dbInit_setsUpAWholeDeskOrNothing()
    {
        const QString db = m_data.scratchPath(QStringLiteral("whole.sqlite"));
        const QStringList init{
            u"db"_qs,     u"init"_qs, u"--db"_qs,    db,          u"--office"_qs,        u"KZOEDU01"_qs,
            u"--desk"_qs, u"3"_qs,    u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs};
        oneLine(run(init, "short\n"), 2, "at least 10 characters");
        QVERIFY2(!QFileInfo::exists(db), "a refused set-up left a new file behind");

        // In an existing database, a set-up refused half-way (a new office, then a bad desk code) writes nothing.
        QCOMPARE(run({u"db"_qs, u"init"_qs, u"--db"_qs, db}).code, 0);
        oneLine(
            run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--office"_qs, u"NEWSCHOOL9"_qs, u"--office-name"_qs,
                 u"Жаңа мектеп"_qs, u"--desk"_qs, u"bad code"_qs, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                "a-long-password\n"),
            2, "desk code");
        QProcess sql;
        sql.start(u"sqlite3"_qs, {db, u"SELECT (SELECT count(*) FROM offices WHERE code = 'NEWSCHOOL9') || ' ' || "
                                      "(SELECT count(*) FROM users) || ' ' || (SELECT count(*) FROM this_desk)"_qs});
        QVERIFY(sql.waitForFinished());
        QCOMPARE(sql.readAllStandardOutput().trimmed(), QByteArray("0 0 0"));

        Run r = run(init + QStringList{u"--json"_qs}, "a-long-password\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"desk"_qs].toString(), u"KZOEDU01-3"_qs);
        QCOMPARE(r.json()[u"admin"_qs].toString(), u"admin"_qs);

        oneLine(run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--admin"_qs, u"mallory"_qs, u"--password-stdin"_qs},
                    "mallory-pass-1\n"),
                2, "user add --as ADMIN");
        oneLine(run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--office"_qs, u"KZOEDU01"_qs, u"--desk"_qs, u"4"_qs}), 2,
                "--admin LOGIN --password-stdin");
        r = run({u"user"_qs, u"list"_qs, u"--db"_qs, db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);
    }

    void password_neverOnTheCommandLine()
    {
        oneLine(run({u"user"_qs, u"add"_qs, u"x1"_qs, u"--roles"_qs, u"clerk"_qs, u"--db"_qs, m_db}), 2,
                "--as LOGIN is required");
        oneLine(run({u"user"_qs, u"add"_qs, u"x1"_qs, u"--roles"_qs, u"clerk"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs,
                     m_db},
                    "\n"),
                2, "--password-stdin");
    }

    // On a desk where clerks share the computer's account, kensectl was a way round the sign-in window: --as the
    // head, a new administrator or another user's password took no password at all.
    void actingAsAUser_takesThatUsersPassword()
    {
        const QString req = file(QStringLiteral("req-signin.json"), kRequest);
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}, "\n"), 2,
                "--password-stdin");
        oneLine(
            run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
                "not-her-password\n"),
            1, "sign-in refused: wrong login or password");
        oneLine(run({u"user"_qs, u"add"_qs, u"mallory"_qs, u"--name"_qs, u"M"_qs, u"--roles"_qs,
                     u"administrator,head"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
                    "a-long-password\nmallory-pass-1\n"),
                1, "is not an administrator");
        oneLine(run({u"user"_qs, u"passwd"_qs, u"admin"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs,
                     m_db},
                    "a-long-password\ntaken-over-123\n"),
                1, "is not an administrator");
        oneLine(run({u"user"_qs, u"disable"_qs, u"gulnar"_qs, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db}), 1,
                "is not an administrator");
        Run r = run({u"user"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 5);
        QVERIFY(!r.out.contains("\"disabled\":true"));

        // Her own password with the one she has; a weak one is refused naming why.
        oneLine(run({u"user"_qs, u"passwd"_qs, u"saule"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs,
                     m_db},
                    "a-long-password\naaaaaaaaaaaa\n"),
                2, "not one character repeated");
        r = run(
            {u"user"_qs, u"passwd"_qs, u"saule"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
            "a-long-password\nsaule-new-pass\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = run(
            {u"user"_qs, u"passwd"_qs, u"saule"_qs, u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
            "admin-pass-1\na-long-password\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"user"_qs, u"disable"_qs, u"erlan"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"user"_qs, u"disable"_qs, u"erlan"_qs, u"--enable"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QProcess log;
        log.start(u"sqlite3"_qs,
                  {m_db, u"SELECT e.kind || ' ' || e.after || ' by ' || u.login FROM events e JOIN users "
                         "u ON u.id = e.user_id WHERE e.request_id IS NULL ORDER BY e.id"_qs});
        QVERIFY(log.waitForFinished());
        QCOMPARE(QString::fromUtf8(log.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"user_added saule (clerk) by admin"_qs, u"user_added gulnar (head) by admin"_qs,
                              u"user_added erlan (executor) by admin"_qs,
                              u"user_added dana (clerk,administrator) by admin"_qs, u"password_set saule by saule"_qs,
                              u"password_set saule by admin"_qs, u"user_disabled erlan by admin"_qs,
                              u"user_enabled erlan by admin"_qs}));
    }

    // --at runs the legal deadlines from the moment given: a week ahead or a year back is an administrator's
    // decision with a reason, never a clerk's.
    void aMomentByHand_takesAnAdministratorsReason()
    {
        const QString req = file(QStringLiteral("req-dated.json"), kRequest);
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--at"_qs, u"2031-06-01T10:00"_qs,
                     u"--db"_qs, m_db}),
                1, "in the future: an administrator may allow it with --reason");
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--at"_qs, u"2019-03-01T10:00"_qs,
                     u"--db"_qs, m_db}),
                1, "before this desk's last entry");
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--at"_qs, u"2019-03-01T10:00"_qs,
                     u"--reason"_qs, u"paper journal"_qs, u"--db"_qs, m_db}),
                1, "only an administrator");
        const Run r = run({u"request"_qs, u"search"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 0);
    }

    // An administrator took a service out of force at this desk: the wizard no longer offered it, but kensectl
    // registered it all the same. Both doors ask the one rule now (DeskSettings::takesService, checked by Intake).
    void aServiceOutOfForce_isRefusedNamingIt()
    {
        const QString req = file(QStringLiteral("req-out-of-force.json"), kRequest);
        const int before = run({u"request"_qs, u"search"_qs, u"--db"_qs, m_db, u"--json"_qs}).array().size();
        Run r = run({u"settings"_qs, u"set"_qs, u"services/in_force"_qs, u"duplicate-secondary-edu-aktobe"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto inForceAgain = qScopeGuard([this] { run({u"settings"_qs, u"unset"_qs, u"services/in_force"_qs}); });
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}), 1,
                "does not take \"duplicate-secondary-edu-vko\"");
        oneLine(run({u"request"_qs, u"refuse"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}), 1,
                "not among the services in force");
        QCOMPARE(run({u"request"_qs, u"search"_qs, u"--db"_qs, m_db, u"--json"_qs}).array().size(), before);
    }

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
                1, "only head may");
        r = run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"in_work"_qs, u"--as"_qs, u"gulnar"_qs,
                 u"--executor"_qs, u"erlan"_qs, u"--note"_qs, u"орындауға"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"transition"_qs].toString(), u"assign_executor"_qs);
        oneLine(run({u"request"_qs, u"advance"_qs, number, u"--to"_qs, u"issued"_qs, u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db}),
                1, "cannot become \"issued\"");

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
        const QString number = u"KZOEDU01-2-2026-000001"_qs;
        const QString receipt = m_data.scratchPath(QStringLiteral("receipt.pdf"));
        Run r = run({u"render"_qs, u"receipt"_qs, u"--request"_qs, number, u"--lang"_qs, u"kk"_qs, u"--out"_qs, receipt,
                     u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"pages"_qs].toInt(), 1);
        QProcess text;
        text.start(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, receipt, u"-"_qs});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
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
                1, "asked when the result is issued");

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
        const QString copy = m_data.scratchPath(QStringLiteral("copy.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        oneLine(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}), 2, "exists already");
        const QString target = m_data.scratchPath(QStringLiteral("restored.sqlite"));
        QCOMPARE(run({u"db"_qs, u"restore"_qs, u"--from"_qs, copy, u"--db"_qs, target}).code, 0);
        const Run r = run({u"request"_qs, u"search"_qs, u"--db"_qs, target, u"--json"_qs});
        QCOMPARE(r.array().size(), 2);
    }

    // Personal data is the account's: under Debian's default umask (022) the database, a backup, a CSV and a PDF were
    // 0644 and a second local account copied the database and read IINs and password hashes.
    void filesWritten_areTheAccountsOnly()
    {
        const mode_t before = ::umask(022); // the system's default, which kensectl inherits
        const auto restoreUmask = qScopeGuard([before] { ::umask(before); });
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        // As an older version, another umask or a copy left them: the desk's database and the data folder open to all.
        QVERIFY(QFile::setPermissions(m_db, QFile::permissions(m_db) | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(m_data.path(), QFile::permissions(m_data.path()) | QFile::ReadGroup |
                                                         QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));

        const QString backup = m_data.scratchPath(QStringLiteral("private-copy.sqlite"));
        Run r = run({u"db"_qs, u"backup"_qs, u"--to"_qs, backup, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString csv = m_data.scratchPath(QStringLiteral("private.csv"));
        r = run({u"journal"_qs, u"export"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-12-31"_qs, u"--csv"_qs,
                 csv, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString pdf = m_data.scratchPath(QStringLiteral("private.pdf"));
        r = run({u"render"_qs, u"calibration"_qs, u"--out"_qs, pdf});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString fresh = m_data.scratchPath(QStringLiteral("private-new.sqlite"));
        r = run({u"db"_qs, u"init"_qs, u"--db"_qs, fresh});
        QVERIFY2(r.code == 0, r.err.constData());

        for (const QString& path : {m_db, backup, csv, pdf, fresh, m_data.path(), m_data.filePath(u"logs"_qs)}) {
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            QVERIFY2(!(QFile::permissions(path) & others),
                     qPrintable(QStringLiteral("%1: mode %2").arg(path).arg(int(QFile::permissions(path)), 0, 16)));
        }
    }

    void tamperedEvent_isFoundAndNamed()
    {
        const QString copy = m_data.scratchPath(QStringLiteral("tamper.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        QCOMPARE(run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy}).code, 0);
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {copy, u"DROP TRIGGER events_no_update; "
                                                      "UPDATE events SET note = 'подделка' WHERE id = 6;"_qs});
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.exitCode(), 0);
        const Run r = run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy, u"--json"_qs});
        oneLine(r, 1, "event 6 (");
        QCOMPARE(r.json()[u"broken_event"_qs][u"id"_qs].toInt(), 6);
        QVERIFY(r.json()[u"broken_event"_qs][u"reason"_qs].toString().contains(u"changed"_qs));
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
