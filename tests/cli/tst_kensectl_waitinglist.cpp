// The preschool waiting list through kensectl at the education department's desk (issue 17, item 1): positions rank
// the children waiting in one list — a proved benefit first, then the moment of registration — and fall when a child
// ahead leaves; the queue receipt prints the position with the day it was counted on.
#include "KensectlDesk.h"

using namespace kense::test;

namespace {
/// An application for the Kyzylorda preschool queue, registered at the department's own канцелярия.
QByteArray application(const char* childIin, const char* benefit, bool proof, const char* group = "general")
{
    QByteArray json = R"J({"service": "preschool-registration-kyzylorda", "channel": "provider",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "Нұрланова", "applicant.given_name": "Әлия",
             "applicant.phone": "+7 701 123 45 67", "applicant.address": "Қызылорда, Абай даңғылы, 5",
             "subject.child_iin": "CHILD", "subject.child_surname": "Нұрланов", "subject.child_given_name": "Ерасыл",
             "subject.benefit": "BENEFIT", "subject.group_kind": "GROUP", "subject.desired_year": 2027},
  "documents": {"parent_identity": "original", "birth_certificate": "original" PROOF}})J";
    json.replace("CHILD", childIin).replace("BENEFIT", benefit).replace("GROUP", group);
    json.replace(" PROOF", proof ? ", \"benefit_proof\": \"copy\"" : "");
    return json;
}
} // namespace

class TestKensectlWaitingList : public QObject, public KensectlDesk
{
    Q_OBJECT

    QString registerAt(const QString& name, const QByteArray& json, const QString& at)
    {
        const Run r =
            run({u"request"_qs, u"register"_qs, file(name + u".json"_qs, json), u"--as"_qs, u"dana"_qs, u"--at"_qs, at,
                 u"--reason"_qs, u"the fixed days of this test"_qs, u"--db"_qs, m_db, u"--json"_qs});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return r.json()[u"number"_qs].toString();
    }

