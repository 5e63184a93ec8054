// A rural desk's history reaches the centre through its packages (issue 16, item 8; central schema 10). A desk with a
// link shows the centre its log at every sync and the centre refuses a log written again behind the program
// (tst_syncchain); a desk without a link sent only its changes, so the same attack on a rural desk went through: on the
// code before this test, aRuralLogWrittenAgain… passed its package on and the centre took it (checked). Now each
// package's signed manifest shows the desk's log, the hub passes it on first, and the centre checks it.
#include "CentralFixture.h"
#include "EventLog.h"
#include "RewrittenHistory.h"
#include "SqlUtil.h"
#include "SyncTests.h"
#include "TestDesk.h"
#include "sync/CentralRoles.h"
#include "sync/ChainShown.h"
#include "sync/ExchangePackage.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

namespace {
const QString kPassword = QStringLiteral("desk-pass-2026-kz");
const QString kRural = QStringLiteral("KZOEDU01-7");
const QString kHub = QStringLiteral("KZOEDU01-1");
const QString kOther = QStringLiteral("KZOEDU01-2");
} // namespace

class TestExchangeChain : public QObject
{
    Q_OBJECT

    ClusterAccess m_access;
    CentralAddress m_address;
    QHash<QString, QString> m_roles; // desk → its login
    ExchangeSecretKey m_ruralKey = ExchangeSecretKey::make(kRural);
    ExchangeSecretKey m_hubKey = ExchangeSecretKey::make(kHub);

    /// A centre where desk 1 relays desk 7 (whose exchange key it holds) and desk 2 relays nobody.
    void freshCentre()
    {
        m_address = freshCentralDatabase(m_access);
        Central admin(m_address, m_access.password);
        admin.init();
        CentralRoles roles(admin);
        m_roles.clear();
        m_roles.insert(kHub, roles.addDesk(kHub, kPassword));
        m_roles.insert(kOther, roles.addDesk(kOther, kPassword));
        m_roles.insert(kRural, roles.addDesk(kRural, kPassword, kHub));
        roles.setExchangeKey(m_ruralKey.publicKey(), false);
    }
    qint64 centralCount(const QString& table) { return Central(m_address, m_access.password).count(table); }
    PublicKeyOf ruralKey() const
    {
        return [key = m_ruralKey.publicKey()](const QString&) {
            return std::optional(key);
        };
    }
    /// The rural desk writes a package for the hub, which imports it; returns it as the hub read it.
    VerifiedPackage carry(TestDesk& rural, TestDesk& hub, const QString& name)
    {
        const QString path = rural.dir.filePath(name);
        if (!ExchangePackage::write(rural.db.connection(), path, m_ruralKey, {m_hubKey.publicKey()}))
            qFatal("no package");
        const VerifiedPackage package = ExchangePackage::read(path, m_hubKey, ruralKey());
        ExchangePackage::import(hub.db.connection(), package);
        return package;
    }
    /// Why the hub's sync with its own login failed (empty when it did not).
    QString hubSync(TestDesk& hub, const QString& as = kHub)
    {
        return failure([&] { syncDesk(hub, test::as(m_address, m_roles.value(as)), kPassword, 500, ruralKey()); });
    }

private Q_SLOTS:
    void initTestCase() { m_access = clusterAccess(); }

    void aRuralLogWrittenAgain_isRefusedAtTheCentre_andNothingOfItsPackageIsKept()
    {
        freshCentre();
        TestDesk rural, hub;
        rural.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("7"));
        hub.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(rural, Channel::Provider, rural.clerk, 2);
        carry(rural, hub, QStringLiteral("one.kense"));
        QCOMPARE(hubSync(hub), QString());
        QCOMPARE(centralCount(QStringLiteral("events")), 1);
        const qint64 marks = centralCount(QStringLiteral("desk_chain"));
        QVERIFY(marks >= 1); // the rural desk's head, shown through the hub
        // Working on: the log extends what the centre was shown.
        submit(rural, Channel::Provider, rural.clerk, 3);
        carry(rural, hub, QStringLiteral("two.kense"));
        QCOMPARE(hubSync(hub), QString());
        QCOMPARE(centralCount(QStringLiteral("events")), 2);

