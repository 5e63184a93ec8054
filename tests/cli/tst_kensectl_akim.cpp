// kensectl at a rural akim's apparatus (issue 17, item 6): the desk set up at the akim's office is of the kind akim
// and takes its region's targeted social assistance; its specialist registers the family's application (no term in
// the regulation until the administrator enters one), and sends it to the district's employment department (ММ) by a
// courier register.
#include "KensectlDesk.h"

using namespace kense::test;

namespace {
/// A family's application for targeted social assistance taken at the akim's apparatus.
const char* const kAssistance = R"J({"service": "targeted-social-assistance-kyzylorda", "channel": "akim",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "ӘЛИЯ", "applicant.given_name": "Қасымқызы",
             "applicant.phone": "+7 701 123 45 67", "applicant.address": "Жалағаш кенті, Әйтеке көшесі, 3",
             "service.family_size": 5, "service.monthly_income": 85000},
  "documents": {"application": "original", "family_composition": "original", "family_income": "original",
                "household_plot": "original"}})J";
const QString kService = QStringLiteral("targeted-social-assistance-kyzylorda");
} // namespace

class TestKensectlAkim : public QObject, public KensectlDesk
{
    Q_OBJECT

    Run registerNow()
    {
        return run({u"request"_qs, u"register"_qs, file(u"assistance.json"_qs, kAssistance), u"--as"_qs, u"zhanar"_qs,
                    u"--db"_qs, m_db, u"--json"_qs});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // «Жалағаш кенті әкімінің аппараты»: no --kind, the office's own kind of desk; the region's services it takes.
        Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, m_db, u"--office"_qs, u"KZOAKIM001"_qs, u"--desk"_qs, u"1"_qs,
                     u"--admin"_qs, u"admin"_qs, u"--password-stdin"_qs, u"--json"_qs},
                    "admin-pass-1\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json()[u"kind"_qs].toString(), u"akim"_qs);
        QCOMPARE(r.json()[u"services"_qs].toArray(), QJsonArray{kService});
        const auto addUser = [this](const char* login, const char* roles) {
            return run({u"user"_qs, u"add"_qs, QString::fromLatin1(login), u"--name"_qs,
                        staffName(QString::fromLatin1(login)), u"--roles"_qs, QString::fromLatin1(roles), u"--as"_qs,
                        u"admin"_qs, u"--password-stdin"_qs, u"--db"_qs, m_db},
                       "admin-pass-1\na-long-password\n");
        };
        r = addUser("zhanar", "akim_officer");
        QVERIFY2(r.code == 0, r.err.constData());
        // An akim's apparatus has no ЦОН operator (kensectl took the role before; the window never offered it).
        oneLine(addUser("aigul", "tson_operator"), 1, "is not given at this desk");
        r = addUser("aigul", "clerk"); // who may be there, and still registers nothing and makes no register
        QVERIFY2(r.code == 0, r.err.constData());
        // Demo data is a school's and a ЦОН's journal: not made here, and nothing is written.
        oneLine(run({u"demo-data"_qs, u"--count"_qs, u"5"_qs, u"--db"_qs, m_db}), 2,
                "demo data is made at a provider's or a ЦОН's desk");
    }

    void theProviderCannotBeSetUpAtTheAkims()
    {
        const QString other = m_data.scratchPath(u"other.sqlite"_qs);
        const Run r = run({u"db"_qs, u"init"_qs, u"--db"_qs, other, u"--office"_qs, u"KZOAKIM002"_qs, u"--desk"_qs,
                           u"1"_qs, u"--kind"_qs, u"provider"_qs, u"--services"_qs, u"all"_qs, u"--admin"_qs,
                           u"admin"_qs, u"--password-stdin"_qs},
                          "admin-pass-1\n");
        oneLine(r, 2, "is a rural akim's apparatus");
        QVERIFY(!QFile::exists(other));
    }

    /// No term until the administrator enters one; the ЦОН's operator registers nothing here.
    void theSpecialist_registers_andTheTermIsTheAdministrators()
    {
        Run r = run({u"request"_qs, u"register"_qs, file(u"assistance.json"_qs, kAssistance), u"--as"_qs, u"aigul"_qs,
                     u"--db"_qs, m_db});
        QCOMPARE(r.code, 1);
        r = registerNow();
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.json()[u"number"_qs].toString().startsWith(u"KZOAKIM001-1-2026-"_qs), r.out.constData());
        QVERIFY(r.json()[u"due"_qs].isNull());
        r = run({u"settings"_qs, u"set"_qs, u"terms/"_qs + kService, u"22 working_days"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        r = registerNow(); // due 22 working days on (tst_akimintake counts them over the holidays)
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.json()[u"due"_qs].toString().isEmpty(), r.out.constData());
        r = run({u"settings"_qs, u"unset"_qs, u"terms/"_qs + kService});
        QCOMPARE(r.code, 0);
    }

    /// The administrator names the district's ММ (not another akim's apparatus) as the provider; the specialist makes
    /// the register, scans the package in and hands it to the courier.
    void toTheDistrictsEmploymentDepartment_byARegister()
    {
        const QString number = registerNow().json()[u"number"_qs].toString();
        Run r = run({u"courier"_qs, u"provider"_qs, u"set"_qs, kService, u"KZOAKIM002"_qs, u"--as"_qs, u"admin"_qs,
                     u"--db"_qs, m_db});
        oneLine(r, 1, "is a rural akim's apparatus, not a provider");
        r = run({u"courier"_qs, u"provider"_qs, u"set"_qs, kService, u"KZOEMP05"_qs, u"--as"_qs, u"admin"_qs,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"courier"_qs, u"create"_qs, u"--to"_qs, u"KZOEMP05"_qs, u"--as"_qs, u"aigul"_qs, u"--db"_qs, m_db});
        oneLine(r, 1, "may not make courier registers");
        r = run({u"courier"_qs, u"create"_qs, u"--to"_qs, u"KZOEMP05"_qs, u"--as"_qs, u"zhanar"_qs, u"--db"_qs, m_db,
                 u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString batch = r.json()[u"number"_qs].toString();
        QVERIFY2(r.json()[u"office_name"_qs].toString().contains(u"Жалағаш"_qs), r.out.constData());
        r = run({u"courier"_qs, u"add"_qs, batch, number, u"--sheets"_qs, u"6"_qs, u"--as"_qs, u"zhanar"_qs, u"--db"_qs,
                 m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"courier"_qs, u"send"_qs, batch, u"--as"_qs, u"zhanar"_qs, u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"request"_qs, u"show"_qs, number, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(r.json()[u"state"_qs].toString(), u"sent_to_provider"_qs);
        QCOMPARE(r.json()[u"channel"_qs].toString(), u"akim"_qs);

        // The receipt names where the application was taken.
        const QString receipt = m_data.scratchPath(u"akim-receipt.pdf"_qs);
        r = run({u"render"_qs, u"receipt"_qs, u"--request"_qs, number, u"--lang"_qs, u"kk"_qs, u"--out"_qs, receipt,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString printed = pdfText(receipt).simplified();
        QVERIFY2(printed.contains(u"ауылдық округ әкімінің аппараты"_qs), qPrintable(printed));
    }
};

QTEST_GUILESS_MAIN(TestKensectlAkim)
#include "tst_kensectl_akim.moc"