    /// "number:position" of the general list, in order.
    QStringList general()
    {
        const Run r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs,
                           u"--group"_qs, u"general"_qs, u"--db"_qs, m_db, u"--json"_qs});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        QStringList out;
        for (const QJsonValue& v : r.array())
            out << QStringLiteral("%1:%2").arg(v[u"number"_qs].toString()).arg(v[u"position"_qs].toInt());
        return out;
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void positions_putAProvedBenefitFirst_andFallWhenAChildAheadLeaves()
    {
        const QString a = registerAt(u"a"_qs, application("220315501019", "none", false), u"2026-12-07T09:10"_qs);
        const QString b = registerAt(u"b"_qs, application("220101501015", "none", false), u"2026-12-07T09:40"_qs);
        // A benefit claimed without the document that proves it gives no priority.
        const QString c =
            registerAt(u"c"_qs, application("220315501019", "large_family", false), u"2026-12-07T10:00"_qs);
        const QString d = registerAt(u"d"_qs, application("220101501015", "disability", true), u"2026-12-07T11:00"_qs);
        // Another kind of group, another age group: lists of their own.
        const QString e =
            registerAt(u"e"_qs, application("230504501018", "none", false, "correctional"), u"2026-12-07T08:00"_qs);
        const QString f = registerAt(u"f"_qs, application("230911501010", "none", false), u"2026-12-07T08:30"_qs);
        for (const QString& n : {a, b, c, d, e, f})
            QVERIFY(!n.isEmpty());

        Run r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs, u"--db"_qs, m_db,
                     u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.array().size(), 6);
        QCOMPARE(general(), (QStringList{d + u":1"_qs, a + u":2"_qs, b + u":3"_qs, c + u":4"_qs, f + u":1"_qs}));
        r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs, u"--group"_qs,
                 u"general"_qs, u"--born"_qs, u"2022"_qs, u"--db"_qs, m_db, u"--json"_qs});
        const QJsonObject first = r.array().first().toObject();
        QCOMPARE(first[u"number"_qs].toString(), d);
        QCOMPARE(first[u"priority"_qs].toInt(), 1);
        QCOMPARE(first[u"registered_at"_qs].toString(), u"2026-12-07T11:00:00"_qs);
        QCOMPARE(first[u"state"_qs].toString(), u"registered"_qs);
        QCOMPARE(r.array().at(3)[u"priority"_qs].toInt(), 2); // c: claimed, not proved

        // The queue receipt prints the position and the day it was counted on.
        const QString receipt = m_data.scratchPath(QStringLiteral("queue-receipt.pdf"));
        r = run({u"render"_qs, u"queue-receipt"_qs, u"--request"_qs, b, u"--lang"_qs, u"ru"_qs, u"--out"_qs, receipt,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString printed = pdfText(receipt);
        QVERIFY2(printed.contains(u"Номер очередности: 3"_qs), qPrintable(printed));
        QVERIFY2(printed.contains(u"по состоянию на "_qs + QDate::currentDate().toString(u"dd.MM.yyyy"_qs)),
                 qPrintable(printed));
        QVERIFY2(printed.contains(u"2022 г. р.; место с 2027 года"_qs), qPrintable(printed));

        // Child a leaves (a reasoned refusal): everyone behind moves up. Kyzylorda's regulation names no head here:
        // the executor answers the registered application itself.
        r = run({u"request"_qs, u"advance"_qs, a, u"--to"_qs, u"in_work"_qs, u"--executor"_qs, u"erlan"_qs, u"--as"_qs,
                 u"gulnar"_qs, u"--db"_qs, m_db});
        oneLine(r, 1,
                "cannot become «With the executor» (Provider's office; its service: executor, no head's "
                "resolution or signature)");
        r = run({u"request"_qs, u"advance"_qs, a, u"--to"_qs, u"refusal_prepared"_qs, u"--note"_qs,
                 u"the child already attends a kindergarten"_qs, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(general(), (QStringList{d + u":1"_qs, b + u":2"_qs, c + u":3"_qs, f + u":1"_qs}));
    }

    /// The cycle after the talon (issue 17, item 2): the department offers the first child a place; the parent's
    /// written refusal keeps the child where it stood; a written consent issues the direction and takes the child
    /// out, and everyone behind moves up; a withdrawal too.
    void aPlaceOffered_aRefusalKeepsTheChild_aConsentTakesItOut()
    {
        const QStringList before = general();
        QCOMPARE(before.size(), 4); // d:1, b:2, c:3 of 2022; f:1 of 2023 (a was refused)
        const QString d = before.at(0).section(u':', 0, 0);
        const QString b = before.at(1).section(u':', 0, 0);
        const QString c = before.at(2).section(u':', 0, 0);
        const QString f = before.at(3).section(u':', 0, 0);
        const auto place = [&](const QString& number) {
            const Run r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs,
                               u"--db"_qs, m_db, u"--json"_qs});
            for (const QJsonValue& v : r.array()) {
                if (v[u"number"_qs].toString() == number)
                    return v[u"place"_qs].toString();
            }
            return u"(not in a list)"_qs;
        };
        const QString kindergarten = u"№ 5 «Ақбота» балабақшасы"_qs;
        // The канцелярия records answers; it does not offer places. The executor offers.
        Run r = run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--as"_qs, u"saule"_qs,
                     u"--db"_qs, m_db});
        oneLine(r, 1, "saule may not «Offer a place»");
        r = run({u"queue"_qs, u"offer"_qs, d, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "--kindergarten TEXT is required");
        r = run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--answer-by"_qs, u"01.02"_qs,
                 u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "--answer-by: \"01.02\" is not a day (YYYY-MM-DD)");
        r = run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--answer-by"_qs, u"2020-01-01"_qs,
                 u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "before the offer's own day");
        const QString answerBy = QDate::currentDate().addDays(7).toString(Qt::ISODate);
        r = run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--group"_qs, u"ортаңғы"_qs,
                 u"--answer-by"_qs, answerBy, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"place"_qs].toString(), u"place_offered"_qs);
        r = run({u"queue"_qs, u"show"_qs, d, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.json()[u"answer_by"_qs].toString(), answerBy);
        QCOMPARE(r.json()[u"answer_overdue"_qs].toBool(), false);
        QCOMPARE(place(d), u"place_offered"_qs);
        QCOMPARE(general(), before); // an offer not yet answered keeps the place
        // The executor does not record the parent's answer; the канцелярия does. A refusal keeps the child waiting.
        r = run({u"queue"_qs, u"answer"_qs, d, u"--refuse"_qs, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "erlan may not «The parent refused the place in writing»");
        r = run(
            {u"queue"_qs, u"answer"_qs, d, u"--refuse"_qs, u"--consent"_qs, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "give one of --consent and --refuse");
        r = run({u"queue"_qs, u"answer"_qs, d, u"--refuse"_qs, u"--note"_qs, u"too far from home"_qs, u"--as"_qs,
                 u"saule"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(place(d), u"waiting"_qs);
        QCOMPARE(general(), before);
        r = run({u"queue"_qs, u"answer"_qs, d, u"--consent"_qs, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "the child is «Waiting for a place»");
        // A second offer, consented: the direction is issued and the others move up.
        QCOMPARE(run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--as"_qs, u"gulnar"_qs,
                      u"--db"_qs, m_db})
                     .code,
                 0);
        r = run(
            {u"queue"_qs, u"answer"_qs, d, u"--consent"_qs, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"place"_qs].toString(), u"direction_issued"_qs);
        QCOMPARE(general(), (QStringList{b + u":1"_qs, c + u":2"_qs, f + u":1"_qs}));
        r = run({u"queue"_qs, u"offer"_qs, d, u"--kindergarten"_qs, kindergarten, u"--as"_qs, u"erlan"_qs, u"--db"_qs,
                 m_db});
        oneLine(r, 1, "the child is «Direction issued»");
        // The direction prints in Kazakh and Russian with the kindergarten and the last day to register it there; its
        // queue receipt no longer gives a position but says the child left the list, and why.
        const QString direction = m_data.scratchPath(QStringLiteral("direction.pdf"));
        r = run({u"render"_qs, u"direction"_qs, u"--request"_qs, d, u"--lang"_qs, u"both"_qs, u"--out"_qs, direction,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString validUntil = QDate::currentDate().addMonths(1).toString(u"dd.MM.yyyy"_qs);
        const QString directionText = pdfText(direction).simplified();
        for (const QString& part : {u"Мектепке дейінгі ұйымға жолдама"_qs, u"Направление в дошкольную организацию"_qs,
                                    kindergarten, u"жолдаманы %1 дейін тіркеуі қажет"_qs.arg(validUntil),
                                    u"зарегистрировать направление до %1 включительно"_qs.arg(validUntil),
                                    kense::test::staffName(u"saule"_qs)})
            QVERIFY2(directionText.contains(part), qPrintable(part + u"\n"_qs + directionText));
        const QString receipt = m_data.scratchPath(QStringLiteral("talon.pdf"));
        r = run({u"render"_qs, u"queue-receipt"_qs, u"--request"_qs, d, u"--lang"_qs, u"ru"_qs, u"--out"_qs, receipt,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(pdfText(receipt).simplified().contains(
                     u"Выдано направление в дошкольную организацию, ребенок снят с очереди"_qs),
                 qPrintable(pdfText(receipt)));
        r = run({u"render"_qs, u"direction"_qs, u"--request"_qs, b, u"--out"_qs, direction, u"--db"_qs, m_db});
        oneLine(r, 1, "no direction was issued (the child is «Waiting for a place»)");
        // The direction was issued today: it holds for a month (queue.direction), so it cannot be marked expired;
        // the department records that the kindergarten registered it.
        r = run({u"queue"_qs, u"expire"_qs, d, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "issued on");
        QVERIFY2(r.err.contains("it lapses only after that"), r.err.constData());
        r = run({u"queue"_qs, u"enroll"_qs, d, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "saule may not «The kindergarten registered the direction»");
        r = run({u"queue"_qs, u"enroll"_qs, d, u"--as"_qs, u"erlan"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"place"_qs].toString(), u"enrolled"_qs);
        // Where the child stands, as the card says it: the place, the direction's days, when the cycle closed.
        r = run({u"queue"_qs, u"show"_qs, d, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"place"_qs].toString(), u"enrolled"_qs);
        QCOMPARE(r.json()[u"kindergarten"_qs].toString(), kindergarten);
        QCOMPARE(r.json()[u"valid_until"_qs].toString(), QDate::currentDate().addMonths(1).toString(Qt::ISODate));
        QVERIFY(!r.json()[u"direction_issued_at"_qs].isNull() && !r.json()[u"closed_at"_qs].isNull());
        r = run({u"queue"_qs, u"show"_qs, u"KZOEDU01-2-2026-999999"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "no request KZOEDU01-2-2026-999999");
        // A withdrawal takes the child out as well.
        QCOMPARE(run({u"queue"_qs, u"withdraw"_qs, b, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db}).code, 0);
        QCOMPARE(general(), (QStringList{c + u":1"_qs, f + u":1"_qs}));
    }

    void badInput_isNamed()
    {
        Run r = run({u"queue"_qs, u"list"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "--service ID is required");
        r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"duplicate-secondary-edu-vko"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "keeps no waiting list");
        r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs, u"--born"_qs,
                 u"twenty"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "--born: \"twenty\" is not a year");
        r = run({u"queue"_qs, u"promote"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "unknown subcommand 'queue promote' (list, show, offer, answer, withdraw, enroll, expire)");
        r = run({u"queue"_qs, u"expire"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "usage: kensectl queue expire NUMBER --as LOGIN");
        r = run({u"queue"_qs, u"offer"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "usage: kensectl queue offer NUMBER --kindergarten TEXT");
        // A ЦОН desk keeps no list: it says who gives the positions.
        const QString tson = m_data.scratchPath(QStringLiteral("tson.sqlite"));
        r = run({u"db"_qs, u"init"_qs, u"--db"_qs, tson, u"--office"_qs, u"KZOTSON01"_qs, u"--desk"_qs, u"1"_qs,
                 u"--kind"_qs, u"tson"_qs, u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"queue"_qs, u"list"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs, u"--db"_qs, tson});
        oneLine(r, 1, "desk KZOTSON01-1 is a ЦОН desk: the waiting lists are kept by the provider's desk");
    }
};

QTEST_GUILESS_MAIN(TestKensectlWaitingList)
#include "tst_kensectl_waitinglist.moc"
