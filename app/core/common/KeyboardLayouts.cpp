#include "KeyboardLayouts.h"

namespace kense {

namespace {

// Each Cyrillic letter over the US key that types it (the same position in both strings). The Russian letter rows
// and «ё» on the backquote; then the Kazakh layout's digit row.
const QString cyrillic = QStringLiteral("йцукенгшщзхъфывапролджэячсмитьбюё"
                                        "әіңғүұқөһ");
const QString us = QStringLiteral("qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
                                  "234589"
                                  "0-=");

} // namespace

QString KeyboardLayouts::lettersOnKey(QChar usKey)
{
    const QChar key = usKey.toLower();
    QString letters;
    for (qsizetype i = 0; i < us.size(); ++i) {
        if (us.at(i) == key)
            letters += cyrillic.at(i);
    }
    return letters;
}

QChar KeyboardLayouts::usKeyOf(QChar letter)
{
    const qsizetype i = cyrillic.indexOf(letter.toLower());
    return i < 0 ? QChar() : us.at(i);
}

} // namespace kense
