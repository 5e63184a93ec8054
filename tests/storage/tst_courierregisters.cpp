// Courier registers (тізілімдеме) on a ЦОН desk: batching accepted requests, sending them with the courier,
// receiving them by scanning at the provider, and bringing the results back.
#include "CourierRegisters.h"
#include "DocumentQueries.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QTest>

using namespace kense;

class TestCourierRegisters : public QObject
{
    Q_OBJECT

    test::TestDesk m_desk;
    QStringList m_numbers;

    QDateTime at(int day, int hour) const { return QDateTime(QDate(2026, 12, day), QTime(hour, 0)); }

    /// The ЦОН takes VKO's duplicates to the Kyzylorda city education department (KZOEDU01).
    static CourierRoutes routes()
    {
        CourierRoutes r;
        r.set(QStringLiteral("duplicate-secondary-edu-vko"), {QStringLiteral("KZOEDU01")});
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_desk.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        Intake intake(m_desk.db.connection(), m_desk.catalog, m_desk.calendar);
        for (int i = 0; i < 3; ++i) {
            const IntakeOutcome o = intake.submit(test::duplicateDraft(Channel::Tson), m_desk.op, at(1, 10 + i), false);
            QVERIFY(o.registered());
            m_numbers << o.request->number;
        }
    }

    void toProvider_andBack_byScanning()
    {
        CourierRegisters registers(m_desk.db.connection(), m_desk.catalog, routes());
        const DeskRecord desk = *DeskRepository(m_desk.db.connection()).thisDesk();
        const CourierRegisterRecord reg =
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU01"), m_desk.op, at(1, 15));
        QCOMPARE(reg.number, QStringLiteral("KZOTSON01-1-2026-R00001"));
        QCOMPARE(reg.provider, QStringLiteral("KZOEDU01"));
        QCOMPARE(reg.providerName, QStringLiteral("\"Қызылорда қаласының білім бөлімі\" ММ"));
        registers.add(reg.number, m_numbers[0], 3, m_desk.op, at(1, 15));
        registers.add(reg.number, m_numbers[1], 2, m_desk.op, at(1, 15));
        registers.add(reg.number, m_numbers[2], 1, m_desk.op, at(1, 15));
        registers.remove(reg.number, m_numbers[2], m_desk.op, at(1, 16));
        QVERIFY(test::refusalOf([&] {
                    registers.add(reg.number, m_numbers[0], 3, m_desk.op, at(1, 16));
                }).contains(QStringLiteral("already")));
        // The clerk of the provider may not make up the ЦОН's register.
        QVERIFY(test::refusalOf([&] {
                    registers.add(reg.number, m_numbers[2], 1, m_desk.clerk, at(1, 16));
                }).contains(QStringLiteral("only Service centre operator")));
        registers.send(reg.number, m_desk.op, at(2, 9));
        QVERIFY(test::refusalOf([&] {
                    registers.add(reg.number, m_numbers[2], 1, m_desk.op, at(2, 10));
                }).contains(QStringLiteral("has been sent")));

        RequestRepository requests(m_desk.db.connection(), &m_desk.catalog);
        QCOMPARE(requests.load(m_numbers[0])->state, RequestState::SentToProvider);
        QCOMPARE(requests.load(m_numbers[2])->state, RequestState::Registered); // taken out before sending

        // At the provider: a package missing from the bag, or one that is not in the register, stops the receipt.
        QVERIFY(test::refusalOf([&] {
                    registers.receive(reg.number, {m_numbers[0]}, m_desk.clerk, at(2, 14));
                }).contains(QStringLiteral("missing from the bag: ") + m_numbers[1]));
        QVERIFY(test::refusalOf([&] {
                    registers.receive(reg.number, {m_numbers[0], m_numbers[1], m_numbers[2]}, m_desk.clerk, at(2, 14));
                }).contains(QStringLiteral("not in")));
        QCOMPARE(requests.load(m_numbers[0])->state, RequestState::SentToProvider); // nothing half-done
        registers.receive(reg.number, {m_numbers[1], m_numbers[0]}, m_desk.clerk, at(2, 14));
        QCOMPARE(requests.load(m_numbers[0])->state, RequestState::ReceivedByProvider);
        QCOMPARE(requests.load(m_numbers[1])->state, RequestState::ReceivedByProvider);

        const CourierRegisterRecord loaded = *registers.load(reg.number);
        QCOMPARE(loaded.requests, (QStringList{m_numbers[0], m_numbers[1]}));
        QCOMPARE(loaded.sheets, (QList<int>{3, 2}));
        QCOMPARE(loaded.sentAt, at(2, 9));
        QCOMPARE(loaded.receivedAt, at(2, 14));

        // The result goes back to the ЦОН in a register of its own.
        requests.advance(m_numbers[0], Transition::AssignExecutor, m_desk.head, at(2, 15), {}, m_desk.executor.id);
        requests.advance(m_numbers[0], Transition::PrepareResult, m_desk.executor, at(10, 11));
        requests.advance(m_numbers[0], Transition::SignResult, m_desk.head, at(10, 15));
        const CourierRegisterRecord back =
            registers.create(desk, RegisterDirection::ToTson, QStringLiteral("KZOEDU01"), m_desk.clerk, at(10, 16));
        QCOMPARE(back.number, QStringLiteral("KZOTSON01-1-2026-R00002"));
        registers.add(back.number, m_numbers[0], 1, m_desk.clerk, at(10, 16));
        registers.send(back.number, m_desk.clerk, at(11, 9));
        registers.receive(back.number, {m_numbers[0]}, m_desk.op, at(11, 12));
        QCOMPARE(requests.load(m_numbers[0])->state, RequestState::ResultReturnedToTson);
        QCOMPARE(requests.advance(m_numbers[0], Transition::IssueResult, m_desk.op, at(14, 10)), RequestState::Issued);
        const RequestDetails done = *requests.load(m_numbers[0]);
        // registered, add, send, receive, assign, prepare, sign, into the register back, sent back, back, issue
        QCOMPARE(done.events.size(), 11);
        QCOMPARE(done.events[7].kind, QStringLiteral("register_add"));
        QCOMPARE(done.events[8].kind, QStringLiteral("register_sent"));
        QCOMPARE(done.events[1].note, reg.number);
    }

