#pragma once

#include <QHash>
#include <QToolBar>

namespace kense {

/// The main window's toolbar: the acts a clerk does all day, each the menu's own QAction (so it is enabled, hidden
/// and translated with the menu). An icon comes from the desktop's theme, or from the bundled fallback theme
/// (resources/icons) where that has none; the tooltip names the shortcut, in the interface's language.
class MainToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainToolBar)

public:
    struct Item
    {
        QAction* action = nullptr;  ///< null: a separator
        const char* icon = nullptr; ///< the freedesktop.org icon name
    };

    explicit MainToolBar(const QList<Item>& items, QWidget* parent = nullptr);

    /// Makes the bundled icons Qt's fallback theme (the first toolbar does it; more calls change nothing).
    static void useBundledIcons();

    /// Sets the buttons' texts and tooltips again after the window's retranslateUi.
    void retranslate();

private:
    QHash<QAction*, bool> m_ownToolTip; ///< the form gives the action a tooltip of its own (kept, shortcut added)
};

} // namespace kense
