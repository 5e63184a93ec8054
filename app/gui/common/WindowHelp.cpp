#include "gui/common/WindowHelp.h"

#include "gui/common/MenuText.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kense {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::WindowHelp)
};

/// A text as it reads (withoutMnemonic), and a wizard's «< Back» and «Next >» without their arrows.
QString plain(const QString& text)
{
    QString out = withoutMnemonic(text);
    if (out.startsWith(QLatin1String("< ")))
        out.remove(0, 2);
    if (out.endsWith(QLatin1String(" >")))
        out.chop(2);
    return out;
}

QString keyText(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

QString WindowHelp::about(HelpTopic topic)
{
    switch (topic) {
    case HelpTopic::Journal:
        return Tr::tr("The journal lists this desk's requests, the newest first. Find one by its number, the "
                      "applicant's IIN or name; narrow the list with the filters; open a request's card with Enter "
                      "or a double click. A number read by the barcode scanner opens its card from any window.");
    case HelpTopic::Intake:
        return Tr::tr("Taking an application, page by page: the service, the applicant (start with the IIN; one "
                      "this desk knows offers the data of its last request), the subject of the service, the "
                      "documents of the package and the summary. Nothing is saved before the last button: it "
                      "registers the request and prints the receipt or, with a required document missing, refuses "
                      "it and prints the refusal receipt.");
    case HelpTopic::Card:
        return Tr::tr("The card of one request: its data, documents, steps and due dates, history and result. The "
                      "buttons at the bottom are the moves its state allows you; a move asks for a note or reasons "
                      "where the regulation wants them. Corrected data is saved with «Save the corrections» and "
                      "recorded in the history.");
    case HelpTopic::CourierRegisters:
        return Tr::tr("Courier registers carry applications between a ЦОН and the provider. At the ЦОН: open a "
                      "register to the provider, scan or type each package's number with its sheets, print the "
                      "register and hand it to the courier. At the provider: scan the packages of a register that "
                      "came and receive it; a number the register does not list is said.");
    case HelpTopic::WaitingLists:
        return Tr::tr("The preschool waiting lists this desk keeps, each in the order of the queue. Open a child's "
                      "card with Enter or a double click: a place is offered, answered and the direction issued "
                      "from there.");
    case HelpTopic::Reports:
        return Tr::tr("Reports over a period: choose the report and the dates, then preview and print it or save "
                      "it as CSV. A long report shows its progress and can be cancelled.");
    case HelpTopic::Administration:
        return Tr::tr("The desk's administration: its users (add one, edit the name, roles and password, disable "
                      "or enable), the office's working hours, the working calendar's days and the courier routes. "
                      "Every change is recorded under the administrator's name.");
    case HelpTopic::Preview:
        return Tr::tr("The document as it will print: look at it page by page, choose its language and the number "
                      "of copies, then print it or save it as PDF.");
    }
    return {};
}

QList<QPair<QString, QString>> WindowHelp::keysOf(const QWidget* window)
{
    QList<QPair<QString, QString>> keys;
    // The window's actions with their shortcuts (the main window's menus).
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty() && action->isEnabled() && !action->text().isEmpty())
            keys.append({keyText(action->shortcut()), plain(action->text())});
    }
    // The underlined letters: menus, buttons, tabs and the labels of fields.
    const auto underlined = [&keys](const QString& text, const QString& what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys.append({keyText(key), what});
    };
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (const QAction* menu : bar->actions()) {
            if (menu->isVisible())
                underlined(menu->text(), Tr::tr("the «%1» menu").arg(plain(menu->text())));
        }
    }
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            underlined(button->text(), plain(button->text()));
        else if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy())
            underlined(label->text(), Tr::tr("to the field «%1»").arg(plain(label->text()).remove(QLatin1Char(':'))));
        else if (const auto* tabs = qobject_cast<const QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                underlined(tabs->tabText(i), Tr::tr("the tab «%1»").arg(plain(tabs->tabText(i))));
        }
    }
    keys.append({Tr::tr("Tab, Shift+Tab"), Tr::tr("the next field, the previous one")});
    if (qobject_cast<const QDialog*>(window))
        keys.append({Tr::tr("Esc"), Tr::tr("close the window")});
    keys.append({keyText(QKeySequence(QKeySequence::HelpContents)), Tr::tr("this help")});
    return keys;
}

void WindowHelp::show(QWidget* window, HelpTopic topic)
{
    auto* dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("helpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = window->windowTitle().isEmpty() ? QCoreApplication::applicationName() : window->windowTitle();
    dialog->setWindowTitle(Tr::tr("Help: %1").arg(title));
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("helpText"));
    QString html = QStringLiteral("<p>%1</p><h4>%2</h4><table cellspacing='0' cellpadding='3'>")
                       .arg(about(topic).toHtmlEscaped(), Tr::tr("Keys").toHtmlEscaped());
    for (const auto& [key, what] : keysOf(window))
        html += QStringLiteral("<tr><td style='white-space:nowrap'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(600, 520); // within 1280 × 720 with the window's frame
    dialog->open();
}

void WindowHelp::install(QWidget* window, HelpTopic topic)
{
    auto* f1 = new QShortcut(QKeySequence(QKeySequence::HelpContents), window);
    f1->setObjectName(QStringLiteral("helpShortcut"));
    f1->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(f1, &QShortcut::activated, window, [window, topic] { show(window, topic); });
}

} // namespace kense
