// Request numbers: what the desk prints as a Code 128 barcode and what a scanner or a search may type back.
#include "intake/RequestNumber.h"
#include "intake/ScannerKeys.h"

#include <QRegularExpression>
#include <QTest>

using namespace kense;

class TestRequestNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_isOfficeDeskYearAndSixDigitSequence_data()
    {
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("desk");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("number");
        QTest::newRow("the header's example") << "KZOTSON01"
                                              << "2" << 2026 << 123 << "KZOTSON01-2-2026-000123";
        QTest::newRow("first of the year") << "KZOEDU01"
                                           << "1" << 2027 << 1 << "KZOEDU01-1-2027-000001";
        QTest::newRow("last the format holds") << "KZOEDU01"
                                               << "1" << 2027 << 999999 << "KZOEDU01-1-2027-999999";
        QTest::newRow("shortest codes") << "K1"
                                        << "A" << 2026 << 42 << "K1-A-2026-000042";
        QTest::newRow("longest codes") << "ABCDEFGHIJ12"
                                       << "DESK01" << 2026 << 42 << "ABCDEFGHIJ12-DESK01-2026-000042";
    }

    void format_isOfficeDeskYearAndSixDigitSequence()
    {
        QFETCH(QString, office);
        QFETCH(QString, desk);
        QFETCH(int, year);
        QFETCH(int, sequence);
        QFETCH(QString, number);
        QVERIFY(isValidOfficeCode(office));
        QVERIFY(isValidDeskCode(desk));
        const QString formatted = formatRequestNumber(office, desk, year, sequence);
        QCOMPARE(formatted, number);
        // Round trip: what the desk formats is what the scanner's text is recognised as.
        QVERIFY(isRequestNumber(formatted));
        QVERIFY(isRequestNumberPrefix(formatted));
        // ASCII only, so that Code 128 can carry it.
        for (QChar c : formatted)
            QVERIFY2(c.unicode() < 128 && c.isPrint(), qPrintable(formatted));
    }

    void sequenceOrYearOutsideTheFormat_isNotARequestNumber_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sequence");
        QTest::newRow("sequence overflow") << 2026 << 1000000;
        QTest::newRow("negative sequence") << 2026 << -1;
        QTest::newRow("three-digit year") << 999 << 1;
        QTest::newRow("five-digit year") << 10000 << 1;
    }

    void sequenceOrYearOutsideTheFormat_isNotARequestNumber()
    {
        QFETCH(int, year);
        QFETCH(int, sequence);
        // formatRequestNumber does not refuse them; the number it makes is then not recognised.
        const QString formatted = formatRequestNumber(QStringLiteral("KZOEDU01"), QStringLiteral("1"), year, sequence);
        QVERIFY2(!isRequestNumber(formatted), qPrintable(formatted));
    }

    void malformedNumber_isRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("office of one character") << "K-1-2026-000123";
        QTest::newRow("office of 13 characters") << "ABCDEFGHIJ123-1-2026-000123";
        QTest::newRow("no desk") << "KZOEDU01--2026-000123";
        QTest::newRow("desk of 7 characters") << "KZOEDU01-DESK001-2026-000123";
        QTest::newRow("lower case") << "kzoedu01-1-2026-000123";
        QTest::newRow("Cyrillic К and О") << "КZОEDU01-1-2026-000123";
        QTest::newRow("fullwidth digits") << "KZOEDU01-1-２０２６-000123";
        QTest::newRow("Arabic-Indic digits") << "KZOEDU01-1-2026-٠٠٠١٢٣";
        QTest::newRow("letter in the year") << "KZOEDU01-1-2O26-000123";
        QTest::newRow("letter in the sequence") << "KZOEDU01-1-2026-OOO123";
        QTest::newRow("five-digit sequence") << "KZOEDU01-1-2026-00123";
        QTest::newRow("seven-digit sequence") << "KZOEDU01-1-2026-0000123";
        QTest::newRow("no sequence") << "KZOEDU01-1-2026";
        QTest::newRow("a part too many") << "KZOEDU01-1-2-2026-000123";
        QTest::newRow("underscores") << "KZOEDU01_1_2026_000123";
        QTest::newRow("spaces between") << "KZOEDU01 1 2026 000123";
        QTest::newRow("leading space") << " KZOEDU01-1-2026-000123";
        QTest::newRow("trailing space") << "KZOEDU01-1-2026-000123 ";
    }

    void malformedNumber_isRejected()
    {
        QFETCH(QString, text);
        QVERIFY(!isRequestNumber(text));
    }

    void resultNumbers_areNumberedApartFromRequests()
    {
        QCOMPARE(formatResultNumber(QStringLiteral("KZOEDU01"), QStringLiteral("1"), 2026, 1),
                 QStringLiteral("KZOEDU01-1-2026-D00001"));
        QVERIFY(!isRequestNumber(formatResultNumber(QStringLiteral("KZOEDU01"), QStringLiteral("1"), 2026, 1)));
        QCOMPARE(officeOfResultNumber(QStringLiteral("KZOEDU01-1-2026-D00001")), QStringLiteral("KZOEDU01"));
        QCOMPARE(officeOfResultNumber(QStringLiteral("KZOEDU01-1-2026-000001")), QString()); // a request's number
        QCOMPARE(officeOfResultNumber(QStringLiteral("KZOEDU01-1-2026-D00001\n")), QString());
    }

    void numberFollowedByANewline_isRejected()
    {
        // A scanner's Enter must not make a number of the text before it: the patterns end with \z, not `$` (which
        // also matches before a final "\n").
        QVERIFY(!isRequestNumber(QStringLiteral("KZOEDU01-1-2026-000123\n")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("KZOEDU01\n")));
        QVERIFY(!isValidDeskCode(QStringLiteral("1\n")));
        QVERIFY(isRequestNumber(QStringLiteral("KZOEDU01-1-2026-000123")));
        QVERIFY(mayBecomeRequestNumber(QStringLiteral("KZOEDU01-1-20")));
    }

    void everyStartOfANumberWithADigit_isAPrefix()
    {
        const QString number = formatRequestNumber(QStringLiteral("KZOEDU01"), QStringLiteral("1"), 2026, 123);
        for (qsizetype n = 1; n <= number.size(); ++n) {
            const QString start = number.left(n);
            const bool hasDigit = start.contains(QRegularExpression(QStringLiteral("[0-9]")));
            QCOMPARE(isRequestNumberPrefix(start), n >= 2 && hasDigit);
        }
    }

    void prefix_isNeverAName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prefix");
        QTest::newRow("office code") << "KZOEDU01" << true;
        QTest::newRow("two digits") << "12" << true;
        QTest::newRow("one character") << "1" << false;
        QTest::newRow("capitals without a digit") << "KZOEDU" << false;
        QTest::newRow("Kazakh surname") << "ӘЛИЯ" << false;
        QTest::newRow("Russian surname with a digit") << "ИВАНОВ1" << false;
        QTest::newRow("lower case") << "kzoedu01" << false;
        QTest::newRow("first part of 13 characters") << "ABCDEFGHIJ123" << false;
        QTest::newRow("starts with a hyphen") << "-1-2026" << false;
        QTest::newRow("inner space") << "KZOEDU01 1" << false;
    }

    void prefix_isNeverAName()
    {
        QFETCH(QString, text);
        QFETCH(bool, prefix);
        QCOMPARE(isRequestNumberPrefix(text), prefix);
    }

    /// A scanner presses the keys of the number; with the Russian or Kazakh layout on they type Cyrillic, and the
    /// keys are read back as the number.
    void scannerKeys_underRussianAndKazakhLayouts_readAsTheNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("English") << "KZOEDU01-1-2026-000042";
        QTest::newRow("Russian") << "ЛЯЩУВГ01-1-2026-000042";
        QTest::newRow("Kazakh") << "ЛЯЩУВГқ\"ө\"өәқә,өққққңә";
        QTest::newRow("Russian, lower case") << "лящувг01-1-2026-000042";
    }
    void scannerKeys_underRussianAndKazakhLayouts_readAsTheNumber()
    {
        QFETCH(QString, typed);
        QString read;
        for (QChar c : typed)
            read += scannerKeyToAscii(c);
        QCOMPARE(read.toUpper(), QStringLiteral("KZOEDU01-1-2026-000042"));
        QVERIFY(isRequestNumber(read.toUpper()));
        QVERIFY(scannerKeyToAscii(QChar(0x263A)).isNull()); // ☺ is no key of a number
    }

    void officeAndDeskCodes_haveTheirLengthsAndAlphabet()
    {
        QVERIFY(isValidOfficeCode(QStringLiteral("KZ")));
        QVERIFY(isValidOfficeCode(QStringLiteral("ABCDEFGHIJ12")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("K")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("ABCDEFGHIJ123")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("KZO-EDU")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("kzoedu01")));
        QVERIFY(!isValidOfficeCode(QStringLiteral("КZО01"))); // Cyrillic К, О
        QVERIFY(isValidDeskCode(QStringLiteral("1")));
        QVERIFY(isValidDeskCode(QStringLiteral("DESK01")));
        QVERIFY(!isValidDeskCode(QString()));
        QVERIFY(!isValidDeskCode(QStringLiteral("DESK001")));
        QVERIFY(!isValidDeskCode(QStringLiteral("d1")));
    }

    void officeCodeFromDirectoryId_keepsLatinLettersAndDigits()
    {
        QCOMPARE(officeCodeFromDirectoryId(QStringLiteral("kzo-tson-01")), QStringLiteral("KZOTSON01"));
        QCOMPARE(officeCodeFromDirectoryId(QStringLiteral("кзо-edu-01")), QStringLiteral("EDU01")); // Cyrillic dropped
        QCOMPARE(officeCodeFromDirectoryId(QStringLiteral("kzo-almaty-school-0001")), QStringLiteral("KZOALMATYSCH"));
        QVERIFY(isValidOfficeCode(officeCodeFromDirectoryId(QStringLiteral("kzo-almaty-school-0001"))));
        QCOMPARE(officeCodeFromDirectoryId(QStringLiteral("--")), QString());
    }
};

QTEST_GUILESS_MAIN(TestRequestNumber)
#include "tst_requestnumber.moc"
