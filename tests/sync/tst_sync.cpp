// Desks meeting in a real PostgreSQL 15 (the cluster the test run started): the outbox, upload and pull, a request
// worked across a ЦОН desk and its provider, and conflicts (exchange packages: tst_exchange).
#include "CentralFixture.h"
#include "CourierRegisters.h"
#include "EventLog.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "Results.h"
#include "SqlUtil.h"
#include "StateReplay.h"
#include "SyncTests.h"
#include "TestDesk.h"
#include "sync/CentralRoles.h"
#include "sync/Conflicts.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

namespace {
const QString kDeskPassword = QStringLiteral("desk-pass-2026-kz");
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

    SyncReport sync(test::TestDesk& desk, const CentralAddress& address, int batch = 500)
    {
        return syncDesk(desk, address, m_access.password, batch);
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    void outbox_holdsEveryChangeWithTheRequestAsCommitted()
    {
        test::TestDesk desk;
        desk.setUp();
        const QString number = submit(desk, Channel::Provider, desk.clerk, 2);
        RequestRepository requests(desk.db.connection(), &desk.catalog);
        requests.advance(number, Transition::AssignExecutor, desk.head, at(2, 12), {}, desk.executor.id);
        // A move the rules refuse is rolled back with everything it wrote: no change reaches the outbox.
        QVERIFY(!failure([&] { requests.advance(number, Transition::IssueResult, desk.clerk, at(2, 13)); }).isEmpty());

        const QList<OutgoingChange> changes = Outbox::after(desk.db.connection(), 0, 100);
        QCOMPARE(changes.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(changes[0].joined()).object();
        const QJsonObject second = QJsonDocument::fromJson(changes[1].joined()).object();
        QCOMPARE(first.value(QStringLiteral("desk")).toString(), QStringLiteral("KZOEDU01-1"));
        QCOMPARE(first.value(QStringLiteral("desk_seq")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("base")).isNull());
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("registered"));
        // The second change follows the first: its base is the first's event.
        QCOMPARE(second.value(QStringLiteral("base")).toString(), first.value(QStringLiteral("uuid")).toString());
        const QJsonObject request =
            second.value(QStringLiteral("payload")).toObject().value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("in_work"));
        QCOMPARE(request.value(QStringLiteral("executor")).toObject().value(QStringLiteral("login")).toString(),
                 QStringLiteral("erlan@KZOEDU01-1"));
        QCOMPARE(request.value(QStringLiteral("parties")).toArray().size(), 2);
        QCOMPARE(request.value(QStringLiteral("provider")).toString(), QStringLiteral("KZOEDU01"));
        QCOMPARE(Outbox::waiting(desk.db.connection()), 2);
        QVERIFY(EventLog::verify(desk.db.connection()).ok);
    }

