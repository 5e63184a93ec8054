// A request sent through the e-gov portal, registered at the provider's канцелярия with kensectl (issue 17, item 4):
// its portal number and moment in the request file, its term the one `kensectl deadline --channel portal` computes
// from the moment it was sent, found by `request search --channel portal`, refused twice and refused with a bad moment.
#include "KensectlDesk.h"

using namespace kense::test;

namespace {
/// The Kyzylorda preschool registration of a child, sent on the portal as NUMBER at SENT.
const char* const kPortalRequest = R"J({"service": "preschool-registration-kyzylorda", "channel": "portal",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "Нұрланова", "applicant.given_name": "Әлия",
             "applicant.phone": "8 701 123 45 67", "applicant.address": "Қызылорда қ., Абай даңғылы, 5",
             "subject.child_iin": "220101501015", "subject.child_surname": "Нұрланов",
             "subject.child_given_name": "Ерасыл", "subject.benefit": "none", "subject.group_kind": "general",
             "subject.desired_year": "2027", "portal.number": "NUMBER", "portal.sent_at": "SENT"},
  "documents": {"parent_identity": "original", "birth_certificate": "original"}})J";
} // namespace

class TestKensectlPortal : public QObject, public KensectlDesk
{
    Q_OBJECT

    QString request(const char* name, const char* number, const char* sent) const
    {
        return file(QString::fromLatin1(name),
                    QByteArray(kPortalRequest).replace("NUMBER", number).replace("SENT", sent));
    }

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void aPortalRequest_isRegisteredByTheCanceliaria_withThePortalsTerm()
    {
        const QString req = request("portal.json", "KZ-2026-000451", "2026-12-04T17:40");
        Run r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString number = r.json()[u"number"_qs].toString();
        const QString due = r.json()[u"due"_qs].toString();
        r = run({u"deadline"_qs, u"--service"_qs, u"preschool-registration-kyzylorda"_qs, u"--channel"_qs, u"portal"_qs,
                 u"--accepted"_qs, u"2026-12-04T17:40"_qs, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(due, r.json()[u"total_due"_qs].toString());

        r = run({u"request"_qs, u"show"_qs, number, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.json()[u"channel"_qs].toString(), u"portal"_qs);
        QCOMPARE(r.json()[u"fields"_qs][u"portal.number"_qs].toString(), u"KZ-2026-000451"_qs);
        QCOMPARE(r.json()[u"fields"_qs][u"portal.sent_at"_qs].toString(), u"2026-12-04T17:40"_qs);
        r = run({u"request"_qs, u"search"_qs, u"--channel"_qs, u"portal"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array()[0][u"number"_qs].toString(), number);

        r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "portal.number: the portal's request KZ-2026-000451 is already registered here as ");
        QVERIFY(r.err.contains(number.toUtf8()));
    }

    void aBadPortalMoment_isNamed()
    {
        Run r = run({u"request"_qs, u"register"_qs, request("later.json", "KZ-2026-000452", "2099-01-01T10:00"),
                     u"--as"_qs, u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "portal.sent_at: 01.01.2099 10:00 is later than now");
        r = run({u"request"_qs, u"register"_qs, request("garbled.json", "KZ-2026-000453", "4 December"), u"--as"_qs,
                 u"saule"_qs, u"--db"_qs, m_db});
        oneLine(r, 2, "portal.sent_at: \"4 December\" is not a moment");
    }
};

QTEST_GUILESS_MAIN(TestKensectlPortal)
#include "tst_kensectl_portal.moc"
