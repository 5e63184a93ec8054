#include "gui/ScannerInput.h"

#include "intake/RequestNumber.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace kense {

ScannerInput::ScannerInput(QWidget* window, int maxGapMs)
    : QObject(window)
    , m_window(window)
    , m_maxGapMs(maxGapMs)
{
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    qApp->removeEventFilter(this);
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_window)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() > m_maxGapMs)
        m_buffer.clear(); // too slow: a person typing
    m_sinceLastKey.restart();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString number = m_buffer.toUpper();
        m_buffer.clear();
        if (isRequestNumber(number)) {
            Q_EMIT scanned(number);
            return true;
        }
        return false;
    }
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0).isPrint())
        m_buffer += text;
    else if (key->key() != Qt::Key_Shift)
        m_buffer.clear();
    return false;
}

} // namespace kense