    /// The provider was typed by hand: a register for «№ 12 мектеп» went nowhere, and any request could enter any
    /// register. Now a register goes to an office of the directory that the routes name, takes only the requests of
    /// the services that office provides, and prints the office's name and address.
    void aRegister_goesOnlyWhereTheRoutesSay()
    {
        const QSqlDatabase db = m_desk.db.connection();
        const DeskRecord desk = *DeskRepository(db).thisDesk();
        CourierRoutes both = routes();
        both.set(QStringLiteral("preschool-registration-kyzylorda"), {QStringLiteral("kzoedu02")});
        QCOMPARE(both.providersOf(QStringLiteral("preschool-registration-kyzylorda")),
                 QStringList{QStringLiteral("KZOEDU02")});
        QCOMPARE(both.offices(), (QStringList{QStringLiteral("KZOEDU01"), QStringLiteral("KZOEDU02")}));
        CourierRegisters registers(db, m_desk.catalog, both);
        const QString typed = test::refusalOf([&] {
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("№ 12 мектеп"), m_desk.op, at(16, 9));
        });
        QVERIFY2(typed.contains(QStringLiteral("not in the office directory")), qPrintable(typed));
        const QString unrouted = test::refusalOf([&] {
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU03"), m_desk.op, at(16, 9));
        });
        QVERIFY2(unrouted.contains(QStringLiteral("no service of this desk goes to KZOEDU03")), qPrintable(unrouted));
        const QString byClerk = test::refusalOf([&] {
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU01"), m_desk.clerk, at(16, 9));
        });
        QVERIFY2(byClerk.contains(QStringLiteral("may not make courier registers")), qPrintable(byClerk));

        Intake intake(db, m_desk.catalog, m_desk.calendar);
        const IntakeOutcome o = intake.submit(test::duplicateDraft(Channel::Tson), m_desk.op, at(16, 10), false);
        QVERIFY(o.registered());
        const QString number = o.request->number;
        const CourierRegisterRecord wrong =
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU02"), m_desk.op, at(16, 11));
        const QString misrouted =
            test::refusalOf([&] { registers.add(wrong.number, number, 1, m_desk.op, at(16, 11)); });
        QVERIFY2(misrouted.contains(QStringLiteral("goes to KZOEDU01, not to KZOEDU02")), qPrintable(misrouted));
        CourierRoutes none;
        none.set(QStringLiteral("preschool-registration-kyzylorda"), {QStringLiteral("KZOEDU02")});
        const QString noRoute = test::refusalOf(
            [&] { CourierRegisters(db, m_desk.catalog, none).add(wrong.number, number, 1, m_desk.op, at(16, 11)); });
        QVERIFY2(
            noRoute.contains(QStringLiteral("no office is named to provide the service duplicate-secondary-edu-vko")),
            qPrintable(noRoute));
        QCOMPARE(RequestRepository(db).load(number)->state, RequestState::Registered);

