#include "gui/common/StatusLine.h"

#include <QLabel>

namespace kense {

void showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setProperty("error", error);
    label->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
}

} // namespace kense
