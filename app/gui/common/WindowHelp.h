#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QWidget;

namespace kense {

/// The windows that have a help of their own (F1).
enum class HelpTopic
{
    Journal,
    Intake,
    Card,
    CourierRegisters,
    WaitingLists,
    Reports,
    Administration,
    Preview
};

/// F1 on a window opens its short help (issue 15, item 6): what the window is for, in the interface's language,
/// and its keys. The keys are read from the window itself when F1 is pressed — its actions' shortcuts, the
/// underlined letters of its menus, buttons, tabs and fields — so the list is the window's own, in whatever
/// language it speaks now, and a letter two of them share shows twice.
class WindowHelp
{
public:
    /// Makes F1 on `window` (and on anything in it) open the help of `topic`.
    static void install(QWidget* window, HelpTopic topic);
    /// Opens the help of `topic` over `window` (the dialog is named "helpDialog", its text "helpText").
    static void show(QWidget* window, HelpTopic topic);
    /// What the window is for, in a few sentences.
    static QString about(HelpTopic topic);
    /// The window's keys as (key, what it does), in the order the window has them.
    static QList<QPair<QString, QString>> keysOf(const QWidget* window);
};

} // namespace kense