        const CourierRegisterRecord right =
            registers.create(desk, RegisterDirection::ToProvider, QStringLiteral("KZOEDU01"), m_desk.op, at(16, 12));
        registers.add(right.number, number, 2, m_desk.op, at(16, 12));
        QCOMPARE(RequestRepository(db).load(number)->state, RequestState::InCourierRegister);
        const auto sheet = DocumentQueries(db).courierRegister(right.number);
        QVERIFY(sheet);
        QCOMPARE(sheet->providerName, QStringLiteral("\"Қызылорда қаласының білім бөлімі\" ММ"));
        QCOMPARE(sheet->providerAddress, QStringLiteral("Қызылорда қаласы, Тәжібаев көшесі, нөмірсіз"));
    }

    /// An administrator names the providers; nobody else, and only offices of the directory that are not the ЦОН's.
    void theRoutes_areAnAdministratorsChoice_ofDirectoryOffices()
    {
        const QSqlDatabase db = m_desk.db.connection();
        const Settings settings(m_desk.dir.filePath(QStringLiteral("settings.ini")));
        const QString variant = QStringLiteral("duplicate-secondary-edu-vko");
        auto name = [&](const UserRecord& user, const QString& v, const QStringList& codes) {
            return test::refusalOf([&] { CourierRoutes::name(db, m_desk.catalog, user, v, codes, settings); });
        };
        QVERIFY(name(m_desk.op, variant, {QStringLiteral("KZOEDU01")}).contains(QStringLiteral("administrator")));
        QVERIFY(name(m_desk.admin, QStringLiteral("no-such-service"), {QStringLiteral("KZOEDU01")})
                    .contains(QStringLiteral("no service no-such-service")));
        QVERIFY(name(m_desk.admin, variant, {QStringLiteral("KZOEDU01"), QStringLiteral("KZOEDU99")})
                    .contains(QStringLiteral("KZOEDU99 is not in the office directory")));
        QVERIFY(name(m_desk.admin, variant, {QStringLiteral("KZOTSON01")}).contains(QStringLiteral("ЦОН")));
        QVERIFY(CourierRoutes::ofDesk(settings).isEmpty()); // nothing of a refused naming was written
        QCOMPARE(name(m_desk.admin, variant, {QStringLiteral("KZOEDU01"), QStringLiteral("KZOEDU02")}),
                 QStringLiteral("(nothing thrown)"));
        QCOMPARE(CourierRoutes::ofDesk(settings).providersOf(variant),
                 (QStringList{QStringLiteral("KZOEDU01"), QStringLiteral("KZOEDU02")}));
        QCOMPARE(name(m_desk.admin, variant, {}), QStringLiteral("(nothing thrown)"));
        QVERIFY(CourierRoutes::ofDesk(settings).isEmpty());
    }

    /// `kensectl request advance --to in_courier_register` moved a request into a courier register that did not exist,
    /// then on to "sent to the provider": the request left the ЦОН on paper only. A register's moves (into it, out of
    /// it, sent, received) are made by a register alone; by hand they are refused, whichever door asks.
    void aRegistersMove_byHand_isRefused()
    {
        Intake intake(m_desk.db.connection(), m_desk.catalog, m_desk.calendar);
        const IntakeOutcome o = intake.submit(test::duplicateDraft(Channel::Tson), m_desk.op, at(18, 10), false);
        QVERIFY(o.registered());
        const QString number = o.request->number;
        RequestRepository repo(m_desk.db.connection(), &m_desk.catalog);
        const QString byState =
            test::refusalOf([&] { repo.advanceTo(number, RequestState::InCourierRegister, m_desk.op, at(18, 11)); });
        QVERIFY2(byState.contains(QStringLiteral("courier register")), qPrintable(byState));
        const QString byMove =
            test::refusalOf([&] { repo.advance(number, Transition::AddToCourierRegister, m_desk.op, at(18, 11)); });
        QVERIFY2(byMove.contains(QStringLiteral("courier register")), qPrintable(byMove));
        QCOMPARE(repo.load(number)->state, RequestState::Registered);
        QVERIFY(!test::refusalOf([&] {
                     repo.advanceTo(number, RequestState::SentToProvider, m_desk.op, at(18, 11));
                 }).isEmpty());
        QCOMPARE(repo.load(number)->state, RequestState::Registered);

        // Nor back to the ЦОН: a signed result comes back in the provider's register, received by scanning.
        const QString back = m_numbers[1];
        repo.advance(back, Transition::AssignExecutor, m_desk.head, at(18, 12), {}, m_desk.executor.id);
        repo.advance(back, Transition::PrepareResult, m_desk.executor, at(18, 13));
        repo.advance(back, Transition::SignResult, m_desk.head, at(18, 14));
        const QString returned =
            test::refusalOf([&] { repo.advance(back, Transition::ReturnToTson, m_desk.op, at(18, 15)); });
        QVERIFY2(returned.contains(QStringLiteral("courier register")), qPrintable(returned));
        QCOMPARE(repo.load(back)->state, RequestState::ResultSigned);
    }
};

QTEST_GUILESS_MAIN(TestCourierRegisters)
#include "tst_courierregisters.moc"
