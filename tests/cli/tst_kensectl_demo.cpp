// Demo data shows every document: a duplicate it issued prints with the executor's grades (before, `render duplicate`
// refused every demo request: «the executor has not prepared the result»).
#include "KensectlDesk.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using kense::test::Run;

class TestKensectlDemo : public QObject, protected kense::test::KensectlDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void anIssuedDemoDuplicate_printsWithItsGrades()
    {
        Run r = run({u"demo-data"_qs, u"--count"_qs, u"400"_qs, u"--db"_qs, m_db, u"--json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        QString number;
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"read"_qs);
            db.setDatabaseName(m_db);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT r.number, x.number FROM requests r JOIN request_results x ON x.request_id = r.id "
                           u"WHERE r.state = 'issued' AND x.kind = 'duplicate_secondary' "
                           u"AND json_array_length(x.fields, '$.grades') > 5 ORDER BY r.id LIMIT 1"_qs));
            QVERIFY2(q.next(), "no issued duplicate with grades among 400 demo requests");
            number = q.value(0).toString();
            result = q.value(1).toString();
        }
        QSqlDatabase::removeDatabase(u"read"_qs);
        const QString pdf = m_data.scratchPath(u"duplicate.pdf"_qs);
        r = run({u"render"_qs, u"duplicate"_qs, u"--request"_qs, number, u"--lang"_qs, u"kk"_qs, u"--out"_qs, pdf,
                 u"--db"_qs, m_db});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = kense::test::pdfText(pdf);
        QVERIFY2(text.contains(result), qPrintable(text));
        QVERIFY2(text.contains(u"өте жақсы"_qs) || text.contains(u"жақсы"_qs) || text.contains(u"қанағаттанарлық"_qs),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestKensectlDemo)
#include "tst_kensectl_demo.moc"
