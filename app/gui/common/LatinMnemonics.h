#pragma once

#include <QObject>

namespace kense {

/// Underlined letters that work under any keyboard layout (issue 15, item 7). Qt finds Alt+Ж only when the key
/// types «Ж»: with the US layout on, the same key types ';', and a Kazakh or Russian window's «&Жабу» was out of
/// reach (an English window's Alt+F works under any layout already: Qt tries the Latin letter of the key too).
/// Installed once on the application, this takes an Alt+key that no shortcut took, looks in the active window for
/// a visible, enabled widget underlined with a letter the Russian or Kazakh layout has on that key
/// (core's KeyboardLayouts), and does what Qt does for it: a button is clicked, a field's label gives the field
/// the focus, a tab is shown, a menu opens. In an open menu (or the menu bar after Alt), the key alone picks the
/// item underlined with its letter. A Latin underline on the same key, when there is one, keeps the key.
class LatinMnemonics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatinMnemonics)

public:
    /// Installs the filter on the application; a second call changes nothing.
    static void install();

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LatinMnemonics() = default;
    bool m_resending = false; ///< a menu's key is being sent again with its Cyrillic letter
};

} // namespace kense
