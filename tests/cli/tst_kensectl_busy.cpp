// Registrations while another program writes for a long time: each one waits its turn for milliseconds and is saved.
// Before, demo data wrote 10,000 requests per transaction and SQLite's busy timeout gave up after 5 s: 22 of 60
// parallel registrations failed with "database is locked" (the attack script in the note of issue 16).
#include "KensectlDesk.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

using kense::test::kRequest;
using kense::test::Run;

class TestKensectlBusy : public QObject, protected kense::test::KensectlDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void sixtyRegistrations_duringDemoData_areAllSaved()
    {
        const QString request = file(QStringLiteral("req.json"), kRequest);
        QProcess demo;
        demo.setProcessEnvironment(m_data.environment());
        demo.start(QStringLiteral(KENSECTL_PATH),
                   {u"demo-data"_qs, u"--count"_qs, u"12000"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY(demo.waitForStarted());
        // The registrations start once demo data is writing (its first requests are in the file).
        QTRY_VERIFY_WITH_TIMEOUT(run({u"db"_qs, u"verify"_qs, u"--db"_qs, m_db}).out.contains(" events"), 20000);
        QTest::qWait(1000);
        QVERIFY2(demo.state() == QProcess::Running, "demo data ended before the registrations began: make it longer");

        std::vector<std::unique_ptr<QProcess>> clerks;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 60; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(m_data.environment());
            p->start(QStringLiteral(KENSECTL_PATH), {u"request"_qs, u"register"_qs, request, u"--as"_qs, u"saule"_qs,
                                                     u"--password-stdin"_qs, u"--db"_qs, m_db, u"--json"_qs});
            p->write("a-long-password\n");
            p->closeWriteChannel();
            clerks.push_back(std::move(p));
        }
        QStringList numbers;
        for (const auto& p : clerks) {
            QVERIFY(p->waitForFinished(120000));
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitCode() == 0, err.constData());
            numbers << QJsonDocument::fromJson(p->readAllStandardOutput()).object()[u"number"_qs].toString();
        }
        const qint64 registering = clock.elapsed();
        QVERIFY2(demo.state() == QProcess::Running,
                 "demo data ended before the last registration: the test no longer shows registrations beside it");
        QVERIFY(demo.waitForFinished(300000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        qInfo("60 registrations beside demo data took %lld ms in all", registering);

        numbers.removeDuplicates();
        QCOMPARE(numbers.size(), 60);
        const Run verify = run({u"db"_qs, u"verify"_qs, u"--db"_qs, m_db});
        QVERIFY2(verify.code == 0 && verify.out.contains("chain intact"), verify.out.constData());
        for (const QString& number : std::as_const(numbers)) {
            const Run shown = run({u"request"_qs, u"show"_qs, number, u"--db"_qs, m_db, u"--json"_qs});
            QVERIFY2(shown.code == 0 && shown.out.contains("061211600129"), qPrintable(number));
        }
    }
};

QTEST_GUILESS_MAIN(TestKensectlBusy)
#include "tst_kensectl_busy.moc"
