#include "identity/Iin.h"
#include "identity/PersonName.h"
#include "identity/Phone.h"

#include <QTest>

using namespace kense;
using F = IdentityNumber::Failure;

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validIin_givesBirthDateAndSex_data()
    {
        QTest::addColumn<QString>("iin");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("girl born 2006") << "061211600129" << QDate(2006, 12, 11) << false;
        QTest::newRow("man born 1985") << "850304301235" << QDate(1985, 3, 4) << true;
        QTest::newRow("woman born 1975") << "751112403454" << QDate(1975, 11, 12) << false;
        QTest::newRow("man born 1999") << "991231300013" << QDate(1999, 12, 31) << true;
        QTest::newRow("girl born 2000") << "000101607898" << QDate(2000, 1, 1) << false;
        QTest::newRow("boy born 2014") << "140410500654" << QDate(2014, 4, 10) << true;
        QTest::newRow("second weights") << "900304300106" << QDate(1990, 3, 4) << true; // first pass gives 10
        QTest::newRow("spaces trimmed") << " 080423500225 " << QDate(2008, 4, 23) << true;
    }

    void validIin_givesBirthDateAndSex()
    {
        QFETCH(QString, iin);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const IdentityNumber id = IdentityNumber::check(iin);
        QVERIFY2(id.isValid(), qPrintable(id.reason()));
        QCOMPARE(id.kind(), IdentityNumber::Kind::Iin);
        QCOMPARE(id.birthDate(), birth);
        QCOMPARE(id.sex(), male ? IdentityNumber::Sex::Male : IdentityNumber::Sex::Female);
        QVERIFY(id.reason().isEmpty());
    }

    void validBin_isRecognised()
    {
        for (const char* bin : {"190240123455", "190241123450"}) {
            const IdentityNumber id = IdentityNumber::check(QString::fromLatin1(bin));
            QVERIFY2(id.isValid(), bin);
            QCOMPARE(id.kind(), IdentityNumber::Kind::Bin);
        }
    }

    void invalid_eachFailureHasItsOwnReason_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << "" << int(F::Empty) << "empty"
                               << "empty";
        QTest::newRow("short") << "06121160012" << int(F::Length) << "length"
                               << "this one has 11";
        QTest::newRow("long") << "0612116001290" << int(F::Length) << "length"
                              << "this one has 13";
        QTest::newRow("letter") << "06121160012O" << int(F::NonDigit) << "non_digit"
                                << "\"O\"";
        QTest::newRow("cyrillic") << "0612116001З9" << int(F::NonDigit) << "non_digit"
                                  << "\"З\"";
        QTest::newRow("typo") << "061211600128" << int(F::CheckDigit) << "check_digit"
                              << "mistyped";
        QTest::newRow("swapped digits") << "061121600129" << int(F::CheckDigit) << "check_digit"
                                        << "mistyped";
        QTest::newRow("no digit fits") << "900304300120" << int(F::CheckDigit) << "check_digit"
                                       << "mistyped";
        QTest::newRow("29 Feb 1902") << "020229400779" << int(F::ImpossibleDate) << "impossible_date"
                                     << "date";
        QTest::newRow("month 13") << "991331300017" << int(F::ImpossibleDate) << "impossible_date"
                                  << "date";
        QTest::newRow("century 0") << "980513000111" << int(F::UnknownCentury) << "unknown_century"
                                   << "is 0";
    }

    void invalid_eachFailureHasItsOwnReason()
    {
        QFETCH(QString, number);
        QFETCH(int, failure);
        QFETCH(QString, code);
        QFETCH(QString, reasonPart);
        const IdentityNumber id = IdentityNumber::check(number);
        QVERIFY(!id.isValid());
        QCOMPARE(int(id.failure()), failure);
        QCOMPARE(id.failureCode(), code);
        QVERIFY2(id.reason().contains(reasonPart), qPrintable(id.reason()));
    }

    void checkDigit_matchesTheTwoPassRule()
    {
        QCOMPARE(IdentityNumber::checkDigit(QStringLiteral("06121160012")), 9);
        QCOMPARE(IdentityNumber::checkDigit(QStringLiteral("90030430010")), 6);
        QCOMPARE(IdentityNumber::checkDigit(QStringLiteral("90030430012")), -1);
        QCOMPARE(IdentityNumber::checkDigit(QStringLiteral("123")), -1);
    }

    void phone_isNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("8 with spaces") << "8 701 123 45 67"
                                       << "+7 701 123 45 67";
        QTest::newRow("+7 brackets") << "+7(701)1234567"
                                     << "+7 701 123 45 67";
        QTest::newRow("11 digits") << "87011234567"
                                   << "+7 701 123 45 67";
        QTest::newRow("10 digits") << "7011234567"
                                   << "+7 701 123 45 67";
        QTest::newRow("city number") << "8(7242) 23-45-67"
                                     << "+7 724 223 45 67";
        QTest::newRow("normalised") << "+7 775 000 11 22"
                                    << "+7 775 000 11 22";
    }

    void phone_isNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString reason;
        QCOMPARE(normalizePhone(input, &reason), expected);
        QVERIFY(reason.isEmpty());
    }

    void phone_badInput_saysWhy_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("short") << "8 701 123 45"
                               << "10 digits";
        QTest::newRow("russian") << "+7 916 123 45 67"
                                 << "+7 7";
        QTest::newRow("letters") << "8 701 ABC"
                                 << "\"A\"";
    }

    void phone_badInput_saysWhy()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonPart);
        QString reason;
        QVERIFY(normalizePhone(input, &reason).isEmpty());
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void names_acceptKazakhAndRussian()
    {
        QString reason;
        QCOMPARE(normalizePersonName(QStringLiteral("Әлия"), &reason), QStringLiteral("Әлия"));
        QCOMPARE(normalizePersonName(QStringLiteral("  Қасымқызы  "), &reason), QStringLiteral("Қасымқызы"));
        QCOMPARE(normalizePersonName(QStringLiteral("Нұрғали  ұлы"), &reason), QStringLiteral("Нұрғали ұлы"));
        QCOMPARE(normalizePersonName(QStringLiteral("Римский-Корсаков"), &reason), QStringLiteral("Римский-Корсаков"));
        QCOMPARE(normalizePersonName(QStringLiteral("Д'Артаньян"), &reason), QStringLiteral("Д'Артаньян"));
        QCOMPARE(normalizePersonName(QStringLiteral("Ёлкина"), &reason), QStringLiteral("Ёлкина"));
        QCOMPARE(normalizePersonName(QStringLiteral("ҒҚҢӨҰҮҺІ әғқңөұүһі"), &reason),
                 QStringLiteral("ҒҚҢӨҰҮҺІ әғқңөұүһі"));
        QVERIFY(reason.isEmpty());
    }

    void names_refuseOtherCharacters()
    {
        QString reason;
        QVERIFY(normalizePersonName(QStringLiteral("Ivanov"), &reason).isEmpty());
        QVERIFY2(reason.contains(QStringLiteral("\"I\"")), qPrintable(reason));
        QVERIFY(normalizePersonName(QStringLiteral("Иванов2"), &reason).isEmpty());
        QVERIFY(normalizePersonName(QStringLiteral("-Иванов"), &reason).isEmpty());
        QVERIFY(normalizePersonName(QStringLiteral("Иванов--Петров"), &reason).isEmpty());
        QVERIFY(normalizePersonName(QStringLiteral("   "), &reason).isEmpty());
        QVERIFY(normalizePersonName(QString(121, QChar(0x0430)), &reason).isEmpty());
        QVERIFY(reason.contains(QStringLiteral("120")));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
