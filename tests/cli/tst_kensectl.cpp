// kensectl tested as a program: its output, its exit codes and its one-line reasons.
#include "DataDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out).array(); }
};
} // namespace

class TestKensectl : public QObject
{
    Q_OBJECT

    kense::test::DataDir m_data; // the administrator's override files live here

    Run run(const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(m_data.environment());
        p.start(QStringLiteral(KENSECTL_PATH), args);
        if (!p.waitForFinished(30000))
            qFatal("kensectl did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static void expectOneLineError(const Run& r, int code, const char* part)
    {
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith("kensectl: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(part), r.err.constData());
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("kensectl " KENSE_VERSION "\n"));
    }

    void noArguments_isBadUsage()
    {
        const Run r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("usage: kensectl"));
    }

    void catalogList_json()
    {
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = r.jsonArray();
        QCOMPARE(list.size(), 18);
        int excluded = 0;
        for (const QJsonValue& v : list) {
            for (const char* key : {"id", "name_kk", "name_ru", "region", "excluded"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
            excluded += v[QStringLiteral("excluded")].toBool() ? 1 : 0;
            if (v[QStringLiteral("id")] == QStringLiteral("duplicate-secondary-edu-vko")) {
                QCOMPARE(v[QStringLiteral("region")].toString(), QStringLiteral("vko"));
                QCOMPARE(v[QStringLiteral("name_kk")].toString(),
                         QStringLiteral("Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру"));
            }
        }
        QCOMPARE(excluded, 3);
    }

    void catalogShow_andUnknownId()
    {
        Run r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("externat-permit-vko"),
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("steps")].toArray().size(), 5);
        QCOMPARE(r.json()[QStringLiteral("total_term")][QStringLiteral("provider")][QStringLiteral("unit")].toString(),
                 QStringLiteral("working_days"));
        r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("passport-issue")});
        expectOneLineError(r, 2, "no service variant 'passport-issue'");
    }

    void catalogValidate_goodAndBrokenDirectories()
    {
        Run r = run({QStringLiteral("catalog"), QStringLiteral("validate"),
                     qEnvironmentVariable("KENSE_SOURCE_DIR") + QStringLiteral("/resources/catalog")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("12 files, all valid"));
        r = run({QStringLiteral("catalog"), QStringLiteral("validate"),
                 qEnvironmentVariable("KENSE_SOURCE_DIR") + QStringLiteral("/tests/data/catalog-broken"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[QStringLiteral("valid")].toBool(), false);
        QCOMPARE(r.json()[QStringLiteral("errors")].toArray().size(), 3);
        QCOMPARE(r.err.count('\n'), 1);
        r = run({QStringLiteral("catalog"), QStringLiteral("validate"), QStringLiteral("/no/such/dir")});
        expectOneLineError(r, 2, "no such directory");
    }

    void catalogInForce_refusesBadOverride()
    {
        QDir(m_data.path()).mkpath(QStringLiteral("catalog"));
        QFile f(m_data.filePath(QStringLiteral("catalog/tve-admission.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ broken");
        f.close();
        Run r = run({QStringLiteral("catalog"), QStringLiteral("validate")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("tve-admission.json: not valid JSON"), r.out.constData());
        r = run({QStringLiteral("catalog"), QStringLiteral("list")});
        expectOneLineError(r, 2, "catalog file refused: tve-admission.json");
        QVERIFY(f.remove());
    }

    void iinCheck()
    {
        Run r = run(
            {QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("061211600129"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json(),
                 QJsonDocument::fromJson(R"J({"valid":true,"kind":"iin","birth_date":"2006-12-11","sex":"female"})J")
                     .object());
        r = run(
            {QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("061211600128"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json()[QStringLiteral("valid")].toBool(), false);
        QCOMPARE(r.json()[QStringLiteral("code")].toString(), QStringLiteral("check_digit"));
        expectOneLineError(r, 1, "check digit");
        r = run(
            {QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("190240123455"), QStringLiteral("--json")});
        QCOMPARE(r.json()[QStringLiteral("kind")].toString(), QStringLiteral("bin"));
        r = run({QStringLiteral("iin"), QStringLiteral("check")});
        expectOneLineError(r, 2, "usage: kensectl iin check NUMBER");
    }

    void deadline_acrossNewYear()
    {
        Run r = run({QStringLiteral("deadline"), QStringLiteral("--service"), QStringLiteral("externat-permit-vko"),
                     QStringLiteral("--channel"), QStringLiteral("provider"), QStringLiteral("--accepted"),
                     QStringLiteral("2026-12-10T10:00"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("total_due")].toString(), QStringLiteral("2027-01-05T18:30"));
        const QJsonArray steps = r.json()[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps[0][QStringLiteral("role")].toString(), QStringLiteral("clerk"));
        QCOMPARE(steps[0][QStringLiteral("due")].toString(), QStringLiteral("2026-12-10T10:15"));
        QCOMPARE(steps[2][QStringLiteral("role")].toString(), QStringLiteral("executor"));

        r = run({QStringLiteral("deadline"), QStringLiteral("--service"), QStringLiteral("duplicate-tve-edu-kostanay"),
                 QStringLiteral("--channel"), QStringLiteral("tson"), QStringLiteral("--accepted"),
                 QStringLiteral("2026-12-10T10:00"), QStringLiteral("--lunch"), QStringLiteral("none"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("total_basis")].toString(), QStringLiteral("sum_of_steps"));

        // «согласно пункту 4 Стандарта»: no term at all, said as none rather than a date
        r = run({QStringLiteral("deadline"), QStringLiteral("--service"),
                 QStringLiteral("duplicate-secondary-edu-almaty"), QStringLiteral("--channel"),
                 QStringLiteral("provider"), QStringLiteral("--accepted"), QStringLiteral("2026-12-10T10:00"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json()[QStringLiteral("total_due")].isNull());
        QCOMPARE(r.json()[QStringLiteral("total_basis")].toString(), QStringLiteral("none"));
    }

    /// A request that came through the portal follows the portal's steps and term (issue 17, item 4): the
    /// information systems' minutes, then the ММ's days; a request sent on Friday night starts on Monday morning.
    void deadline_throughThePortal()
    {
        const auto deadline = [this](const char* service, const char* accepted) {
            return run({u"deadline"_qs, u"--service"_qs, QString::fromLatin1(service), u"--channel"_qs, u"portal"_qs,
                        u"--accepted"_qs, QString::fromLatin1(accepted), u"--json"_qs});
        };
        Run r = deadline("disabled-children-home-education-support-kyzylorda", "2026-12-10T10:00");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"channel"_qs].toString(), u"portal"_qs);
        QCOMPARE(r.json()[u"total_basis"_qs].toString(), u"stated"_qs);
        // «Күнтізбелік 10 күн ішінде»: 20.12.2026 is a Sunday, so the term ends on Monday the 21st.
        QCOMPARE(r.json()[u"total_due"_qs].toString(), u"2026-12-21T18:30"_qs);
        const QJsonArray steps = r.json()[u"steps"_qs].toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps[0][u"role"_qs].toString(), u"system"_qs);
        QCOMPARE(steps[0][u"due"_qs].toString(), u"2026-12-10T10:05"_qs);
        QCOMPARE(steps[1][u"role"_qs].toString(), u"executor"_qs);
        QCOMPARE(steps[1][u"due"_qs].toString(), u"2026-12-10T10:20"_qs);

        r = deadline("unemployed-certificate-kyzylorda", "2026-12-11T21:40");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"steps"_qs].toArray()[0][u"due"_qs].toString(), u"2026-12-14T09:01"_qs);

        // Aktobe's externat names the portal but states no term for it: none, as for any channel without one.
        r = deadline("externat-permit-aktobe", "2026-12-10T10:00");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[u"total_basis"_qs].toString(), u"none"_qs);
        // Kostanay's colleges take no applications through the portal (seed 003).
        r = deadline("duplicate-tve-edu-kostanay", "2026-12-10T10:00");
        expectOneLineError(r, 2, "is not taken through the channel portal (it is: provider, tson)");
    }

    void deadline_badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("reason");
        const QString s = QStringLiteral("--service"), c = QStringLiteral("--channel"),
                      a = QStringLiteral("--accepted");
        QTest::newRow("missing service") << QStringList{c, u"tson"_qs, a, u"2026-12-10T10:00"_qs}
                                         << QByteArray("--service is required");
        QTest::newRow("unknown service") << QStringList{s, u"x"_qs, c, u"tson"_qs, a, u"2026-12-10T10:00"_qs}
                                         << QByteArray("no service variant 'x'");
        QTest::newRow("excluded") << QStringList{s, u"tve-admission-vko"_qs, c, u"provider"_qs,
                                                 a, u"2026-12-10T10:00"_qs}
                                  << QByteArray("was excluded by");
        QTest::newRow("channel not offered")
            << QStringList{s, u"externat-permit-vko"_qs, c, u"tson"_qs, a, u"2026-12-10T10:00"_qs}
            << QByteArray("is not taken through the channel tson (it is: provider)");
        QTest::newRow("bad channel") << QStringList{s, u"externat-permit-vko"_qs, c, u"mail"_qs,
                                                    a, u"2026-12-10T10:00"_qs}
                                     << QByteArray("--channel: \"mail\"");
        QTest::newRow("bad date") << QStringList{s, u"externat-permit-vko"_qs, c, u"provider"_qs, a, u"10.12.2026"_qs}
                                  << QByteArray("--accepted: \"10.12.2026\"");
        QTest::newRow("bad hours") << QStringList{s,
                                                  u"externat-permit-vko"_qs,
                                                  c,
                                                  u"provider"_qs,
                                                  a,
                                                  u"2026-12-10T10:00"_qs,
                                                  u"--hours"_qs,
                                                  u"18:00-09:00"_qs}
                                   << QByteArray("office hours: the office must open before it closes");
        QTest::newRow("unknown option") << QStringList{u"--colour"_qs} << QByteArray("Unknown option 'colour'");
    }

    void deadline_badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, reason);
        const Run r = run(QStringList{QStringLiteral("deadline")} + args);
        expectOneLineError(r, 2, reason.constData());
        QVERIFY(r.out.isEmpty());
    }

    void calendarShow()
    {
        Run r =
            run({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2026"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("working_days")].toInt(), 247);
        bool shifted = false;
        for (const QJsonValue& d : r.json()[QStringLiteral("days")].toArray()) {
            if (d[QStringLiteral("date")] == QStringLiteral("2026-03-09")) {
                QCOMPARE(d[QStringLiteral("kind")].toString(), QStringLiteral("shifted_day_off"));
                shifted = true;
            }
        }
        QVERIFY(shifted);
        r = run({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("2027-03-15 Mon  public_holiday"));
        r = run({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2031")});
        expectOneLineError(r, 1, "no data for 2031");
        r = run({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("next")});
        expectOneLineError(r, 2, "is not a year");
    }

    /// The desk's settings through the key table: what the program reads is what kensectl shows and sets, and a
    /// value that does not fit is refused with the key and the range, the file left as it was.
    void settings_setGetAndRefuse()
    {
        const auto settings = [this](QStringList args) {
            args.prepend(QStringLiteral("settings"));
            return run(args);
        };
        Run r = settings({QStringLiteral("get"), QStringLiteral("signin/max_failures")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("5\n"));
        r = settings({QStringLiteral("set"), QStringLiteral("signin/max_failures"), QStringLiteral("0")});
        expectOneLineError(r, 2, "signin/max_failures: must be within 1");
        r = settings({QStringLiteral("set"), QStringLiteral("signin/max_failures"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        r = settings({QStringLiteral("set"), QStringLiteral("calibration/HP LaserJet/dx"), QStringLiteral("2.5")});
        QCOMPARE(r.code, 0);
        r = settings({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("version")].toInt(), 1);
        QHash<QString, QJsonValue> values;
        for (const QJsonValue& row : r.json()[QStringLiteral("settings")].toArray())
            values.insert(row[QStringLiteral("key")].toString(), row[QStringLiteral("value")]);
        QCOMPARE(values.value(QStringLiteral("signin/max_failures")).toInt(), 3);
        QCOMPARE(values.value(QStringLiteral("calibration/HP LaserJet/dx")).toDouble(), 2.5);
        QCOMPARE(values.value(QStringLiteral("central/port")).toInt(), 5432);
        r = settings({QStringLiteral("set"), QStringLiteral("central/password"), QStringLiteral("x")});
        expectOneLineError(r, 2, "is not a setting");
        r = settings({QStringLiteral("unset"), QStringLiteral("signin/max_failures")});
        QCOMPARE(r.code, 0);
        r = settings({QStringLiteral("get"), QStringLiteral("signin/max_failures"), QStringLiteral("--json")});
        QCOMPARE(r.json()[QStringLiteral("default")].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestKensectl)
#include "tst_kensectl.moc"
