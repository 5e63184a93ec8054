#pragma once

// The underlined letters a window offers, and the ones two of its items share (then Alt+letter only moves between
// them and does nothing).
#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace kense::test {

/// The underlined letter of a menu's, a button's or a label's text (none: a null QChar).
inline QChar underlinedIn(const QString& text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'&', at + 2)) {
        if (text.at(at + 1) != u'&')
            return text.at(at + 1);
    }
    return {};
}

/// "where: letter — text | text" for every underlined letter two of `texts` share.
inline QStringList clashes(const QString& where, const QStringList& texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString& t : texts) {
        const QChar m = underlinedIn(t).toLower();
        if (!m.isNull())
            byLetter.insert(m, t);
    }
    QStringList out;
    for (const QChar m : byLetter.uniqueKeys()) {
        if (byLetter.count(m) > 1)
            out << QStringLiteral("%1: %2 — %3").arg(where, QString(m), QStringList(byLetter.values(m)).join(u" | "));
    }
    return out;
}

/// The texts with an underlined letter that `within` shows as part of `window`: buttons, labels that give a field
/// the focus, group boxes' titles and tabs; what is hidden within `window` does not count.
inline QStringList lettersShown(QWidget* window, QWidget* within)
{
    QStringList texts;
    const auto shown = [&](QWidget* w) {
        return w->isVisibleTo(window) && (w == within || within->isAncestorOf(w));
    };
    for (QAbstractButton* b : within->findChildren<QAbstractButton*>()) {
        if (shown(b))
            texts << b->text();
    }
    for (QLabel* l : within->findChildren<QLabel*>()) {
        if (l->buddy() && shown(l))
            texts << l->text();
    }
    for (QGroupBox* g : within->findChildren<QGroupBox*>()) {
        if (shown(g))
            texts << g->title();
    }
    for (QTabWidget* tabs : within->findChildren<QTabWidget*>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                texts << tabs->tabText(i);
        }
    }
    return texts;
}

} // namespace kense::test
