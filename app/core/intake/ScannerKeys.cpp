#include "ScannerKeys.h"

#include <QString>

namespace kense {

QChar scannerKeyToAscii(QChar typed)
{
    // The Kazakh layout's 1, 6 and 7 type a quotation mark, a comma and a full stop, which a request number never
    // has: they are the digits.
    if (typed == QLatin1Char('"'))
        return QLatin1Char('1');
    if (typed == QLatin1Char(','))
        return QLatin1Char('6');
    if (typed == QLatin1Char('.'))
        return QLatin1Char('7');
    if (typed.unicode() < 128)
        return typed;
    // The letter rows of ЙЦУКЕН (Russian and Kazakh layouts alike) over QWERTY, lower case; upper case maps too.
    static const QString cyrillic = QStringLiteral("йцукенгшщзфывапролдячсмить");
    static const QString latin = QStringLiteral("qwertyuiopasdfghjklzxcvbnm");
    // The Kazakh layout's digit row: 2–5, 8–0, minus and equals type Kazakh letters.
    static const QString kazakhDigits = QStringLiteral("әіңғүұқөһ");
    static const QString digits = QStringLiteral("234589"
                                                 "0-=");
    const QChar lower = typed.toLower();
    if (const qsizetype i = cyrillic.indexOf(lower); i >= 0)
        return typed.isUpper() ? latin.at(i).toUpper() : latin.at(i);
    if (const qsizetype i = kazakhDigits.indexOf(lower); i >= 0)
        return digits.at(i);
    return {};
}

QString scannerTextToAscii(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        const QChar ascii = scannerKeyToAscii(c);
        out += ascii.isNull() ? c : ascii;
    }
    return out;
}

} // namespace kense
