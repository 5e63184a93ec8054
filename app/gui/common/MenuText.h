#pragma once

#include <QChar>
#include <QString>

namespace kense {

/// A menu's, button's or label's text as it reads: without the '&' of its underlined letter («&&» is one '&'),
/// without a trailing «…» or "...", trimmed. «&Жаңа өтініш…» → «Жаңа өтініш».
QString withoutMnemonic(const QString& text);

/// The underlined letter of such a text, lower case («&Жабу» → «ж»); a null QChar when there is none.
QChar mnemonicLetter(const QString& text);

} // namespace kense
