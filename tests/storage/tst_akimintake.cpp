// Targeted social assistance taken at a rural akim's apparatus (issue 17, item 6; seed 001, the regulation's p.1 and
// appendix 2), against a real SQLite file: the akim's desk and its specialist, the request's channel and its term
// (none in the regulation: «мерзімі белгіленбеген» until an administrator enters one), the courier register to the
// district's employment department (ММ) and back, and the schema that widened the desk's checks over a desk of the
// previous release.
#include "CourierRegisters.h"
#include "Database.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "TestDesk.h"
#include "calendar/DeadlineCalculator.h"
#include "settings/Settings.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
const QString kAkim = QStringLiteral("KZOAKIM001"); // «Жалағаш кенті әкімінің аппараты» ММ
const QString kProvider = QStringLiteral("KZOEMP05"); // Жалағаш district's employment department
const QString kService = QStringLiteral("targeted-social-assistance-kyzylorda");

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

/// A family's application for targeted social assistance (the regulation's p.9 documents, all brought).
RequestDraft assistanceDraft()
{
    RequestDraft d = unemployedDraft(Channel::Akim);
    d.serviceId = kService;
    d.fields.remove(QStringLiteral("service.purpose"));
    d.fields.insert(QStringLiteral("service.family_size"), QStringLiteral("5"));
    d.fields.insert(QStringLiteral("service.monthly_income"), QStringLiteral("85000"));
    d.documents = {{QStringLiteral("application"), DocumentStatus::Original},
                   {QStringLiteral("family_composition"), DocumentStatus::Original},
                   {QStringLiteral("family_income"), DocumentStatus::Original},
                   {QStringLiteral("household_plot"), DocumentStatus::Original}};
    return d;
}

CourierRoutes routes()
{
    CourierRoutes r;
    r.set(kService, {kProvider});
    return r;
}
} // namespace

class TestAkimIntake : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;
    UserRecord m_officer;

    IntakeOutcome submit(const RequestDraft& d, const UserRecord& user, const QDateTime& when)
    {
        return Intake(m_desk->db.connection(), m_desk->catalog, m_desk->calendar).submit(d, user, when, false);
    }

