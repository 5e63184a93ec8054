#include "gui/ScannerInput.h"

#include "intake/RequestNumber.h"
#include "intake/ScannerKeys.h"

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
    if (m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() > m_maxGapMs) {
        m_buffer.clear(); // too slow: a person typing
        m_typed.clear();
    }
    m_sinceLastKey.restart();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString number = m_buffer.toUpper();
        const QString typed = m_typed;
        m_buffer.clear();
        m_typed.clear();
        if (isRequestNumber(number)) {
            Q_EMIT scanned(number, typed);
            return true;
        }
        return false;
    }
    // With the Russian or Kazakh layout on, the scanner's keys type Cyrillic: read them as the keys they are.
    const QString text = key->text();
    const QChar ascii = text.size() == 1 ? scannerKeyToAscii(text.at(0)) : QChar();
    if (!ascii.isNull() && ascii.isPrint()) {
        m_buffer += ascii;
        m_typed += text;
    } else if (key->key() != Qt::Key_Shift) {
        m_buffer.clear();
        m_typed.clear();
    }
    return false;
}

} // namespace kense
