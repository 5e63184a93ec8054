#pragma once

#include <QString>

class QLabel;

namespace kense {

/// `text` as a sentence a clerk reads: its first letter a capital. The store's and the core's reasons are written to
/// be composed («Not saved: the login …», `kensectl: the user needs a name`) and begin in lower case; shown alone
/// in a window, they read as a sentence.
QString asSentence(const QString& text);

/// Shows `text` (as a sentence) on a dialog's status line. An error is said in bold red and marked with the property
/// "error" = true (what tests read); anything else in the ordinary style.
void showStatus(QLabel* label, const QString& text, bool error);

} // namespace kense
