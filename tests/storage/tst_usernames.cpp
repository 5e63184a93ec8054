// An account's name in the three parts a receipt prints (issue 14; seed 000 p.6 2): «тегі, аты, әкесінің аты» of the
// employee who took the application. Against real SQLite files: what the store accepts, who may correct a name, and
// the schema that split the names of accounts made before.
#include "Database.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0));
}

qint64 eventsOf(const QSqlDatabase& db, const char* kind)
{
    return scalar(db, u"SELECT count(*) FROM events WHERE kind = ?"_qs, {QString::fromLatin1(kind)}).toLongLong();
}
} // namespace

class TestUserNames : public QObject
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

    /// Whoever takes, signs or issues is named on paper in full: a surname and a given name of Kazakh or Russian
    /// letters, the patronymic where there is one. An administrator who only keeps the desk may be «Әкімші».
    void anAccountNamedOnDocuments_hasItsSurnameAndGivenName()
    {
        UserRepository users(m_desk->db.connection());
        const auto add = [&](const char* login, const PersonalName& name, Role role) {
            return refusalOf([&] {
                users.add(QString::fromLatin1(login), name, {role}, u"a-long-password"_qs, at(1, 9), m_desk->admin.id);
            });
        };
        QCOMPARE(add("dana", PersonalName{u"Әлиева"_qs, {}, {}}, Role::Clerk), u"given name: the name is empty"_qs);
        QCOMPARE(add("dana", PersonalName{{}, u"Дана"_qs, {}}, Role::Head), u"surname: the name is empty"_qs);
        QCOMPARE(add("dana", PersonalName{u"Alieva"_qs, u"Дана"_qs, {}}, Role::Executor),
                 u"surname: \"A\" is not a Kazakh or Russian letter"_qs);
        QCOMPARE(add("dana", PersonalName{u"Әлиева"_qs, u"Дана"_qs, u"Сер1кқызы"_qs}, Role::TsonOperator),
                 u"patronymic: \"1\" is not a Kazakh or Russian letter"_qs);
        QVERIFY(!users.byLogin(u"dana"_qs));
        QCOMPARE(add("keeper", PersonalName{u"Desk keeper"_qs, {}, {}}, Role::Administrator), u"(nothing thrown)"_qs);
        QCOMPARE(add("keeper2", PersonalName{}, Role::Administrator), u"the user needs a name"_qs);

        QCOMPARE(add("dana", PersonalName{u"  Әлиева "_qs, u"Дана"_qs, u"Серік  қызы"_qs}, Role::Executor),
                 u"(nothing thrown)"_qs);
        const UserRecord dana = *users.byLogin(u"dana"_qs);
        QCOMPARE(dana.name, (PersonalName{u"Әлиева"_qs, u"Дана"_qs, u"Серік қызы"_qs}));
        QCOMPARE(dana.fullName, u"Әлиева Дана Серік қызы"_qs);
        QCOMPARE(users.byLogin(u"aigul"_qs)->fullName, u"Серікбаева Айгүл"_qs); // no patronymic: none printed
    }

    /// Only an administrator corrects a name: a clerk renaming herself or a colleague is refused and nothing is
    /// written. The correction is an event naming both names, and a receipt printed after it names the employee
    /// as corrected.
    void onlyAnAdministrator_correctsAName_andTheReceiptFollows()
    {
        UserRepository users(m_desk->db.connection());
        const QSqlDatabase db = m_desk->db.connection();
        const IntakeOutcome taken =
            Intake(db, m_desk->catalog, m_desk->calendar).submit(duplicateDraft(), m_desk->clerk, at(1, 10), false);
        QVERIFY2(taken.registered(), qPrintable(taken.errors.value(0).message));
        const QString number = taken.request->number;
        const PersonalName wrong{u"Жұмабаева"_qs, u"Гүлнар"_qs, {}};
        for (const UserRecord& by : {m_desk->clerk, m_desk->head, m_desk->executor, m_desk->op}) {
            QCOMPARE(refusalOf([&] { users.setName(u"saule"_qs, wrong, by.id, at(1, 11)); }),
                     u"only an administrator corrects an account's name"_qs);
            QCOMPARE(refusalOf([&] { users.setName(by.login, wrong, by.id, at(1, 11)); }),
                     u"only an administrator corrects an account's name"_qs); // not even one's own
        }
        QCOMPARE(eventsOf(db, "user_renamed"), 0);
        QCOMPARE(users.byLogin(u"saule"_qs)->fullName, u"Оспанова Сәуле Маратқызы"_qs);
        QCOMPARE(refusalOf([&] { users.setName(u"nobody"_qs, wrong, m_desk->admin.id, at(1, 11)); }),
                 u"no user \"nobody\""_qs);
        QCOMPARE(refusalOf([&] {
                     users.setName(u"saule"_qs, PersonalName{u"Оспанова"_qs, {}, {}}, m_desk->admin.id, at(1, 11));
                 }),
                 u"given name: the name is empty"_qs);

        users.setName(u"saule"_qs, PersonalName{u"Оспанова"_qs, u"Сәуле"_qs, u"Мұратқызы"_qs}, m_desk->admin.id,
                      at(1, 12));
        QCOMPARE(users.byLogin(u"saule"_qs)->fullName, u"Оспанова Сәуле Мұратқызы"_qs);
        QCOMPARE(users.byLogin(u"saule"_qs)->name.patronymic, u"Мұратқызы"_qs);
        QCOMPARE(eventsOf(db, "user_renamed"), 1);
        QCOMPARE(scalar(db, u"SELECT after FROM events WHERE kind = 'user_renamed'"_qs).toString(),
                 u"saule: Оспанова Сәуле Маратқызы → Оспанова Сәуле Мұратқызы"_qs);
        QCOMPARE(RequestRepository(db, &m_desk->catalog).load(number)->acceptedByName, u"Оспанова Сәуле Мұратқызы"_qs);
        // The same name again writes nothing.
        users.setName(u"saule"_qs, PersonalName{u"Оспанова"_qs, u"Сәуле"_qs, u"Мұратқызы"_qs}, m_desk->admin.id,
                      at(1, 13));
        QCOMPARE(eventsOf(db, "user_renamed"), 1);
    }

    /// Roles change only by an administrator, never so that the desk loses its way in (one's own administrator's
    /// role) nor so that a receipt would name someone by half a name; another desk's user gets none. Each change is
    /// an event with the roles before and after.
    void roles_changeByAnAdministrator_withinTheRules()
    {
        UserRepository users(m_desk->db.connection());
        const QSqlDatabase db = m_desk->db.connection();
        for (const UserRecord& by : {m_desk->clerk, m_desk->head, m_desk->executor, m_desk->op}) {
            QCOMPARE(refusalOf([&] { users.setRoles(u"erlan"_qs, {Role::Head}, by.id, at(1, 11)); }),
                     u"only an administrator changes an account's roles"_qs);
            QCOMPARE(refusalOf([&] { users.setRoles(by.login, {Role::Administrator}, by.id, at(1, 11)); }),
                     u"only an administrator changes an account's roles"_qs); // nor their own
        }
        QCOMPARE(refusalOf([&] { users.setRoles(u"admin"_qs, {Role::Clerk}, m_desk->admin.id, at(1, 11)); }),
                 u"an administrator cannot take their own administrator's role"_qs);
        QCOMPARE(refusalOf([&] { users.setRoles(u"erlan"_qs, {}, m_desk->admin.id, at(1, 11)); }),
                 u"the user needs at least one role"_qs);
        users.add(u"keeper"_qs, PersonalName{u"Desk keeper"_qs, {}, {}}, {Role::Administrator}, u"keeper-pass-1"_qs,
                  at(1, 9), m_desk->admin.id);
        QCOMPARE(refusalOf([&] { users.setRoles(u"keeper"_qs, {Role::Clerk}, m_desk->admin.id, at(1, 11)); }),
                 u"keeper's name is not complete for these roles (surname: \"D\" is not a Kazakh or Russian letter): "
                 "correct the name first"_qs);
        oldUser(db, u"erlan@KZOEDU01-2"_qs, u"Нұрланов Ерлан"_qs, Role::Executor);
        QCOMPARE(refusalOf([&] {
                     users.setRoles(u"erlan@KZOEDU01-2"_qs, {Role::Administrator}, m_desk->admin.id, at(1, 11));
                 }),
                 u"erlan@KZOEDU01-2 is an account of another desk, kept here for the history: it is managed at its "
                 "own desk"_qs);
        QCOMPARE(eventsOf(db, "user_roles"), 0);

        users.setRoles(u"erlan"_qs, {Role::Head, Role::Executor}, m_desk->admin.id, at(1, 12));
        QCOMPARE(users.byLogin(u"erlan"_qs)->roles, (QList<Role>{Role::Executor, Role::Head}));
        QCOMPARE(scalar(db, u"SELECT after FROM events WHERE kind = 'user_roles'"_qs).toString(),
                 u"erlan: executor → executor,head"_qs);
        users.setRoles(u"erlan"_qs, {Role::Executor, Role::Head}, m_desk->admin.id, at(1, 13)); // the same: nothing
        QCOMPARE(eventsOf(db, "user_roles"), 1);
    }

    /// Schema 13 over a desk of schema 12: each account's one line is split, surname first; the line itself, the
    /// requests and their receipts are unchanged; the names another desk's sync brought are split too.
    void schema13_splitsTheNamesOfAnOldDesk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QString number;
        {
            Database db;
            QString error;
            QVERIFY2(db.openAtVersion(path, 12, &error), qPrintable(error));
            DeskRepository(db.connection()).setUpThisDesk(u"KZOEDU01"_qs, u"1"_qs, Channel::Provider);
            const UserRecord clerk = oldUser(db.connection(), u"saule"_qs, u"Оспанова Сәуле Маратқызы"_qs, Role::Clerk);
            oldUser(db.connection(), u"gulnar"_qs, u"gulnar"_qs, Role::Head);
            oldUser(db.connection(), u"erlan@KZOEDU01-2"_qs, u"Нұрланов Ерлан"_qs, Role::Executor);
            number = Intake(db.connection(), m_desk->catalog, m_desk->calendar)
                         .submit(duplicateDraft(), clerk, at(1, 10), false)
                         .request->number;
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db.connection(), u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT login, full_name, surname, given_name, patronymic FROM users ORDER BY id"_qs));
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString()}
                        .join(u'|');
        QCOMPARE(rows,
                 (QStringList{u"saule|Оспанова Сәуле Маратқызы|Оспанова|Сәуле|Маратқызы"_qs,
                              u"gulnar|gulnar|gulnar||"_qs, u"erlan@KZOEDU01-2|Нұрланов Ерлан|Нұрланов|Ерлан|"_qs}));
        QCOMPARE(RequestRepository(db.connection(), &m_desk->catalog).load(number)->acceptedByName,
                 u"Оспанова Сәуле Маратқызы"_qs);
        // What the split got wrong, an administrator corrects.
        UserRepository users(db.connection());
        const UserRecord admin = users.add(u"admin"_qs, PersonalName{u"Әкімші"_qs, {}, {}}, {Role::Administrator},
                                           u"admin-pass-1"_qs, at(2, 9));
        users.setName(u"gulnar"_qs, PersonalName{u"Жұмабаева"_qs, u"Гүлнар"_qs, {}}, admin.id, at(2, 9));
        QCOMPARE(users.byLogin(u"gulnar"_qs)->fullName, u"Жұмабаева Гүлнар"_qs);
    }
};

QTEST_GUILESS_MAIN(TestUserNames)
#include "tst_usernames.moc"