    void central_initMigrateAndRefuseTwice()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central central(address, m_access.password);
        QCOMPARE(central.schemaVersion(), 0);
        central.init();
        QCOMPARE(central.schemaVersion(), Central::kSchemaVersion);
        QVERIFY(failure([&] { central.init(); }).contains(QStringLiteral("use migrate")));
        QCOMPARE(central.migrate(), 0);
        QVERIFY(failure([&] {
                    Central wrong(address, QStringLiteral("not-the-password"));
                }).contains(QStringLiteral("password authentication failed")));
        QString error;
        QVERIFY(!CentralAddress::parse(QStringLiteral("postgresql://kense:secret@127.0.0.1:5432/x"), &error));
        QVERIFY(error.contains(QStringLiteral("password")));
    }

    /// Intake at a ЦОН desk → the provider receives it → head, executor, signature at the provider → back at the ЦОН
    /// → issue. A second ЦОН desk of the same office follows along. At the end every desk and the centre agree.
    void tsonDesksAndProvider_workOneRequestThroughTheCentre()
    {
        const CentralAddress centre = test::freshCentralDatabase(m_access);
        Central(centre, m_access.password).init();
        test::TestDesk a, b, p;
        a.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        b.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("2"));
        p.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        // Each desk syncs with its own login, as at a real centre.
        QHash<const test::TestDesk*, QString> roles;
        {
            Central owner(centre, m_access.password);
            CentralRoles made(owner);
            roles.insert(&a, made.addDesk(QStringLiteral("KZOTSON01-1"), kDeskPassword));
            roles.insert(&b, made.addDesk(QStringLiteral("KZOTSON01-2"), kDeskPassword));
            roles.insert(&p, made.addDesk(QStringLiteral("KZOEDU01-1"), kDeskPassword));
        }
        const auto syncAs = [&](test::TestDesk& desk) {
            try {
                return syncDesk(desk, test::as(centre, roles.value(&desk)), kDeskPassword);
            } catch (const StorageError& e) {
                qFatal("the sync of %s failed: %s", qPrintable(roles.value(&desk)), qPrintable(e.message));
            }
        };

        const QString number = submit(a, Channel::Tson, a.op, 2);
        const QString other = submit(a, Channel::Tson, a.op, 2); // stays at the ЦОН: the provider never sees it
        CourierRoutes routes;
        routes.set(QStringLiteral("duplicate-secondary-edu-vko"), {QStringLiteral("KZOEDU01")});
        CourierRegisters aRegisters(a.db.connection(), a.catalog, routes);
        const DeskRecord aDesk = *DeskRepository(a.db.connection()).thisDesk();
        const CourierRegisterRecord reg =
            aRegisters.create(aDesk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU01"), a.op, at(2, 15));
        aRegisters.add(reg.number, number, 2, a.op, at(2, 15));
        aRegisters.send(reg.number, a.op, at(3, 9));
        QCOMPARE(syncAs(a).uploaded, 4); // both registered, then the first added to the register and sent
        QCOMPARE(syncAs(b).applied, 4);
        QCOMPARE(stateAt(b, number), QStringLiteral("sent_to_provider"));

        const SyncReport atProvider = syncAs(p);
        QCOMPARE(atProvider.applied, 2); // the changes since it was addressed to the provider: add, send
        QCOMPARE(stateAt(p, number), QStringLiteral("sent_to_provider"));
        QCOMPARE(stateAt(p, other), QStringLiteral("(missing)"));
        // The provider's канцелярия receives the courier's bag by scanning, as if the register were its own.
        CourierRegisters pRegisters(p.db.connection(), p.catalog);
        QCOMPARE(pRegisters.load(reg.number)->requests, QStringList{number});
        pRegisters.receive(reg.number, {number}, p.clerk, at(4, 10));
        RequestRepository pRequests(p.db.connection(), &p.catalog);
        pRequests.advance(number, Transition::AssignExecutor, p.head, at(4, 11), {}, p.executor.id);
        const DeskRecord pDesk = *DeskRepository(p.db.connection()).thisDesk();
        Results(p.db.connection())
            .save(pDesk, number, *p.catalog.variant(QStringLiteral("duplicate-secondary-edu-vko")),
                  {{QStringLiteral("series"), QStringLiteral("ЖОБ")}},
                  {{QStringLiteral("Қазақ тілі"), QStringLiteral("5")}}, p.executor, at(9, 11));
        pRequests.advance(number, Transition::PrepareResult, p.executor, at(9, 12));
        pRequests.advance(number, Transition::SignResult, p.head, at(10, 9));
        const CourierRegisterRecord back =
            pRegisters.create(pDesk, RegisterDirection::ToTson, QStringLiteral("KZOTSON01"), p.clerk, at(10, 10));
        pRegisters.add(back.number, number, 1, p.clerk, at(10, 10));
        pRegisters.send(back.number, p.clerk, at(10, 11));
        QCOMPARE(syncAs(p).flagged, 0);

        syncAs(a);
        QCOMPARE(stateAt(a, number), QStringLiteral("result_signed"));
        QCOMPARE(Results(a.db.connection()).load(number)->grades.first().second, QStringLiteral("5"));
        CourierRegisters(a.db.connection(), a.catalog).receive(back.number, {number}, a.op, at(11, 9));
        RequestRepository(a.db.connection(), &a.catalog).advance(number, Transition::IssueResult, a.op, at(11, 10));
        syncAs(a);
        syncAs(p);
        syncAs(b);

        Central central(centre, m_access.password);
        for (test::TestDesk* d : {&a, &b, &p})
            QCOMPARE(stateAt(*d, number), QStringLiteral("issued"));
        QCOMPARE(centreState(central, number), QStringLiteral("issued"));
        QCOMPARE(centreState(central, other), QStringLiteral("registered"));
        QCOMPARE(central.count(QStringLiteral("requests")), 2);
        QCOMPARE(central.conflicts().size(), 0);
        // The provider's history shows who did what at the ЦОН, by qualified login; every chain still verifies.
        const RequestDetails atP = *RequestRepository(p.db.connection(), &p.catalog).load(number);
        QCOMPARE(atP.events.last().user, QStringLiteral("aigul@KZOTSON01-1"));
        QCOMPARE(atP.executor, QStringLiteral("erlan"));
        const RequestDetails atB = *RequestRepository(b.db.connection(), &b.catalog).load(number);
        QCOMPARE(atB.executor, QStringLiteral("erlan@KZOEDU01-1"));
        for (test::TestDesk* d : {&a, &b, &p}) {
            QVERIFY(EventLog::verify(d->db.connection()).ok);
            const SealReport replay = StateReplay::verify(d->db.connection());
            QVERIFY2(replay.ok(), qPrintable(replay.examples.join(u'\n')));
            QCOMPARE(replay.checked, scalar(d->db.connection(), u"SELECT count(*) FROM requests"_qs).toLongLong());
            QCOMPARE(Outbox::waiting(d->db.connection()), 0);
        }
        // Another desk's user is a name, never a way in.
        QVERIFY(!UserRepository(p.db.connection())
                     .signIn(QStringLiteral("aigul@KZOTSON01-1"), QStringLiteral("!"), at(12, 9))
                     .ok);
    }

    /// The same request changed at two desks while both were offline: both changes are kept, the request is flagged
    /// at the centre and at both desks, neither desk's state is overwritten — until the administrator decides.
    void conflict_isFlaggedEverywhereAndDecidedByAnEvent()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        test::TestDesk one, two;
        one.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        two.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("2"));
        const QString number = submit(one, Channel::Provider, one.clerk, 2);
        sync(one, address);
        sync(two, address);
        QCOMPARE(stateAt(two, number), QStringLiteral("registered"));

        RequestRepository(one.db.connection(), &one.catalog)
            .advance(number, Transition::AssignExecutor, one.head, at(3, 9), {}, one.executor.id);
        RequestRepository(two.db.connection(), &two.catalog)
            .advance(number, Transition::AssignExecutor, two.head, at(3, 10), {}, two.executor.id);
        QCOMPARE(sync(one, address).uploaded, 1);
        const SyncReport second = sync(two, address);
        QCOMPARE(second.flagged, 1);   // the centre kept it, flagged
        QCOMPARE(second.conflicts, 1); // and desk two did not take desk one's change either
        QCOMPARE(sync(one, address).conflicts, 1);

        Central central(address, m_access.password);
        const QList<CentralConflict> atCentre = central.conflicts();
        QCOMPARE(atCentre.size(), 3); // registered, and both assignments
        QCOMPARE(atCentre.last().accepted, false);
        QCOMPARE(atCentre.last().desk, QStringLiteral("KZOEDU01-2"));
        // Nothing overwritten: each desk keeps its own executor.
        QCOMPARE(RequestRepository(one.db.connection(), &one.catalog).load(number)->executor, QStringLiteral("erlan"));
        QCOMPARE(RequestRepository(two.db.connection(), &two.catalog).load(number)->executor, QStringLiteral("erlan"));
        QCOMPARE(Conflicts(one.db.connection()).openCount(), 1);
        const QList<ConflictRecord> atTwo = Conflicts(two.db.connection()).open();
        QCOMPARE(atTwo.size(), 1);
        QCOMPARE(atTwo.first().origin, QStringLiteral("KZOEDU01-1"));
        QCOMPARE(atTwo.first().user, QStringLiteral("gulnar@KZOEDU01-1"));
        // The other desk's change held as a conflict is not the request's history yet.
        for (test::TestDesk* d : {&one, &two})
            QVERIFY2(StateReplay::verify(d->db.connection()).ok(),
                     qPrintable(StateReplay::verify(d->db.connection()).examples.join(u'\n')));

        // Only an administrator of the centre decides, there: the desks' logins may not (tst_centralidentity), nor may
        // a change that is an earlier state of the request be chosen. Desk two's administrator takes desk one's change.
        Central aigerim(test::centreAdministrator(m_access, address, QStringLiteral("aigerim")),
                        test::kAdministratorPassword);
        QCOMPARE(aigerim.conflicts().size(), 3);
        QVERIFY(failure([&] {
                    aigerim.decideConflict(number, aigerim.conflicts().first().event, {}, at(4, 9));
                }).contains(QStringLiteral("earlier state")));
        // A change the centre does not hold yet (still waiting at its desk) is named as such.
        QVERIFY(failure([&] {
                    aigerim.decideConflict(number, QUuid::createUuid().toString(QUuid::WithoutBraces), {}, at(4, 9));
                }).contains(QStringLiteral("syncs first")));
        QVERIFY(failure([&] {
                    Conflicts(two.db.connection()).chosenEvent(number, QUuid::createUuid().toString());
                }).contains(QStringLiteral("no open conflict with the change")));
        const QString chosen = Conflicts(two.db.connection()).chosenEvent(number, atTwo.first().eventUuid);
        QVERIFY(aigerim.conflicts().at(1).head && aigerim.conflicts().at(1).event == chosen);
        const ConflictDecision decision =
            aigerim.decideConflict(number, chosen, QStringLiteral("по телефону"), at(4, 9));
        QCOMPARE(decision.state, stateAt(one, number));
        QCOMPARE(central.conflicts().size(), 0);
        QVERIFY(failure([&] {
                    aigerim.decideConflict(number, chosen, {}, at(4, 10));
                }).contains(QStringLiteral("not in conflict")));
        sync(two, address);
        sync(one, address);
        QCOMPARE(Conflicts(one.db.connection()).openCount(), 0);
        QCOMPARE(Conflicts(two.db.connection()).openCount(), 0);
        QCOMPARE(RequestRepository(two.db.connection(), &two.catalog).load(number)->executor,
                 QStringLiteral("erlan@KZOEDU01-1"));
        QCOMPARE(RequestRepository(one.db.connection(), &one.catalog).load(number)->executor, QStringLiteral("erlan"));
        for (test::TestDesk* d : {&one, &two}) {
            const RequestDetails decided = *RequestRepository(d->db.connection(), &d->catalog).load(number);
            QCOMPARE(decided.events.last().kind, QStringLiteral("conflict_resolved"));
            QVERIFY(decided.events.last().note.contains(QStringLiteral("по телефону")));
            QVERIFY2(decided.events.last().user.endsWith(QStringLiteral("_aigerim@centre")),
                     qPrintable(decided.events.last().user));
        }
        QCOMPARE(central.count(QStringLiteral("events")), 4);
        // Work goes on from the decided state, at either desk.
        RequestRepository(two.db.connection(), &two.catalog)
            .advance(number, Transition::PrepareResult, two.executor, at(5, 9));
        QCOMPARE(sync(two, address).flagged, 0);
        sync(one, address);
        QCOMPARE(stateAt(one, number), QStringLiteral("result_prepared"));
        for (test::TestDesk* d : {&one, &two})
            QVERIFY2(StateReplay::verify(d->db.connection()).ok(),
                     qPrintable(StateReplay::verify(d->db.connection()).examples.join(u'\n')));
    }

    /// The centre committed a batch but its answer never reached the desk (the link dropped): the next sync finds the
    /// same changes held there (same uuids) and moves the desk's own mark up to the centre's. It sent nothing, but
    /// left the desk's mark behind, so the desk said "2 waiting" for ever about changes the centre had.
    void aBatchWhoseAnswerWasLost_isCountedDelivered_notWaiting()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        test::TestDesk desk;
        desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        submit(desk, Channel::Tson, desk.op, 2);
        submit(desk, Channel::Tson, desk.op, 3);
        QCOMPARE(sync(desk, address).uploaded, 2);
        {
            Transaction tx(desk.db.connection()); // the answer lost: the desk's mark as before the batch
            Outbox::setMark(desk.db.connection(), QStringLiteral("uploaded"), QStringLiteral("0"));
            tx.commit();
        }
        QCOMPARE(Outbox::waiting(desk.db.connection()), 2);
        QCOMPARE(sync(desk, address).uploaded, 0);
        QCOMPARE(Outbox::waiting(desk.db.connection()), 0);
        QCOMPARE(Outbox::markNumber(desk.db.connection(), QStringLiteral("uploaded")), 2);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
