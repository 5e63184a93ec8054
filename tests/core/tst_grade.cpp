// The grades of a duplicate: what an executor may type, how it is stored and how it prints.
#include "documents/Grade.h"

#include <QTest>

using namespace kense;

class TestGrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresAndPass_areGrades_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("kk");
        QTest::addColumn<QString>("ru");
        QTest::newRow("5") << "5"
                           << "5"
                           << "5 (өте жақсы)"
                           << "5 (отлично)";
        QTest::newRow(" 4 ") << " 4 "
                             << "4"
                             << "4 (жақсы)"
                             << "4 (хорошо)";
        QTest::newRow("3") << "3"
                           << "3"
                           << "3 (қанағаттанарлық)"
                           << "3 (удовлетворительно)";
        QTest::newRow("2") << "2"
                           << "2"
                           << "2 (қанағаттанарлықсыз)"
                           << "2 (неудовлетворительно)";
        QTest::newRow("Сынақ") << "Сынақ"
                               << "сынақ"
                               << "сынақ"
                               << "зачёт";
        QTest::newRow("зачет") << "зачет"
                               << "сынақ"
                               << "сынақ"
                               << "зачёт";
        QTest::newRow("ЗАЧЁТ") << "ЗАЧЁТ"
                               << "сынақ"
                               << "сынақ"
                               << "зачёт";
        QTest::newRow("as printed") << "4 (хорошо)"
                                    << "4"
                                    << "4 (жақсы)"
                                    << "4 (хорошо)";
    }
    void figuresAndPass_areGrades()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, kk);
        QFETCH(QString, ru);
        const auto grade = gradeOf(typed);
        QVERIFY(grade);
        QCOMPARE(gradeStored(*grade), stored);
        QCOMPARE(gradeText(*grade).kk, kk);
        QCOMPARE(gradeText(*grade).ru, ru);
        QVERIFY(!whyNotAGrade(typed));
    }

    void anythingElse_isRefusedWithTheRule_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char* t : {"1", "6", "0", "55", "4+", "отл", "pass", "5.0", "IV"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void anythingElse_isRefusedWithTheRule()
    {
        QFETCH(QString, typed);
        QVERIFY(!gradeOf(typed));
        const auto why = whyNotAGrade(typed);
        QVERIFY(why);
        QVERIFY2(why->contains(typed) && why->contains(QStringLiteral("2, 3, 4")), qPrintable(*why));
        QCOMPARE(*whyNotAGrade(QStringLiteral("  ")), QStringLiteral("the grade is empty"));
    }
};

QTEST_GUILESS_MAIN(TestGrade)
#include "tst_grade.moc"
