// kensectl courier … and office …: a ЦОН's courier registers made from a script, routed by the office directory —
// the administrator adds a school and names it the provider of a service, the operator makes a register to it, scans
// the packages in, hands it to the courier, and the канцелярия receives it by the packages read from the bag.
#include "KensectlDesk.h"

using namespace kense::test;

class TestKensectlCourier : public QObject, public KensectlDesk
{
    Q_OBJECT

    QString m_numbers[2];

    QString registerRequest()
    {
        QByteArray request(kRequest);
        request.replace("\"channel\": \"provider\"", "\"channel\": \"tson\"");
        const Run r = run({u"request"_qs, u"register"_qs, file(u"request.json"_qs, request), u"--as"_qs, u"aigul"_qs,
                           u"--db"_qs, m_db, u"--json"_qs});
        if (r.code != 0)
            qFatal("request register: %s", r.err.constData());
        return r.json()[u"number"_qs].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A ЦОН desk of Kyzylorda that takes VKO's duplicate too (the test's request), its operator and a clerk.
        Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, m_db, u"--office"_qs, u"KZOTSON01"_qs, u"--desk"_qs, u"1"_qs,
                     u"--kind"_qs, u"tson"_qs, u"--services"_qs, u"all"_qs, u"--admin"_qs, u"admin"_qs,
                     u"--password-stdin"_qs},
                    "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        for (const auto& [login, roles] : {std::pair{"aigul", "tson_operator"}, std::pair{"saule", "clerk"}}) {
            r = run({u"user"_qs, u"add"_qs, QString::fromLatin1(login), u"--name"_qs,
                     staffName(QString::fromLatin1(login)), u"--roles"_qs, QString::fromLatin1(roles), u"--as"_qs,
                     u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
                    "admin-pass-1\na-long-password\n");
            QVERIFY2(r.code == 0, r.err.constData());
        }
        m_numbers[0] = registerRequest();
        m_numbers[1] = registerRequest();
    }

    /// The school is not in the built-in directory: the administrator adds it, then names it the provider.
    void theAdministrator_addsTheSchool_andNamesItTheProvider()
    {
        Run r = run({u"office"_qs, u"add"_qs, u"KZOSCH012"_qs, u"--name"_qs, u"№ 12 мектеп-гимназия"_qs, u"--kind"_qs,
                     u"school"_qs, u"--region"_qs, u"Kyzylorda"_qs, u"--address"_qs,
                     u"Қызылорда қаласы, Абай даңғылы, 12"_qs, u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "only an administrator");
        r = run({u"office"_qs, u"add"_qs, u"KZOSCH012"_qs, u"--name"_qs, u"№ 12 мектеп-гимназия"_qs, u"--kind"_qs,
                 u"palace"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "office kind \"palace\"");
        r = run({u"office"_qs, u"add"_qs, u"KZOSCH012"_qs, u"--name"_qs, u"№ 12 мектеп-гимназия"_qs, u"--kind"_qs,
                 u"school"_qs, u"--region"_qs, u"Kyzylorda"_qs, u"--address"_qs,
                 u"Қызылорда қаласы, Абай даңғылы, 12"_qs, u"--as"_qs, u"admin"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"office"_qs, u"list"_qs, u"мектеп-гимназия"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().first()[u"code"_qs].toString(), u"KZOSCH012"_qs);
        QCOMPARE(r.array().first()[u"address"_qs].toString(), u"Қызылорда қаласы, Абай даңғылы, 12"_qs);

        const QString service = u"duplicate-secondary-edu-vko"_qs;
        r = run({u"courier"_qs, u"provider"_qs, u"set"_qs, service, u"KZOSCH012"_qs, u"--as"_qs, u"aigul"_qs,
                 u"--db"_qs, m_db});
        oneLine(r, 1, "only an administrator");
        r = run({u"courier"_qs, u"provider"_qs, u"set"_qs, service, u"KZOSCH099"_qs, u"--as"_qs, u"admin"_qs,
                 u"--db"_qs, m_db});
        oneLine(r, 1, "KZOSCH099 is not in the office directory");
        r = run({u"courier"_qs, u"provider"_qs, u"set"_qs, service, u"kzosch012"_qs, u"--as"_qs, u"admin"_qs,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"courier"_qs, u"provider"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        bool found = false;
        for (const QJsonValue& v : r.array()) {
            if (v[u"service"_qs].toString() == service) {
                found = true;
                QCOMPARE(v[u"providers"_qs].toArray().first()[u"code"_qs].toString(), u"KZOSCH012"_qs);
            }
        }
        QVERIFY(found);
    }

    void aRegister_throughTheCourier_byScript()
    {
        Run r =
            run({u"courier"_qs, u"create"_qs, u"--to"_qs, u"KZOEDU02"_qs, u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "no service of this desk goes to KZOEDU02");
        r = run({u"courier"_qs, u"create"_qs, u"--to"_qs, u"KZOSCH012"_qs, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "may not make courier registers");
        r = run({u"courier"_qs, u"create"_qs, u"--to"_qs, u"KZOSCH012"_qs, u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db,
                 u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString batch = r.json()[u"number"_qs].toString();
        QVERIFY2(batch.endsWith(u"-R00001"_qs), qPrintable(batch));
        QCOMPARE(r.json()[u"office_name"_qs].toString(), u"№ 12 мектеп-гимназия"_qs);

        r = run({u"courier"_qs, u"add"_qs, batch, m_numbers[0], u"--sheets"_qs, u"3"_qs, u"--as"_qs, u"aigul"_qs,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run(
            {u"courier"_qs, u"add"_qs, batch, m_numbers[1], u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"requests"_qs].toArray().size(), 2);
        // Only a register moves a request into it or on with the courier.
        r = run({u"request"_qs, u"advance"_qs, m_numbers[0], u"--to"_qs, u"sent_to_provider"_qs, u"--as"_qs,
                 u"aigul"_qs, u"--db"_qs, m_db});
        QCOMPARE(r.code, 1);
        r = run({u"courier"_qs, u"send"_qs, batch, u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"courier"_qs, u"add"_qs, batch, m_numbers[1], u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "has been sent");

        // One package of two in the bag: named, nothing received.
        r = run({u"courier"_qs, u"receive"_qs, batch, u"--scan"_qs, m_numbers[0], u"--as"_qs, u"saule"_qs, u"--db"_qs,
                 m_db});
        oneLine(r, 1, QByteArray("missing from the bag: " + m_numbers[1].toUtf8()).constData());
        r = run({u"request"_qs, u"show"_qs, m_numbers[0], u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.json()[u"state"_qs].toString(), u"sent_to_provider"_qs);
        r = run({u"courier"_qs, u"receive"_qs, batch, u"--scan"_qs, m_numbers[1].toLower(), u"--scan"_qs, m_numbers[0],
                 u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QString& n : m_numbers) {
            r = run({u"request"_qs, u"show"_qs, n, u"--db"_qs, m_db, u"--json"_qs});
            QCOMPARE(r.json()[u"state"_qs].toString(), u"received_by_provider"_qs);
        }
        r = run({u"courier"_qs, u"list"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);
        QVERIFY(!r.array().first()[u"received"_qs].toString().isEmpty());

        // The printed register names the school and its address.
        const QString pdf = m_data.scratchPath(u"register.pdf"_qs);
        r = run({u"render"_qs, u"register"_qs, u"--batch"_qs, batch, u"--out"_qs, pdf, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(u"№ 12 мектеп-гимназия, Қызылорда қаласы, Абай даңғылы, 12"_qs), qPrintable(printed));
    }
};

QTEST_GUILESS_MAIN(TestKensectlCourier)
#include "tst_kensectl_courier.moc"
