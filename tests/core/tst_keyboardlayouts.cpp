// The Russian and Kazakh layouts' letters over a US keyboard (issue 15, item 7), against the layouts as X11's
// xkeyboard-config and Windows have them.
#include "common/KeyboardLayouts.h"

#include <QTest>

using namespace kense;

class TestKeyboardLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLetterHasItsKey()
    {
        // «Файл» (A), «Жабу» (;), «Басу» (,), «Ә» (2), «Қ» (0), «Ө» (-), «Һ» (=), «Х» ([), «Ъ» (]), «Э» ('), «Ё» (`)
        const QList<std::pair<QChar, QChar>> pairs = {
            {u'ф', u'a'},  {u'Ф', u'a'}, {u'ж', u';'}, {u'Ж', u';'}, {u'б', u','}, {u'ю', u'.'},
            {u'ә', u'2'},  {u'і', u'3'}, {u'ң', u'4'}, {u'ғ', u'5'}, {u'ү', u'8'}, {u'ұ', u'9'},
            {u'қ', u'0'},  {u'Қ', u'0'}, {u'ө', u'-'}, {u'һ', u'='}, {u'х', u'['}, {u'ъ', u']'},
            {u'э', u'\''}, {u'ё', u'`'}, {u'й', u'q'}, {u'я', u'z'}, {u'т', u'n'}, {u'ь', u'm'}};
        for (const auto& [letter, key] : pairs)
            QCOMPARE(KeyboardLayouts::usKeyOf(letter), key);
        // Not on a Cyrillic layout's key: Latin letters, digits, what no layout here types.
        for (const QChar c : {u'a', u'F', u'1', u'ë', u'ў'})
            QVERIFY2(KeyboardLayouts::usKeyOf(c).isNull(), qPrintable(QString(c)));
    }

    void eachKeyHasItsLetters()
    {
        QCOMPARE(KeyboardLayouts::lettersOnKey(u'a'), u"ф"_qs);
        QCOMPARE(KeyboardLayouts::lettersOnKey(u'A'), u"ф"_qs);
        QCOMPARE(KeyboardLayouts::lettersOnKey(u';'), u"ж"_qs);
        QCOMPARE(KeyboardLayouts::lettersOnKey(u'0'), u"қ"_qs);
        QVERIFY(KeyboardLayouts::lettersOnKey(u'1').isEmpty()); // a digit in both layouts («"» in the Kazakh one)
        QVERIFY(KeyboardLayouts::lettersOnKey(u'ф').isEmpty());
        // Every letter of both alphabets is on exactly one key.
        const QString alphabets = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһ"_qs;
        for (const QChar letter : alphabets) {
            const QChar key = KeyboardLayouts::usKeyOf(letter);
            QVERIFY2(!key.isNull(), qPrintable(QString(letter)));
            QVERIFY2(KeyboardLayouts::lettersOnKey(key).contains(letter), qPrintable(QString(letter)));
        }
    }
};

QTEST_APPLESS_MAIN(TestKeyboardLayouts)
#include "tst_keyboardlayouts.moc"
