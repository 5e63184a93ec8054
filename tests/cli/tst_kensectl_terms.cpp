// A service whose regulation gives no term, through kensectl: never overdue, found as "no term", its receipt says so —
// until an administrator enters a term (terms/<service> in the desk's settings), which new requests then get.
#include "KensectlDesk.h"

using namespace kense::test;

class TestKensectlTerms : public QObject, public KensectlDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    /// An Almaty duplicate has no term in its regulation («согласно пункту 4 Стандарта»): it was due, and overdue, the
    /// moment it was registered. Now it has no due date, is found as "no term" and never as overdue, and its receipt
    /// says the term is not set — until an administrator enters one (terms/<service>), which new requests then get.
    void aServiceWithoutATerm_isNeverOverdue_untilAnAdministratorSetsOne()
    {
        QByteArray almaty(kRequest);
        almaty.replace("duplicate-secondary-edu-vko", "duplicate-secondary-edu-almaty");
        const QString req = file(QStringLiteral("almaty.json"), almaty);
        Run r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"dana"_qs, u"--at"_qs, u"2026-12-10T11:00"_qs,
                     u"--reason"_qs, u"the fixed day of this test"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString number = r.json()[u"number"_qs].toString();
        QVERIFY(r.json()[u"due"_qs].isNull());
        auto numbers = [](const Run& run) {
            QStringList out;
            for (const QJsonValue& v : run.array())
                out << v[u"number"_qs].toString();
            return out;
        };
        r = run({u"request"_qs, u"search"_qs, u"--sla"_qs, u"overdue"_qs, u"--now"_qs, u"2099-01-01T09:00"_qs,
                 u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY(!numbers(r).contains(number));
        r = run({u"request"_qs, u"search"_qs, u"--sla"_qs, u"no-term"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QCOMPARE(numbers(r), QStringList{number});
        const QString receipt = m_data.scratchPath(QStringLiteral("almaty-receipt.pdf"));
        r = run({u"render"_qs, u"receipt"_qs, u"--request"_qs, number, u"--lang"_qs, u"ru"_qs, u"--out"_qs, receipt,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString printed = pdfText(receipt);
        QVERIFY2(printed.contains(u"срок не установлен"_qs), qPrintable(printed));
        QVERIFY2(!printed.contains(u"9999"_qs), qPrintable(printed));

        r = run({u"settings"_qs, u"set"_qs, u"terms/duplicate-secondary-edu-almaty"_qs, u"thirty days"_qs});
        oneLine(r, 2, "calendar_days");
        r = run({u"settings"_qs, u"set"_qs, u"terms/duplicate-secondary-edu-almaty"_qs, u"30 calendar_days"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"request"_qs, u"register"_qs, req, u"--as"_qs, u"dana"_qs, u"--at"_qs, u"2026-12-10T11:30"_qs,
                 u"--reason"_qs, u"the fixed day of this test"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(!r.json()[u"due"_qs].toString().isEmpty(), r.out.constData());
        r = run({u"settings"_qs, u"unset"_qs, u"terms/duplicate-secondary-edu-almaty"_qs});
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestKensectlTerms)
#include "tst_kensectl_terms.moc"
