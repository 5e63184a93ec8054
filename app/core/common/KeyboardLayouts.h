#pragma once

#include <QChar>
#include <QString>

namespace kense {

/// Where the letters of the Russian (ЙЦУКЕН) and the Kazakh keyboard layouts sit on a US (QWERTY) keyboard: the
/// desks switch between them, and a key pressed under one layout must still find what a window underlined under
/// another (issue 15, item 7: Alt + the key of «Ж» opens «&Жабу» whatever layout is on). The letter rows are the
/// same in both layouts; the Kazakh layout has its letters Ә І Ң Ғ Ү Ұ Қ Ө Һ on the digit row (2–5, 8–0, - and =).
class KeyboardLayouts
{
public:
    /// The Cyrillic letters (lower case) the key that types `usKey` on a US layout types under the Russian or the
    /// Kazakh layout: «ф» for 'a' (or 'A'), «ж» for ';', «ә» for '2', «х» for '['; empty for any other key.
    static QString lettersOnKey(QChar usKey);
    /// The US layout's character (lower case) on the key that types the Russian or Kazakh `letter`, any case:
    /// 'a' for «Ф», ';' for «ж», '2' for «ә»; a null QChar for a letter on no such key (a Latin letter included).
    static QChar usKeyOf(QChar letter);
};

} // namespace kense
