#include "gui/ScannerInput.h"

#include "intake/RequestNumber.h"
#include "intake/ScannerKeys.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace kense {

namespace {

constexpr const char* kReadsScans = "kenseReadsScansItself";

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

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

void ScannerInput::readsScansItself(QWidget* window)
{
    window->setProperty(kReadsScans, true);
}

bool ScannerInput::watches(const QWidget* widget) const
{
    for (const QWidget* w = widget->window(); w; w = w->parentWidget() ? w->parentWidget()->window() : nullptr) {
        if (w->property(kReadsScans).toBool())
            return false;
        if (w == m_window)
            return true;
    }
    return false;
}

bool ScannerInput::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_window)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return false;
    const bool passedToParent = event == m_lastEvent && m_lastWidget && m_lastWidget->parentWidget() == widget;
    m_lastEvent = event;
    m_lastWidget = widget;
    if (passedToParent || !watches(widget))
        return false;
    return onKeyPress(widget, static_cast<QKeyEvent*>(event));
}

bool ScannerInput::onKeyPress(QWidget* widget, const QKeyEvent* key)
{
    const bool fast = m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() <= m_maxGapMs;
    m_sinceLastKey.restart();
    if (isEnter(key)) {
        const QString number = m_buffer;
        m_buffer.clear();
        if (fast && isRequestNumber(number)) {
            restore();
            Q_EMIT scanned(number);
            return true; // the Enter of a scan presses nothing
        }
        m_before = Before{};
        return false;
    }
    if (key->key() == Qt::Key_Shift)
        return false;
    // With the Russian or Kazakh layout on, the scanner's keys type Cyrillic: read them as the keys they are.
    const QString text = key->text();
    const QChar ascii = text.size() == 1 && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                            ? scannerKeyToAscii(text.at(0)).toUpper()
                            : QChar();
    if (ascii.isNull() || !ascii.isPrint()) {
        m_buffer.clear();
        m_before = Before{};
    } else if (fast && !m_buffer.isEmpty() && m_before.widget == widget && mayBecomeRequestNumber(m_buffer + ascii)) {
        m_buffer += ascii;
    } else {
        startBurst(widget, ascii); // a pause, another widget, or not a number's shape: a scan may begin here
    }
    return false;
}

void ScannerInput::startBurst(QWidget* widget, QChar ascii)
{
    m_buffer = mayBecomeRequestNumber(QString(ascii)) ? QString(ascii) : QString();
    m_before = Before{widget, {}, -1};
    if (m_buffer.isEmpty())
        return;
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        m_before.value = edit->text();
        m_before.cursor = edit->cursorPosition();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        m_before.value = plain->toPlainText();
        m_before.cursor = plain->textCursor().position();
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        m_before.value = combo->currentIndex();
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        m_before.value = QVariant::fromValue(QPersistentModelIndex(view->currentIndex()));
    }
}

void ScannerInput::restore()
{
    QWidget* widget = m_before.widget;
    const Before before = std::exchange(m_before, Before{});
    if (!widget || !before.value.isValid())
        return;
    if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        if (edit->text() != before.value.toString())
            edit->setText(before.value.toString());
        edit->setCursorPosition(before.cursor);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        if (plain->toPlainText() != before.value.toString()) {
            plain->setPlainText(before.value.toString());
            QTextCursor c = plain->textCursor();
            c.setPosition(before.cursor);
            plain->setTextCursor(c);
        }
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        combo->setCurrentIndex(before.value.toInt());
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        const auto index = before.value.value<QPersistentModelIndex>();
        if (index.isValid())
            view->setCurrentIndex(index);
    }
}

} // namespace kense
