// kensectl's door to a desk: a desk set up whole or not at all, every act as a signed-in user, dates by hand only with
// an administrator's reason, the services the desk takes, search text as text, damage named in one line, and files
// that only the account can read.
#include "KensectlDesk.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>

#include <sys/stat.h>
#include <unistd.h>

using kense::test::digest;
using kense::test::kRequest;
using kense::test::Run;

class TestKensectlDesk : public QObject, protected kense::test::KensectlDesk
{
    Q_OBJECT

    /// A 3 MiB tmpfs mounted under the scratch folder (its path), or empty with the reason it could not be.
    QString smallDisk(const QString& name, QString* why)
    {
        if (::geteuid() != 0) {
            *why = u"a full disk is a 3 MiB tmpfs, which only root may mount"_qs;
            return {};
        }
        const QString mountPoint = m_data.scratchPath(name);
        QDir().mkpath(mountPoint);
        QProcess mount;
        mount.start(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=3m"_qs, u"tmpfs"_qs, mountPoint});
        if (!mount.waitForFinished() || mount.exitCode() != 0) {
            *why = u"this machine does not let root mount a tmpfs (a container without the capability)"_qs;
            return {};
        }
        return mountPoint;
    }

    /// Fills the disk at `mountPoint` with a file named "filler".
    static void fill(const QString& mountPoint)
    {
        QFile filler(QDir(mountPoint).filePath(u"filler"_qs));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }

    // A desk is whole or not there. A short password used to leave the desk written with no user (and the good
    // password was then refused: «this database is already the desk …»); --admin on a desk already set up added an
    // administrator without anyone signing in.
    void dbInit_setsUpAWholeDeskOrNothing()
    {
        const QString db = m_data.scratchPath(QStringLiteral("whole.sqlite"));
        const QStringList init{
            u"db"_qs,     u"init"_qs, u"--db"_qs,    db,          u"--office"_qs,         u"KZOEDU01"_qs,
            u"--desk"_qs, u"3"_qs,    u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--services"_qs,
            u"all"_qs};
        oneLine(run(init, "short\n"), 2, "at least 10 characters");
        QVERIFY2(!QFileInfo::exists(db), "a refused set-up left a new file behind");

        // In an existing database, a set-up refused half-way (a new office, then a bad desk code) writes nothing.
        QCOMPARE(run({u"db"_qs, u"init"_qs, u"--db"_qs, db}).code, 0);
        oneLine(run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--office"_qs, u"NEWSCHOOL9"_qs, u"--office-name"_qs,
                     u"Жаңа мектеп"_qs, u"--services"_qs, u"all"_qs, u"--desk"_qs, u"bad code"_qs, u"--admin"_qs,
                     u"admin"_qs, u"--password-stdin"_qs},
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

    // A new desk takes the services its region's acts regulate: before, a Kyzylorda school had every region's variants
    // in force and offered the duplicates of VKO, Aktobe and Almaty, whose acts do not bind it (issue 17). `--services
    // all` keeps every one (the desks of these tests register VKO's duplicate). The setting is per account: this test
    // ends with `all`, as the others expect.
    void dbInit_takesTheServicesOfItsRegion_orAll()
    {
        const QString db = m_data.scratchPath(u"region.sqlite"_qs);
        Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--office"_qs, u"KZOEDU01"_qs, u"--desk"_qs, u"5"_qs,
                     u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--json"_qs},
                    "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray services = r.json()[u"services"_qs].toArray();
        QVERIFY2(services.contains(u"preschool-registration-kyzylorda"_qs), r.out.constData());
        QVERIFY2(services.contains(u"unemployed-certificate-kyzylorda"_qs), r.out.constData());
        QVERIFY2(!services.contains(u"duplicate-secondary-edu-vko"_qs), r.out.constData());
        r = run({u"user"_qs, u"add"_qs, u"saule"_qs, u"--name"_qs, kense::test::staffName(u"saule"_qs), u"--roles"_qs,
                 u"clerk"_qs, u"--as"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, db},
                "admin-pass-1\na-long-password\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QString req = file(QStringLiteral("req-region.json"), kRequest);
        r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, db});
        QVERIFY2(r.code != 0 && r.err.contains("not among the services in force"), r.err.constData());

        // A new office whose region the catalog has no act of: said, and nothing is left behind.
        const QString lone = m_data.scratchPath(u"lone.sqlite"_qs);
        oneLine(run({u"db"_qs, u"init"_qs, u"--db"_qs, lone, u"--office"_qs, u"NEWSCHOOL8"_qs, u"--office-name"_qs,
                     u"Жаңа мектеп"_qs, u"--region"_qs, u"Маңғыстау облысы"_qs, u"--desk"_qs, u"1"_qs, u"--admin"_qs,
                     u"admin"_qs, u"--password-stdin"_qs},
                    "admin-pass-1\n"),
                2, "no service of the region \"Маңғыстау облысы\"");
        QVERIFY(!QFileInfo::exists(lone));
        QVERIFY(!QFileInfo::exists(lone + u".openers"_qs));
        oneLine(run({u"db"_qs, u"init"_qs, u"--db"_qs, lone, u"--office"_qs, u"KZOEDU01"_qs, u"--desk"_qs, u"6"_qs,
                     u"--services"_qs, u"oblast"_qs, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                    "admin-pass-1\n"),
                2, "is not region or all");
        // A VKO office named by the directory's words takes VKO's services.
        r = run({u"db"_qs, u"init"_qs, u"--db"_qs, lone, u"--office"_qs, u"NEWSCHOOL7"_qs, u"--office-name"_qs,
                 u"Жаңа мектеп"_qs, u"--region"_qs, u"Шығыс Қазақстан облысы"_qs, u"--desk"_qs, u"1"_qs, u"--admin"_qs,
                 u"admin"_qs, u"--password-stdin"_qs, u"--json"_qs},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0 && r.json()[u"services"_qs].toArray().contains(u"duplicate-secondary-edu-vko"_qs),
                 r.err.constData());

        // All: the list goes from the settings, and the VKO duplicate is taken.
        r = run({u"db"_qs, u"init"_qs, u"--db"_qs, m_data.scratchPath(u"all.sqlite"_qs), u"--office"_qs, u"KZOEDU01"_qs,
                 u"--desk"_qs, u"8"_qs, u"--services"_qs, u"all"_qs, u"--admin"_qs, u"admin"_qs,
                 u"--password-stdin"_qs},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0 && r.out.contains("services in force: all"), r.out.constData());
        r = run({u"settings"_qs, u"get"_qs, u"services/in_force"_qs});
        QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), r.out.constData());
        r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, db});
        QVERIFY2(r.code == 0, r.err.constData());
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
                1, "only an administrator adds accounts");
        oneLine(run({u"user"_qs, u"passwd"_qs, u"admin"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs,
                     m_db},
                    "a-long-password\ntaken-over-123\n"),
                1, "only an administrator sets another user's password");
        oneLine(run({u"user"_qs, u"disable"_qs, u"gulnar"_qs, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db}), 1,
                "only an administrator disables or enables accounts");
        oneLine(run({u"user"_qs, u"disable"_qs, u"admin"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db}), 1,
                "an administrator cannot disable their own account");
        Run r = run({u"user"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 5);
        QVERIFY(!r.out.contains("\"disabled\":true"));

        // Her own password with the one she has; a weak one is refused naming why.
        oneLine(run({u"user"_qs, u"passwd"_qs, u"saule"_qs, u"--as"_qs, u"saule"_qs, u"--password-stdin"_qs, u"--db"_qs,
                     m_db},
                    "a-long-password\naaaaaaaaaaaa\n"),
                1, "not one character repeated");
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

    // The computer's clock set back behind the desk's last entry: a registration at "now" is refused by Intake itself
    // (the window's door too), not only an --at given by hand. On a desk of its own, whose last entry is tomorrow.
    void aClockSetBack_refusesRegistration_atEitherDoor()
    {
        const QString db = m_data.scratchPath(u"clock.sqlite"_qs);
        Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, db, u"--office"_qs, u"kzoedu01"_qs, u"--desk"_qs, u"7"_qs,
                     u"--services"_qs, u"all"_qs, u"--admin"_qs, u"dana"_qs, u"--admin-name"_qs, u"Дана"_qs,
                     u"--password-stdin"_qs},
                    "a-long-password\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"user"_qs, u"add"_qs, u"saule"_qs, u"--name"_qs, kense::test::staffName(u"saule"_qs), u"--roles"_qs,
                 u"clerk,administrator"_qs, u"--as"_qs, u"dana"_qs, u"--password-stdin"_qs, u"--db"_qs, db},
                "a-long-password\na-long-password\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QString req = file(QStringLiteral("req-clock.json"), kRequest);
        const QString tomorrow = QDateTime::currentDateTime().addDays(1).toString(u"yyyy-MM-ddTHH:mm"_qs);
        r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--at"_qs, tomorrow, u"--reason"_qs,
                 u"the paper journal of tomorrow's fair"_qs, u"--db"_qs, db});
        QVERIFY2(r.code == 0, r.err.constData());
        oneLine(run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, db}), 1,
                "before this desk's last entry");
        QCOMPARE(run({u"request"_qs, u"search"_qs, u"--db"_qs, db, u"--json"_qs}).array().size(), 1);
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

    // Search text is text: «-», «'» and «"» aborted kensectl (exit 134, an FTS5 syntax error nobody caught).
    // The calendar had one door, Administration's page, which wrote edits.json itself and kept no record of who
    // changed a day. Now both doors call CalendarActs::editDay: only an administrator, with a reason, and an event.
    void calendarEdit_isTheAdministratorsAct_withItsEvent()
    {
        const QStringList day{
            u"calendar"_qs, u"edit"_qs, u"2026-12-30"_qs, u"--day-off"_qs, u"--reason"_qs, u"решение акимата"_qs,
            u"--db"_qs,     m_db};
        oneLine(run(day + QStringList{u"--as"_qs, u"saule"_qs}), 1, "only an administrator");
        const auto isWorking = [this] {
            const Run shown = run({u"calendar"_qs, u"show"_qs, u"2026"_qs, u"--json"_qs});
            for (const QJsonValue d : shown.json()[u"days"_qs].toArray()) {
                if (d[u"date"_qs].toString() == u"2026-12-30"_qs)
                    return d[u"working"_qs].toBool();
            }
            return true;
        };
        QVERIFY(isWorking());
        Run r = run(day + QStringList{u"--as"_qs, u"admin"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("2026-12-30: day off"));
        QVERIFY(!isWorking());
        oneLine(run({u"calendar"_qs, u"edit"_qs, u"2026-12-29"_qs, u"--undo"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs,
                     m_db}),
                1, "has no edit of yours to undo");
        r = run(
            {u"calendar"_qs, u"edit"_qs, u"2026-12-30"_qs, u"--undo"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(isWorking());
        QProcess log;
        log.start(u"sqlite3"_qs, {m_db, u"SELECT e.after || ' by ' || u.login FROM events e JOIN users u ON u.id = "
                                        "e.user_id WHERE e.kind = 'calendar_day' ORDER BY e.id"_qs});
        QVERIFY(log.waitForFinished());
        QCOMPARE(QString::fromUtf8(log.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"2026-12-30 day off: решение акимата by admin"_qs,
                              u"2026-12-30 as the year's calendar has it by admin"_qs}));
    }

    void searchText_isText()
    {
        for (const QString& text : {u"-"_qs, u"'"_qs, u"\""_qs, u"' OR 1=1 --"_qs, u"NEAR(a b)"_qs, u"*"_qs}) {
            const Run r = run({u"request"_qs, u"search"_qs, text, u"--db"_qs, m_db, u"--json"_qs});
            QVERIFY2(r.code == 0, qPrintable(text + u": "_qs + QString::fromUtf8(r.err)));
            QVERIFY2(QJsonDocument::fromJson(r.out).isArray(), qPrintable(text));
        }
    }

    // A damaged file is named in one line with exit 1 (db verify printed SQLite's report over several lines).
    void damagedFile_isNamedInOneLine()
    {
        const QString copy = m_data.scratchPath(QStringLiteral("damaged.sqlite"));
        QCOMPARE(run({u"db"_qs, u"backup"_qs, u"--to"_qs, copy, u"--db"_qs, m_db}).code, 0);
        QCOMPARE(run({u"demo-data"_qs, u"--count"_qs, u"300"_qs, u"--db"_qs, copy}).code, 0);
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096 * 5));
            f.write(QByteArray(4096 * 3, '\xff'));
        }
        oneLine(run({u"db"_qs, u"verify"_qs, u"--db"_qs, copy}), 1, "integrity_check");
    }

    // An output is whole or absent: `journal export --csv /dev/full` said "N requests written", exit 0 — and run as
    // root it put a regular file in the place of the device (QSaveFile renamed its temporary file over it).
    void output_isWholeOrAbsent()
    {
        oneLine(run({u"journal"_qs, u"export"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-12-31"_qs,
                     u"--csv"_qs, u"/dev/full"_qs, u"--db"_qs, m_db}),
                2, "/dev/full: the disk is full");
        QVERIFY(!QFileInfo(u"/dev/full"_qs).isFile());
        const Run r = run({u"journal"_qs, u"export"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-12-31"_qs,
                           u"--csv"_qs, u"/dev/stdout"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("number,accepted_at"));
    }

    // A PDF on a full disk: the report left a partial file under its name and blamed "the printer". Now it says the
    // disk is full, leaves no new file and the older file of that name as it was. Needs root for a 3 MiB tmpfs.
    void aPdfOnAFullDisk_isAbsent_andSaidSo()
    {
        const QString toFull = m_data.scratchPath(u"full.pdf"_qs); // the device under a name the command takes
        QVERIFY(QFile::link(u"/dev/full"_qs, toFull));
        oneLine(run({u"render"_qs, u"report"_qs, u"journal"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs,
                     u"2026-12-31"_qs, u"--out"_qs, toFull, u"--db"_qs, m_db}),
                2, "full.pdf: the disk is full");
        QVERIFY(!QFileInfo(u"/dev/full"_qs).isFile());
        QString why;
        const QString mountPoint = smallDisk(u"small-disk"_qs, &why);
        if (mountPoint.isEmpty())
            QSKIP(qPrintable(why));
        const auto unmount = qScopeGuard([&mountPoint] { QProcess::execute(u"umount"_qs, {mountPoint}); });
        const QString pdf = QDir(mountPoint).filePath(u"journal.pdf"_qs);
        const auto render = [&] {
            return run({u"render"_qs, u"report"_qs, u"journal"_qs, u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs,
                        u"2026-12-31"_qs, u"--out"_qs, pdf, u"--db"_qs, m_db});
        };
        QCOMPARE(render().code, 0);
        const QByteArray before = digest(pdf);
        fill(mountPoint);
        oneLine(render(), 2, "the disk is full");
        QCOMPARE(digest(pdf), before);
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files), (QStringList{u"filler"_qs, u"journal.pdf"_qs}));
    }

    // A backup the disk could not take is a failure (exit 3: try again, call the administrator), not a refusal by a
    // rule (1) or a bad argument (2); it was exit 2, like a typing error. A folder that does not exist is said as such.
    void aBackupOnAFullDisk_isAFailure_notARefusal()
    {
        oneLine(run({u"db"_qs, u"backup"_qs, u"--to"_qs, m_data.scratchPath(u"no-such-folder/b.sqlite"_qs), u"--db"_qs,
                     m_db}),
                2, "there is no folder");
        QString why;
        const QString mountPoint = smallDisk(u"backup-disk"_qs, &why);
        if (mountPoint.isEmpty())
            QSKIP(qPrintable(why));
        const auto unmount = qScopeGuard([&mountPoint] { QProcess::execute(u"umount"_qs, {mountPoint}); });
        fill(mountPoint);
        const QString backup = QDir(mountPoint).filePath(u"b.sqlite"_qs);
        oneLine(run({u"db"_qs, u"backup"_qs, u"--to"_qs, backup, u"--db"_qs, m_db}), 3,
                "the disk is full; no backup was written");
        QCOMPARE(QDir(mountPoint).entryList(QDir::Files), QStringList{u"filler"_qs});
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
};

QTEST_GUILESS_MAIN(TestKensectlDesk)
#include "tst_kensectl_desk.moc"
