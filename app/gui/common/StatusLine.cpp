#include "gui/common/StatusLine.h"

#include <QLabel>

namespace kense {

QString asSentence(const QString& text)
{
    QString out = text;
    if (!out.isEmpty() && out.front().isLower())
        out.front() = out.front().toUpper();
    return out;
}

void showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(asSentence(text));
    label->setProperty("error", error);
    label->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
}

} // namespace kense
