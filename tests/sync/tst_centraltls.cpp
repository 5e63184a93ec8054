// The link to the centre is TLS by default, with the server's certificate and name checked (issue 13, item 3). Before,
// only connect_timeout and application_name were set, so libpq's "prefer" applied: a server without TLS, or a man in
// the middle, got IINs and names as clear text. The test cluster takes TLS connections only.
#include "CentralFixture.h"
#include "SyncTests.h"

#include <QSqlError>
#include <QtTest>

using namespace kense;
using namespace kense::sync;
using namespace kense::test;

class TestCentralTls : public QObject
{
    Q_OBJECT

    ClusterAccess m_access;

    static QString connectFailure(const CentralAddress& address, const QString& password)
    {
        return failure([&] { Central(address, password); });
    }

private Q_SLOTS:
    void initTestCase() { m_access = clusterAccess(); }

    void anAddress_isVerifiedTlsUnlessItSaysOtherwise()
    {
        QString error;
        auto a = CentralAddress::parse(QStringLiteral("postgresql://desk@db.example.kz:5432/kense_vko"), &error);
        QVERIFY(a);
        QCOMPARE(a->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(a->url(), QStringLiteral("postgresql://desk@db.example.kz:5432/kense_vko"));
        QVERIFY(!a->inClearText());
        a = CentralAddress::parse(
            QStringLiteral(
                "postgresql://desk@10.0.0.5:5432/kense_vko?sslmode=disable&sslrootcert=/etc/kense/ca%20vko.crt"),
            &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->inClearText());
        QCOMPARE(a->sslRootCert, QStringLiteral("/etc/kense/ca vko.crt"));
        QCOMPARE(CentralAddress::parse(a->url(), &error)->sslRootCert, a->sslRootCert); // the URL keeps both
        for (const QString& refused : {QStringLiteral("?sslmode=prefer"), QStringLiteral("?sslmode=allow"),
                                       QStringLiteral("?password=x"), QStringLiteral("?host=other")}) {
            QVERIFY2(!CentralAddress::parse(QStringLiteral("postgresql://desk@db:5432/kense") + refused, &error),
                     qPrintable(refused));
            QVERIFY(!error.isEmpty());
        }
    }

    void theLink_isEncrypted()
    {
        Central central(m_access.server, m_access.password);
        QSqlQuery q(central.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY2(q.value(1).toString().startsWith(QStringLiteral("TLSv1.")), qPrintable(q.value(1).toString()));
    }

    void aServerTheCentresCaDidNotSign_isRefused()
    {
        CentralAddress other = m_access.server;
        other.sslRootCert = qEnvironmentVariable("KENSE_TEST_PG_DIR") + QStringLiteral("/other-ca.crt");
        const QString why = connectFailure(other, m_access.password);
        QVERIFY2(why.contains(QStringLiteral("did not prove it is the centre")), qPrintable(why));
        // No CA at all where libpq looks for one: said, not skipped.
        CentralAddress none = m_access.server;
        none.sslRootCert = QStringLiteral("/nonexistent/ca.crt");
        QVERIFY(connectFailure(none, m_access.password).contains(QStringLiteral("/nonexistent/ca.crt")));
    }

    void clearText_isOnlyWhatTheAddressWritesOut_andThisCentreRefusesIt()
    {
        CentralAddress clear = m_access.server;
        clear.sslMode = QStringLiteral("disable");
        const QString why = connectFailure(clear, m_access.password);
        QVERIFY2(why.contains(QStringLiteral("no encryption")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_centraltls.moc"
