#include "gui/MainToolBar.h"

#include "gui/common/MenuText.h"

#include <QAction>
#include <QIcon>

namespace kense {

namespace {

/// What QAction::toolTip() answers for an action given no tooltip of its own (Qt keeps «…», drops "...").
QString defaultToolTip(const QAction* action)
{
    QString text = action->text();
    text.remove(QStringLiteral("..."));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // "&&" leaves one '&', as a menu shows it
    }
    return text.trimmed();
}

/// The menu's text without its mnemonic and its «…», as a button shows it.
QString buttonText(const QAction* action)
{
    return withoutMnemonic(action->text());
}

} // namespace

void MainToolBar::useBundledIcons()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons")))
        QIcon::setThemeSearchPaths(paths << QStringLiteral(":/icons"));
    QIcon::setFallbackThemeName(QStringLiteral("kense"));
    if (QIcon::themeName().isEmpty()) // no desktop theme at all (Windows, a bare X session): ours is the theme
        QIcon::setThemeName(QStringLiteral("kense"));
}

MainToolBar::MainToolBar(const QList<Item>& items, QWidget* parent)
    : QToolBar(parent)
{
    static const bool bundled = (useBundledIcons(), true);
    Q_UNUSED(bundled)
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setIconSize(QSize(24, 24));
    for (const Item& item : items) {
        if (!item.action) {
            addSeparator();
            continue;
        }
        item.action->setIcon(QIcon::fromTheme(QString::fromLatin1(item.icon)));
        m_ownToolTip.insert(item.action, item.action->toolTip() != defaultToolTip(item.action));
        addAction(item.action);
    }
    retranslate();
}

void MainToolBar::retranslate()
{
    setWindowTitle(tr("Toolbar"));
    for (QAction* action : actions()) {
        if (action->isSeparator())
            continue;
        const QString text = buttonText(action);
        action->setIconText(text);
        // retranslateUi sets a form's own tooltip again; one the form does not give is the button's text.
        const QString tip = m_ownToolTip.value(action) ? action->toolTip() : text;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        const QString suffix = QStringLiteral(" (%1)").arg(key);
        action->setToolTip(key.isEmpty() || tip.endsWith(suffix) ? tip : tip + suffix);
    }
}

} // namespace kense
