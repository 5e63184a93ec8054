// The desk's users against a real SQLite file. Every function has a desk of its own (init), so each passes alone.
#include "EventLog.h"
#include "SqlUtil.h"
#include "TestDesk.h"
#include "UserRepository.h"
#include "workflow/Channel.h"
#include "workflow/Role.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
/// A name the store accepts for any role: what these tests refuse is the login or the password.
const PersonalName kAnyName{QStringLiteral("Оспанова"), QStringLiteral("Сәуле"), {}};

QDateTime at(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;

private Q_SLOTS:
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp();
    }
    void cleanup() { m_desk.reset(); }

    void users_signInLocksAfterFailures_withoutSayingWhich()
    {
        UserRepository users(m_desk->db.connection());
        QVERIFY_THROWS_EXCEPTION(StorageError, users.add(QStringLiteral("SAULE"), kAnyName, {Role::Clerk},
                                                         QStringLiteral("longenough"), at(11, 2, 9)));
        QVERIFY_THROWS_EXCEPTION(StorageError, users.add(QStringLiteral("sauлe"), kAnyName, {Role::Clerk},
                                                         QStringLiteral("longenough"), at(11, 2, 9)));
        QVERIFY_THROWS_EXCEPTION(StorageError, users.add(QStringLiteral("shortpw"), kAnyName, {Role::Clerk},
                                                         QStringLiteral("short"), at(11, 2, 9)));
        const LockoutPolicy policy{3, 5};
        const QDateTime t = at(11, 23, 10);
        QVERIFY(users.signIn(QStringLiteral("saule"), QStringLiteral("clerk-pass-1"), t, policy).ok);
        const SignInResult unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("x"), t, policy);
        const SignInResult wrong = users.signIn(QStringLiteral("saule"), QStringLiteral("wrong"), t, policy);
        QVERIFY(!unknown.ok && !wrong.ok && !unknown.locked && !wrong.locked && !unknown.user && !wrong.user);
        users.signIn(QStringLiteral("saule"), QStringLiteral("wrong"), t, policy);
        QVERIFY(users.signIn(QStringLiteral("saule"), QStringLiteral("wrong"), t, policy).locked); // third failure
        QVERIFY(!users.signIn(QStringLiteral("saule"), QStringLiteral("clerk-pass-1"), t.addSecs(60), policy).ok);
        QVERIFY(users.signIn(QStringLiteral("saule"), QStringLiteral("clerk-pass-1"), t.addSecs(301), policy).ok);
        users.setDisabled(QStringLiteral("saule"), true, m_desk->admin.id, t);
        QVERIFY(!users.signIn(QStringLiteral("saule"), QStringLiteral("clerk-pass-1"), t, policy).ok);
        users.setDisabled(QStringLiteral("saule"), false, m_desk->admin.id, t);
        const QString stored =
            scalar(m_desk->db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'"))
                .toString();
        QVERIFY(stored.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
        QVERIFY(!stored.contains(QStringLiteral("admin-pass-1")));
    }

    void users_passwordsAreNotGuessable_andAdministrationIsInTheLog()
    {
        UserRepository users(m_desk->db.connection());
        const qint64 before =
            scalar(m_desk->db.connection(), QStringLiteral("SELECT max(id) FROM events")).toLongLong();
        for (const char* weak : {"short-pw1", "aaaaaaaaaaaa", "1111111111"})
            QVERIFY2(!UserRepository::whyNotAPassword(QString::fromLatin1(weak)).isEmpty(), weak);
        QVERIFY(UserRepository::whyNotAPassword(QStringLiteral("көктем-2026")).isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            users.setPassword(QStringLiteral("saule"), QStringLiteral("aaaaaaaaaaaa"), m_desk->admin.id, at(11, 2, 9)));
        users.setPassword(QStringLiteral("saule"), QStringLiteral("new-clerk-pass"), m_desk->admin.id, at(11, 2, 9));
        users.setDisabled(QStringLiteral("erlan"), true, m_desk->admin.id, at(11, 2, 10));
        users.setDisabled(QStringLiteral("erlan"), false, m_desk->admin.id, at(11, 2, 11));
        QSqlQuery q(m_desk->db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT e.kind, e.after, u.login FROM events e JOIN users u ON u.id = e.user_id "
                                      "WHERE e.request_id IS NULL AND e.kind IN ('password_set', 'user_disabled', "
                                      "'user_enabled') AND e.id > %1 ORDER BY e.id")
                           .arg(before)));
        QStringList seen;
        while (q.next())
            seen << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QStringLiteral(" by ") +
                        q.value(2).toString();
        QCOMPARE(seen, (QStringList{u"password_set saule by admin"_qs, u"user_disabled erlan by admin"_qs,
                                    u"user_enabled erlan by admin"_qs}));
        QVERIFY(EventLog::verify(m_desk->db.connection()).ok);
    }

    /// An account's administration by anyone but an active administrator is refused by the store itself, with nothing
    /// written. Only the doors kept them out: the store took a clerk's id as `by` and wrote "user_added … by saule".
    void administration_byAnyoneButAnActiveAdministrator_isRefused()
    {
        UserRepository users(m_desk->db.connection());
        const QDateTime t = at(11, 2, 9);
        const auto events = [this] {
            return scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        };
        const qint64 before = events();
        for (const UserRecord& by : {m_desk->clerk, m_desk->head, m_desk->executor, m_desk->op}) {
            QVERIFY_THROWS_EXCEPTION(
                StorageError, users.add(QStringLiteral("mallory"), PersonalName{QStringLiteral("Маллори"), {}, {}},
                                        {Role::Administrator}, QStringLiteral("mallory-pass-1"), t, by.id));
            QVERIFY_THROWS_EXCEPTION(StorageError, users.setDisabled(QStringLiteral("admin"), true, by.id, t));
            QVERIFY_THROWS_EXCEPTION(
                StorageError, users.setPassword(QStringLiteral("admin"), QStringLiteral("taken-over-1"), by.id, t));
        }
        // A disabled administrator is no administrator; a user still sets their own password.
        users.add(QStringLiteral("dana"), PersonalName{QStringLiteral("Дана"), {}, {}}, {Role::Administrator},
                  QStringLiteral("dana-pass-12"), t, m_desk->admin.id);
        const UserRecord dana = *users.byLogin(QStringLiteral("dana"));
        users.setDisabled(QStringLiteral("dana"), true, m_desk->admin.id, t);
        QVERIFY_THROWS_EXCEPTION(StorageError, users.setDisabled(QStringLiteral("saule"), true, dana.id, t));
        QCOMPARE(events(), before + 2);
        QVERIFY(!users.byLogin(QStringLiteral("mallory")));
        QVERIFY(!users.byLogin(QStringLiteral("admin"))->disabled);
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), t, {}).ok);
        users.setPassword(QStringLiteral("saule"), QStringLiteral("own-new-pass-1"), m_desk->clerk.id, t);
        try {
            users.setDisabled(QStringLiteral("admin"), true, m_desk->clerk.id, t);
        } catch (const StorageError& e) {
            QVERIFY(!e.isFailure());
            QVERIFY2(e.message.contains(QStringLiteral("only an administrator")), qPrintable(e.message));
        }
    }

    /// A desk gives only the roles of its kind (core isRoleOfDesk): a school's канцелярия no akim's specialist, an
    /// akim's apparatus no ЦОН operator — whichever door asks (the window offers only those, kensectl took any).
    /// Nothing is written: no account, no role, no event.
    void rolesThisDeskDoesNotGive_areRefused()
    {
        UserRepository users(m_desk->db.connection());
        const QDateTime t = at(11, 2, 9);
        const auto count = [this](const QString& sql) {
            return scalar(m_desk->db.connection(), sql).toLongLong();
        };
        const qint64 events = count(QStringLiteral("SELECT count(*) FROM events"));
        const QString refused = refusalOf([&] {
            users.add(QStringLiteral("zhanar"), kAnyName, {Role::AkimOfficer}, QStringLiteral("zhanar-pass-1"), t,
                      m_desk->admin.id);
        });
        QVERIFY2(refused.contains(roleTitle(Role::AkimOfficer)) && refused.contains(channelTitle(Channel::Provider)),
                 qPrintable(refused));
        QVERIFY(!users.byLogin(QStringLiteral("zhanar")));
        QVERIFY(refusalOf([&] {
                    users.setRoles(QStringLiteral("saule"), {Role::Clerk, Role::AkimOfficer}, m_desk->admin.id, t);
                }).contains(roleTitle(Role::AkimOfficer)));
        QCOMPARE(users.byLogin(QStringLiteral("saule"))->roles, QList<Role>{Role::Clerk});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), events);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM user_roles WHERE role = 'akim_officer'")), 0);

        TestDesk akim;
        akim.setUp(Channel::Akim, QStringLiteral("KZOAKIM001"));
        UserRepository akimUsers(akim.db.connection());
        QVERIFY(refusalOf([&] {
                    akimUsers.add(QStringLiteral("aigul2"), kAnyName, {Role::TsonOperator},
                                  QStringLiteral("aigul-pass-1"), t, akim.admin.id);
                }).contains(roleTitle(Role::TsonOperator)));
        QVERIFY(!akimUsers.byLogin(QStringLiteral("aigul2")));
        // What the desk gives goes through.
        QCOMPARE(akimUsers
                     .add(QStringLiteral("zhanar"), kAnyName, {Role::AkimOfficer}, QStringLiteral("zhanar-pass-1"), t,
                          akim.admin.id)
                     .roles,
                 QList<Role>{Role::AkimOfficer});
    }

    /// Another desk's employee, brought by the sync for the history ("erlan@KZOEDU01-2", no password, disabled), is
    /// never a way in: an administrator of this desk cannot give the account a password, enable it, rename it or
    /// give it roles — else they could sign in and act in that employee's name. Before, the first two went through
    /// and the account signed in.
    void anotherDesksUser_isNeverAWayIn()
    {
        UserRepository users(m_desk->db.connection());
        const QString other = QStringLiteral("erlan@KZOEDU01-2");
        test::oldUser(m_desk->db.connection(), other, QStringLiteral("Нұрланов Ерлан"), Role::Executor);
        QSqlQuery q(m_desk->db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET disabled = 1 WHERE login = 'erlan@KZOEDU01-2'")));
        const QDateTime t = at(11, 2, 9);
        const QString why =
            QStringLiteral("erlan@KZOEDU01-2 is an account of another desk, kept here for the history: it is managed "
                           "at its own desk");
        QCOMPARE(refusalOf([&] { users.setPassword(other, QStringLiteral("taken-over-1"), m_desk->admin.id, t); }),
                 why);
        QCOMPARE(refusalOf([&] { users.setDisabled(other, false, m_desk->admin.id, t); }), why);
        QCOMPARE(refusalOf([&] {
                     users.setName(other, PersonalName{QStringLiteral("Нұрланов"), QStringLiteral("Ерлан"), {}},
                                   m_desk->admin.id, t);
                 }),
                 why);
        QVERIFY(!users.signIn(other, QStringLiteral("taken-over-1"), t, {}).ok);
        QVERIFY(users.byLogin(other)->disabled);
    }

    void users_aLockedAccountAnswersAsSlowlyAsAnOpenOne()
    {
        UserRepository users(m_desk->db.connection());
        const LockoutPolicy policy{1, 5};
        const QDateTime t = at(11, 23, 10);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(users.signIn(QStringLiteral("erlan"), QStringLiteral("wrong-password"), t, policy).locked);
        const qint64 open = clock.restart();
        QVERIFY(users.signIn(QStringLiteral("erlan"), QStringLiteral("wrong-password"), t, policy).locked);
        const qint64 locked = clock.elapsed();
        // Both verify an Argon2id hash (tens of milliseconds or more); before, a locked account answered in 0 ms.
        QVERIFY2(locked * 2 >= open, qPrintable(u"locked %1 ms, open %2 ms"_qs.arg(locked).arg(open)));
    }

    /// A lockout runs on the computer's own clock while it has not restarted. The date set back a day kept a locked
    /// clerk out for that day more; set forward a day, it let a guesser in at once.
    void users_aLockoutRunsOnTheComputersUptime_notOnTheDateSet()
    {
        UserRepository users(m_desk->db.connection());
        const LockoutPolicy policy{1, 5};
        const QDateTime t = at(11, 23, 10);
        ManualClock clock(t);
        const auto signIn = [&](const QString& password) {
            return users.signIn(QStringLiteral("gulnar"), password, clock.now(), policy, clock.uptime());
        };
        QVERIFY(signIn(QStringLiteral("wrong-password")).locked);
        clock.set(t.addDays(1)); // the date set forward: the guesser may not go on
        QVERIFY(!signIn(QStringLiteral("head-pass-1")).ok);
        clock.set(t.addDays(-1)); // set back: the clerk waits the 5 minutes, no more
        clock.advanceSeconds(4 * 60);
        QVERIFY(!signIn(QStringLiteral("head-pass-1")).ok);
        clock.advanceSeconds(61);
        QVERIFY(signIn(QStringLiteral("head-pass-1")).ok);

        // After a restart the uptime says nothing: the date counts, but never longer than the lockout itself.
        QVERIFY(signIn(QStringLiteral("wrong-password")).locked);
        const QDateTime lockedAt = clock.now();
        QVERIFY(!users
                     .signIn(QStringLiteral("gulnar"), QStringLiteral("head-pass-1"), lockedAt.addSecs(60), policy,
                             Uptime{QByteArrayLiteral("another-start"), 10})
                     .ok);
        QVERIFY(users
                    .signIn(QStringLiteral("gulnar"), QStringLiteral("head-pass-1"), lockedAt.addDays(-1), policy,
                            Uptime{QByteArrayLiteral("another-start"), 20})
                    .ok);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
