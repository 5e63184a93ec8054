#include "gui/common/LatinMnemonics.h"

#include "common/KeyboardLayouts.h"
#include "gui/common/MenuText.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace kense {

namespace {

/// The character a US layout types on the key of `event` (lower case), or a null QChar for another key.
QChar usKeyOf(const QKeyEvent* event)
{
    const int k = event->key();
    if (k >= Qt::Key_A && k <= Qt::Key_Z)
        return QChar(u'a' + (k - Qt::Key_A));
    if (k >= Qt::Key_0 && k <= Qt::Key_9)
        return QChar(u'0' + (k - Qt::Key_0));
    switch (k) {
    case Qt::Key_BracketLeft:
        return u'[';
    case Qt::Key_BracketRight:
        return u']';
    case Qt::Key_Semicolon:
        return u';';
    case Qt::Key_Apostrophe:
        return u'\'';
    case Qt::Key_Comma:
        return u',';
    case Qt::Key_Period:
        return u'.';
    case Qt::Key_QuoteLeft:
        return u'`';
    case Qt::Key_Minus:
        return u'-';
    case Qt::Key_Equal:
        return u'=';
    default:
        return {};
    }
}

/// Does for the first widget of `window` underlined with one of `letters` what its mnemonic does.
bool activate(QWidget* window, const QString& letters)
{
    const auto matches = [&letters](const QString& text) {
        const QChar m = mnemonicLetter(text);
        return !m.isNull() && letters.contains(m);
    };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (!bar->isVisible())
            continue;
        for (QAction* menu : bar->actions()) {
            if (menu->isVisible() && menu->isEnabled() && matches(menu->text())) {
                bar->setActiveAction(menu);
                return true;
            }
        }
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled())
            continue; // another window's (a dialog over this one), hidden or greyed
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && matches(button->text())) {
            button->setFocus(Qt::ShortcutFocusReason);
            button->animateClick();
            return true;
        }
        if (auto* label = qobject_cast<QLabel*>(w);
            label && label->buddy() && label->buddy()->isEnabled() && matches(label->text())) {
            label->buddy()->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i) && matches(tabs->tabText(i))) {
                    tabs->setCurrentIndex(i);
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

void LatinMnemonics::install()
{
    static LatinMnemonics* installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new LatinMnemonics;
    installed->setParent(qApp); // goes with the application
    qApp->installEventFilter(installed);
}

bool LatinMnemonics::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || m_resending)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    auto* key = static_cast<QKeyEvent*>(event);
    const QChar us = widget ? usKeyOf(key) : QChar();
    if (us.isNull())
        return false; // a key a Cyrillic layout types a letter on is a Latin one here: nothing else is ours
    const QString letters = KeyboardLayouts::lettersOnKey(us);
    if (letters.isEmpty())
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (qobject_cast<QMenu*>(widget) || qobject_cast<QMenuBar*>(widget)) {
        // In an open menu the key alone picks an item: sent again as the letter the Cyrillic layout has there,
        // unless an item is underlined with the Latin letter itself.
        if (modifiers & ~Qt::ShiftModifier)
            return false;
        QChar letter;
        for (const QAction* a : widget->actions()) {
            const QChar m = mnemonicLetter(a->text());
            if (m == us)
                return false;
            if (!m.isNull() && letters.contains(m) && letter.isNull())
                letter = m;
        }
        if (letter.isNull())
            return false;
        QKeyEvent again(QEvent::KeyPress, key->key(), key->modifiers(), QString(letter));
        m_resending = true;
        QCoreApplication::sendEvent(widget, &again);
        m_resending = false;
        return true;
    }
    if (modifiers != Qt::AltModifier || !widget->window()->isActiveWindow())
        return false;
    return activate(widget->window(), letters);
}

} // namespace kense
