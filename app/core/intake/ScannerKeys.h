#pragma once

#include <QChar>
#include <QString>

namespace kense {

/// What a barcode scanner meant by a character it typed. A scanner is a keyboard: it presses the keys of the
/// request number, and with the Russian or Kazakh layout switched on those keys type Cyrillic letters (K Z O … →
/// Л Я Щ …) and, in the Kazakh layout, Kazakh letters and punctuation on the digit row (0 → Қ, - → Ө, 1 → "). This
/// gives back the ASCII character of the key on a US layout (the quotation mark, comma and full stop as the Kazakh
/// layout's 1, 6 and 7: a request number has none of them); other ASCII comes back unchanged; anything else is a
/// null QChar.
QChar scannerKeyToAscii(QChar typed);

/// The same for a whole scanned text (a scan field's contents); a character that is no key of a request number
/// stays as it was, so that the text is refused with what was actually typed.
QString scannerTextToAscii(const QString& typed);

} // namespace kense
