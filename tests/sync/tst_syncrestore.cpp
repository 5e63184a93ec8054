// A desk restored from an older copy (issue 16): it takes no change of its own until a sync has brought back what the
// centre holds of it, then numbers after it; a copy that differs from the centre is refused; a desk with no centre is
// released by an administrator, and a package numbered again is still refused.
#include "Backup.h"
#include "CentralFixture.h"
#include "RestoreHold.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "common/SecretKey.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"

#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestSyncRestore : public QObject
{
    Q_OBJECT

    test::ClusterAccess m_access;

    SyncReport sync(test::TestDesk& desk, const CentralAddress& address)
    {
        return syncDesk(desk, address, m_access.password);
    }

private Q_SLOTS:
    void initTestCase() { m_access = test::clusterAccess(); }

    /// Backup → register → sync → restore → register another citizen → sync said {"uploaded":0,"waiting":1}, exit 0,
    /// every time: the centre kept one citizen and the desk another under the same number and sequence. Now the
    /// restored desk takes no change of its own until a sync has brought back what the centre holds of it; then it
    /// numbers after it.
    void aDeskRestoredFromAnOlderCopy_catchesUpFromTheCentre_neverForks()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        test::TestDesk desk;
        desk.setUp();
        const QString copy = desk.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(desk.db.connection(), copy);
        const QString first = submit(desk, Channel::Provider, desk.clerk, 2);
        RequestRepository(desk.db.connection(), &desk.catalog)
            .advance(first, Transition::AssignExecutor, desk.head, at(2, 11), {}, desk.executor.id);
        QCOMPARE(sync(desk, address).uploaded, 2);
        desk.db.close();
        Backup::restore(copy, desk.path());
        QString error;
        QVERIFY2(desk.db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));

        // On hold: a registration is refused in words, and nothing is written.
        QCOMPARE(stateAt(desk, first), QStringLiteral("(missing)"));
        const QString held = failure([&] {
            Intake(desk.db.connection(), desk.catalog, desk.calendar)
                .submit(test::duplicateDraft(), desk.clerk, at(3, 10), false);
        });
        QVERIFY2(held.contains(QStringLiteral("restored from a backup")), qPrintable(u"held: "_qs + held));
        QCOMPARE(Outbox::waiting(desk.db.connection()), 0);

        // The sync brings the first citizen back, as the centre holds it, and ends the hold.
        const SyncReport caughtUp = sync(desk, address);
        QCOMPARE(caughtUp.recovered, 2);
        QCOMPARE(caughtUp.uploaded, 0);
        QCOMPARE(caughtUp.waiting, 0);
        QCOMPARE(stateAt(desk, first), QStringLiteral("in_work"));
        const QString second = submit(desk, Channel::Provider, desk.clerk, 3);
        QVERIFY2(second != first, qPrintable(second));
        QVERIFY2(second.endsWith(QStringLiteral("-000002")), qPrintable(second));
        QCOMPARE(sync(desk, address).uploaded, 1);
        Central central(address, m_access.password);
        QCOMPARE(central.count(QStringLiteral("events")), 3);
        QCOMPARE(centreState(central, first), QStringLiteral("in_work"));
        QCOMPARE(centreState(central, second), QStringLiteral("registered"));
        QCOMPARE(Outbox::markNumber(desk.db.connection(), QStringLiteral("uploaded")), 3);

        // The centre checks by itself too, whatever a desk's program does before sending: a second database under
        // the same code numbers its first change 1 again, and the centre refuses it.
        test::TestDesk twin;
        twin.setUp();
        submit(twin, Channel::Provider, twin.clerk, 4);
        const QString atCentre = failure([&] { central.upload(Outbox::after(twin.db.connection(), 0, 10)); });
        QVERIFY2(atCentre.contains(QStringLiteral("sequence number 1")), qPrintable(atCentre));
        const QString twinSync = failure([&] { sync(twin, address); });
        // Its log is not the one the desk showed the centre either, and that is found first.
        QVERIFY2(twinSync.contains(QStringLiteral("another desk's")), qPrintable(twinSync));
        QCOMPARE(central.count(QStringLiteral("events")), 3);
    }

    /// A copy of another desk's history under this code is not caught up with: its own changes differ from the
    /// centre's under the same numbers, and the sync refuses before anything moves; the hold stays.
    void aRestoredCopyThatDiffersFromTheCentre_isRefused_andStaysOnHold()
    {
        const CentralAddress address = test::freshCentralDatabase(m_access);
        Central(address, m_access.password).init();
        test::TestDesk desk, twin;
        desk.setUp();
        twin.setUp();
        submit(desk, Channel::Provider, desk.clerk, 2);
        QCOMPARE(sync(desk, address).uploaded, 1);
        submit(twin, Channel::Provider, twin.clerk, 2);
        const QString copy = twin.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(twin.db.connection(), copy);
        desk.db.close();
        Backup::restore(copy, desk.path(), true);
        QString error;
        QVERIFY2(desk.db.open(desk.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
        const QString refused = failure([&] { sync(desk, address); });
        QVERIFY2(refused.contains(QStringLiteral("a copy of another desk was restored here")), qPrintable(refused));
        QVERIFY(RestoreHold::since(desk.db.connection()));
    }

    /// The same fork by packages: the second package of a restored rural desk was "imported before; nothing changed".
    void aPackageOfADeskRestoredFromAnOlderCopy_isRefused()
    {
        test::TestDesk rural, hub;
        rural.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("7"));
        hub.setUp(Channel::Tson, QStringLiteral("KZOTSON01"), QStringLiteral("1"));
        const ExchangeSecretKey key = ExchangeSecretKey::make(QStringLiteral("KZOTSON01-7"));
        const ExchangeSecretKey hubKey = ExchangeSecretKey::make(QStringLiteral("KZOTSON01-1"));
        const auto keys = [key](const QString&) {
            return std::optional(key.publicKey());
        };
        const QString copy = rural.dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(rural.db.connection(), copy);
        submit(rural, Channel::Tson, rural.op, 2);
        const QString before = rural.dir.filePath(QStringLiteral("before.kense"));
        QVERIFY(ExchangePackage::write(rural.db.connection(), before, key, {hubKey.publicKey()}));
        QCOMPARE(ExchangePackage::import(hub.db.connection(), ExchangePackage::read(before, hubKey, keys)).applied, 1);

        rural.db.close();
        Backup::restore(copy, rural.path());
        QString error;
        QVERIFY2(rural.db.open(rural.path(), Database::Mode::ExistingOnly, &error), qPrintable(error));
        // A desk with no centre stays on hold until an administrator releases it, with a reason, as an event.
        const QSqlDatabase db = rural.db.connection();
        QVERIFY(failure([&] {
                    RestoreHold::releaseBy(db, rural.op.id, u"no centre"_qs, at(3, 9));
                }).contains(QStringLiteral("only an administrator")));
        QVERIFY(failure([&] {
                    RestoreHold::releaseBy(db, rural.admin.id, u"  "_qs, at(3, 9));
                }).contains(QStringLiteral("say why")));
        QVERIFY(RestoreHold::since(db));
        RestoreHold::releaseBy(db, rural.admin.id, u"the district has no centre yet"_qs, at(3, 9));
        QVERIFY(!RestoreHold::since(db));
        QCOMPARE(scalar(db, u"SELECT note FROM events WHERE kind = 'hold_released'"_qs).toString(),
                 u"the district has no centre yet"_qs);
        QVERIFY(failure([&] {
                    RestoreHold::releaseBy(db, rural.admin.id, u"again"_qs, at(3, 9));
                }).contains(QStringLiteral("not on hold")));
        // Released without catching up, it numbers again what the hub already has: the package is refused.
        submit(rural, Channel::Tson, rural.op, 3);
        const QString after = rural.dir.filePath(QStringLiteral("after.kense"));
        QVERIFY(ExchangePackage::write(rural.db.connection(), after, key, {hubKey.publicKey()}));
        const QString refused =
            failure([&] { ExchangePackage::import(hub.db.connection(), ExchangePackage::read(after, hubKey, keys)); });
        QVERIFY2(refused.contains(QStringLiteral("restored from an older copy")),
                 qPrintable(u"refused: "_qs + refused));
    }
};

QTEST_GUILESS_MAIN(TestSyncRestore)
#include "tst_syncrestore.moc"
