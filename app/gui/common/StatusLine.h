#pragma once

#include <QString>

class QLabel;

namespace kense {

/// Shows `text` on a dialog's status line. An error is said in bold red and marked with the property
/// "error" = true (what tests read); anything else in the ordinary style.
void showStatus(QLabel* label, const QString& text, bool error);

} // namespace kense
