// The one CSV writer, and the state sets that journal, reports and statistics count by.
#include "common/Csv.h"
#include "workflow/RequestState.h"

#include <QTest>

using namespace kense;

class TestCsvAndStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_quotesOnlyWhatItMust_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("ӘЛИЯ Қасымқызы") << QStringLiteral("ӘЛИЯ Қасымқызы");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Өскемен қ., Абай, 12") << QStringLiteral("\"Өскемен қ., Абай, 12\"");
        QTest::newRow("quote") << QStringLiteral("ТОО \"Білім\"") << QStringLiteral("\"ТОО \"\"Білім\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading space kept") << QStringLiteral(" 12") << QStringLiteral(" 12");
    }
    void csvField_quotesOnlyWhatItMust()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csv::field(value), written);
    }

    void csvDocument_startsWithTheMarkAndEndsEveryLineInCrLf()
    {
        const QByteArray bytes = csv::document({{QStringLiteral("number"), QStringLiteral("applicant")},
                                                {QStringLiteral("01-1-2026-000001"), QStringLiteral("Иванов, Иван")}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "number,applicant\r\n"
                                   "01-1-2026-000001,\"Иванов, Иван\"\r\n"));
        QCOMPARE(csv::line({}), QByteArray("\r\n"));
    }

    void stateSets_followTheWorkflow()
    {
        for (RequestState s : allStates()) {
            const QString name = stateName(s);
            // Closed is what no move leaves; a draft is neither open nor closed.
            QCOMPARE(isClosed(s), isFinal(s));
            QCOMPARE(isOpen(s), s != RequestState::Draft && !isFinal(s));
            QVERIFY2(!(isOpen(s) && isClosed(s)), qPrintable(name));
            // Refused: every state on a refusal's path, and nothing on a result's.
            QCOMPARE(isRefused(s), name.startsWith(QLatin1String("refus")));
        }
        QCOMPARE(statesWhere(isRefused),
                 (QList<RequestState>{RequestState::RefusedAtIntake, RequestState::RefusalPrepared,
                                      RequestState::RefusalSigned, RequestState::RefusalReturnedToTson,
                                      RequestState::RefusalIssued}));
        QCOMPARE(statesWhere(isClosed), (QList<RequestState>{RequestState::RefusedAtIntake, RequestState::Issued,
                                                             RequestState::RefusalIssued}));
        QVERIFY(isOpen(RequestState::InStorage)); // kept for the applicant: still owed
        QVERIFY(!isOpen(RequestState::Draft));
    }
};

QTEST_APPLESS_MAIN(TestCsvAndStates)
#include "tst_csvandstates.moc"
