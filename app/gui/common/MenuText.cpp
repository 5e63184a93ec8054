#include "gui/common/MenuText.h"

namespace kense {

QString withoutMnemonic(const QString& text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == QLatin1Char('&'))
            out.remove(i, 1); // "&&" leaves one '&', as a menu shows it
    }
    return out.remove(QChar(0x2026)).remove(QStringLiteral("...")).trimmed();
}

QChar mnemonicLetter(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

} // namespace kense