private Q_SLOTS:
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp(Channel::Akim, kAkim);
        m_officer = UserRepository(m_desk->db.connection())
                        .add(u"zhanar"_qs, PersonalName{u"Әбенова"_qs, u"Жанар"_qs, u"Серікқызы"_qs},
                             {Role::AkimOfficer}, u"akim-pass-1"_qs, at(1, 9));
        // A ЦОН operator's account is not given here (isRoleOfDesk); one a desk made before that rule may hold still
        // does nothing here.
        m_desk->op = oldUser(m_desk->db.connection(), u"aigul"_qs, u"Серікбаева Айгүл"_qs, Role::TsonOperator);
    }
    void cleanup() { m_desk.reset(); }

    /// An akim's apparatus is a desk of its own kind, and only it is: it provides nothing, so a provider's desk is not
    /// set up there, nor an akim's desk at a provider.
    void anAkimsDesk_onlyAtAnAkimsApparatus()
    {
        const DeskRecord desk = *DeskRepository(m_desk->db.connection()).thisDesk();
        QCOMPARE(desk.kind, Channel::Akim);
        QCOMPARE(desk.office.defaultDeskKind(), Channel::Akim);
        for (const auto& [office, kind] : {std::pair{kAkim, Channel::Provider}, std::pair{kProvider, Channel::Akim}}) {
            TestDesk other;
            QString error;
            QVERIFY(other.db.open(other.path(), Database::Mode::CreateIfMissing, &error));
            const QString why =
                refusalOf([&] { DeskRepository(other.db.connection()).setUpThisDesk(office, u"1"_qs, kind); });
            QVERIFY2(why.contains(u"rural akim's apparatus"_qs), qPrintable(why));
            QVERIFY(!DeskRepository(other.db.connection()).thisDesk());
        }
    }

    /// The akim's specialist registers the application; the regulation gives the akim no term, so the request has
    /// none (never late) until the desk's administrator enters one — then it is due by that term from acceptance.
    void theSpecialist_registers_andTheTermIsTheAdministrators()
    {
        const IntakeOutcome o = submit(assistanceDraft(), m_officer, at(7, 10));
        QVERIFY2(o.registered(), qPrintable(o.errors.value(0).message));
        const auto r = RequestRepository(m_desk->db.connection(), &m_desk->catalog).load(o.request->number);
        QCOMPARE(r->channel, Channel::Akim);
        QCOMPARE(r->state, RequestState::Registered);
        QVERIFY(r->number.startsWith(kAkim + u"-1-2026-"_qs));
        QVERIFY(!hasTerm(r->dueAt));
        QCOMPARE(r->steps.size(), 5);

        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_qs));
        QCOMPARE(settings.setText(Setting::AdministratorTerm, u"22 working_days"_qs, kService), std::nullopt);
        ServiceCatalog catalog = m_desk->catalog;
        catalog.applyAdministratorTerms(settings);
        const DeadlineCalculator calc(m_desk->calendar, OfficeHours{});
        const RequestDeadlines entered = calc.compute(*catalog.variant(kService), Channel::Akim, at(7, 10));
        QVERIFY(entered.termSet && entered.totalStated);
        // 22 working days from Monday 7 December, the day of acceptance not counted: Independence Day (16–17
        // December), 1 January and Orthodox Christmas (7 January) skipped.
        QCOMPARE(entered.totalDue.date(), QDate(2027, 1, 12));
        // The ММ's own window keeps the regulation's ten calendar days.
        QCOMPARE(calc.compute(*catalog.variant(kService), Channel::Provider, at(7, 10)).totalDue.date(),
                 QDate(2026, 12, 17));
    }

    /// Nobody else registers there, and nothing else is taken there: the ЦОН's operator and the provider's clerk are
    /// refused, and so is a service the akim does not take (a school certificate's duplicate).
    void onlyTheSpecialist_andOnlyTheAssistance()
    {
        for (const UserRecord& who : {m_desk->op, m_desk->clerk}) {
            const IntakeOutcome o = submit(assistanceDraft(), who, at(7, 10));
            QVERIFY2(!o.registered(), qPrintable(who.login));
        }
        const IntakeOutcome duplicate = submit(duplicateDraft(Channel::Akim), m_officer, at(7, 10));
        QVERIFY(!duplicate.registered());
        const IntakeOutcome walkIn = submit(unemployedDraft(Channel::Provider), m_officer, at(7, 10));
        QVERIFY(!walkIn.registered());
        QCOMPARE(scalar(m_desk->db.connection(), u"SELECT count(*) FROM requests"_qs).toInt(), 0);
    }

    /// To the district's ММ by a courier register, and the result back the same way: the ММ's clerk receives, its
    /// executor prepares (the service has no head), and the akim's specialist takes it back and hands it over.
    void toTheAuthorisedBody_andBack_byRegisters()
    {
        const QString number = submit(assistanceDraft(), m_officer, at(7, 10)).request->number;
        CourierRegisters registers(m_desk->db.connection(), m_desk->catalog, routes());
        const DeskRecord desk = *DeskRepository(m_desk->db.connection()).thisDesk();
        QVERIFY(refusalOf([&] {
                    registers.create(desk, RegisterDirection::ToProvider, kProvider, m_desk->op, at(7, 15));
                }).contains(u"may not"_qs));
        const CourierRegisterRecord reg =
            registers.create(desk, RegisterDirection::ToProvider, kProvider, m_officer, at(7, 15));
        QCOMPARE(reg.provider, kProvider);
        registers.add(reg.number, number, 6, m_officer, at(7, 15));
        registers.send(reg.number, m_officer, at(8, 9));
        RequestRepository requests(m_desk->db.connection(), &m_desk->catalog);
        QCOMPARE(requests.load(number)->state, RequestState::SentToProvider);
        registers.receive(reg.number, {number}, m_desk->clerk, at(8, 14));
        QCOMPARE(requests.load(number)->state, RequestState::ReceivedByProvider);
        QCOMPARE(requests.advance(number, Transition::PrepareResult, m_desk->executor, at(15, 11)),
                 RequestState::ResultPrepared);
        const CourierRegisterRecord back =
            registers.create(desk, RegisterDirection::ToTson, kProvider, m_desk->clerk, at(15, 16));
        registers.add(back.number, number, 1, m_desk->clerk, at(15, 16));
        registers.send(back.number, m_desk->clerk, at(16, 9));
        registers.receive(back.number, {number}, m_officer, at(16, 12));
        QCOMPARE(requests.load(number)->state, RequestState::ResultReturnedToTson);
        QCOMPARE(stateTitle(RequestState::ResultReturnedToTson, Channel::Akim), u"Result back at the akim's office"_qs);
        QVERIFY(refusalOf([&] {
                    requests.advance(number, Transition::IssueResult, m_desk->op, at(17, 10));
                }).contains(u"may not"_qs));
        QCOMPARE(requests.advance(number, Transition::IssueResult, m_officer, at(17, 10)), RequestState::Issued);
    }

    /// A desk of the previous release: the desk, its users and requests stay as they were, and an akim's desk, its
    /// specialist and its requests may now be written — on the connection that migrated and on any other.
    void schema12_widensTheChecks_overAnOldDesk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QString old;
        {
            Database db;
            QString error;
            QVERIFY2(db.openAtVersion(path, 11, &error), qPrintable(error));
            DeskRepository(db.connection()).setUpThisDesk(kProvider, u"1"_qs, Channel::Provider);
            const UserRecord clerk = oldUser(db.connection(), u"saule"_qs, u"Оспанова Сәуле"_qs, Role::Clerk);
            old = Intake(db.connection(), m_desk->catalog, m_desk->calendar)
                      .submit(unemployedDraft(), clerk, at(1, 10), false)
                      .request->number;
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(u"UPDATE desks SET kind = 'akim'"_qs)); // the old checks refuse each
            QVERIFY(!q.exec(u"INSERT INTO user_roles (user_id, role) VALUES (1, 'akim_officer')"_qs));
            QVERIFY(!q.exec(u"UPDATE requests SET channel = 'akim'"_qs));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db.connection(), u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
        QCOMPARE(DeskRepository(db.connection()).thisDesk()->kind, Channel::Provider);
        QCOMPARE(RequestRepository(db.connection(), &m_desk->catalog).load(old)->channel, Channel::Provider);
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"UPDATE desks SET kind = 'akim'"_qs), qPrintable(q.lastError().text()));
        UserRepository(db.connection())
            .add(u"zhanar"_qs, PersonalName{u"Әбенова"_qs, u"Жанар"_qs, u"Серікқызы"_qs}, {Role::AkimOfficer},
                 u"akim-pass-1"_qs, at(1, 9));
        QCOMPARE(UserRepository(db.connection()).byLogin(u"zhanar"_qs)->roles, QList<Role>{Role::AkimOfficer});
        QVERIFY2(q.exec(u"UPDATE requests SET channel = 'akim'"_qs), qPrintable(q.lastError().text()));
        Database other;
        QVERIFY2(other.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QSqlQuery o2(other.connection());
        QVERIFY(o2.exec(u"SELECT count(*) FROM requests WHERE channel = 'akim'"_qs) && o2.next());
        QCOMPARE(o2.value(0).toInt(), 1);
        QVERIFY(!o2.exec(u"UPDATE requests SET channel = 'mail'"_qs)); // still checked
        QVERIFY(!o2.exec(u"UPDATE desks SET kind = 'school'"_qs));
        QVERIFY(!o2.exec(u"INSERT INTO user_roles (user_id, role) VALUES (1, 'janitor')"_qs));
    }
};

QTEST_GUILESS_MAIN(TestAkimIntake)
#include "tst_akimintake.moc"