        submit(rural, Channel::Provider, rural.clerk, 4);
        test::rewriteHistory(rural.path(), QStringLiteral("принят без документов"));
        QVERIFY(EventLog::verify(rural.db.connection()).ok); // the desk alone cannot tell
        carry(rural, hub, QStringLiteral("three.kense"));    // nor can the hub: its changes are signed
        const QString refused = hubSync(hub);
        QVERIFY2(refused.contains(QStringLiteral("the history of desk KZOEDU01-7")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("written again behind the program")), qPrintable(refused));
        QCOMPARE(centralCount(QStringLiteral("events")), 2); // the third registration was not taken
        QCOMPARE(Outbox::waiting(hub.db.connection()), 1);
        QVERIFY(!hubSync(hub).isEmpty()); // and it stays refused
        QCOMPARE(centralCount(QStringLiteral("events")), 2);
    }

    void aManifestChangedReplayedOrPassedOnByAnotherDesk_changesNothing()
    {
        freshCentre();
        TestDesk rural, hub;
        rural.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("7"));
        hub.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("1"));
        submit(rural, Channel::Provider, rural.clerk, 2);
        const VerifiedPackage first = carry(rural, hub, QStringLiteral("one.kense"));
        QVERIFY(!first.manifest.chain.isEmpty());

        // The hub edits the manifest it keeps (a log "restored", so that a shorter one would pass later): the desk
        // did not sign that.
        const QSqlDatabase db = hub.db.connection();
        exec(db, QStringLiteral("UPDATE relay_chain SET manifest = CAST(replace(CAST(manifest AS TEXT), "
                                "'\"restored\":false', '\"restored\":true') AS BLOB)"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM relay_chain WHERE instr(manifest, "
                                           "CAST('\"restored\":true' AS BLOB)) > 0"))
                     .toInt(),
                 1);
        const QString forged = hubSync(hub);
        QVERIFY2(forged.contains(QStringLiteral("does not carry that desk's signature")), qPrintable(forged));
        QCOMPARE(centralCount(QStringLiteral("relayed_chain")), 0);
        QCOMPARE(centralCount(QStringLiteral("events")), 0);
        exec(db, QStringLiteral("DELETE FROM relay_chain"));
        ChainShown::keepToRelay(db,
                                RelayedManifest{kRural, first.manifest.toSeq, first.manifestBytes, first.signature});
        QCOMPARE(hubSync(hub), QString());
        QCOMPARE(centralCount(QStringLiteral("relayed_chain")), 1);

        // The same manifest again (a sync cut after the centre took it, or a replay): seen, nothing moves.
        Central hubLogin(as(m_address, m_roles.value(kHub)), kPassword);
        QCOMPARE(hubLogin.reportRelayedChain(first.manifestBytes, first.signature), QStringLiteral("seen"));
        // Another desk's login may not pass on desk 7's history, signed or not.
        Central otherLogin(as(m_address, m_roles.value(kOther)), kPassword);
        QVERIFY(failure([&] {
                    otherLogin.reportRelayedChain(first.manifestBytes, first.signature);
                }).contains(QStringLiteral("may not pass on the history of desk KZOEDU01-7")));
        // A package of an older Kense has no chain in its manifest: its changes still go, and the centre says so.
        QCOMPARE(
            Central(m_address, m_access.password)
                .reportRelayedChain(
                    QJsonDocument(QJsonObject{{QStringLiteral("desk"), kRural}, {QStringLiteral("to_seq"), 1}})
                        .toJson(QJsonDocument::Compact),
                    ExchangeCrypto::sign(m_ruralKey, QByteArrayLiteral("KENSEPK2") +
                                                         QJsonDocument(QJsonObject{{QStringLiteral("desk"), kRural},
                                                                                   {QStringLiteral("to_seq"), 1}})
                                                             .toJson(QJsonDocument::Compact))),
            QStringLiteral("none"));
    }

    /// The centre imports a rural desk's package itself (kensectl exchange import --url): the chain is checked the
    /// same.
    void aPackageImportedAtTheCentre_showsTheLogToo()
    {
        freshCentre();
        TestDesk rural;
        rural.setUp(Channel::Provider, QStringLiteral("KZOEDU01"), QStringLiteral("7"));
        const ExchangeSecretKey centreKey = ExchangeSecretKey::make(QStringLiteral("centre"));
        auto import = [&](const QString& name) {
            const QString path = rural.dir.filePath(name);
            if (!ExchangePackage::write(rural.db.connection(), path, m_ruralKey, {centreKey.publicKey()}))
                qFatal("no package");
            Central admin(m_address, m_access.password);
            ExchangePackage::import(admin, ExchangePackage::read(path, centreKey, ruralKey()));
        };
        submit(rural, Channel::Provider, rural.clerk, 2);
        import(QStringLiteral("one.kense"));
        QCOMPARE(centralCount(QStringLiteral("relayed_chain")), 1);
        submit(rural, Channel::Provider, rural.clerk, 3);
        test::rewriteHistory(rural.path(), QStringLiteral("принят без документов"));
        const QString refused = failure([&] { import(QStringLiteral("two.kense")); });
        QVERIFY2(refused.contains(QStringLiteral("the history of desk KZOEDU01-7")), qPrintable(refused));
        QCOMPARE(centralCount(QStringLiteral("events")), 1);
    }
};

QTEST_GUILESS_MAIN(TestExchangeChain)
#include "tst_exchangechain.moc"
