// The main window's windows of their own: reports, courier registers, the preschool queue, administration and the
// printing settings — each opened from its menu entry, non-modal over the journal; and signing out, which closes them.
#include "QueueStore.h"
#include "catalog/ServiceCatalog.h"
#include "gui/MainToolBar.h"
#include "gui/MainWindow.h"
#include "gui/admin/AdministrationDialog.h"
#include "gui/common/LatinMnemonics.h"
#include "gui/common/WindowHelp.h"
#include "gui/intake/IntakeWizard.h"
#include "gui/journal/JournalModel.h"
#include "gui/printing/PrintSettingsDialog.h"
#include "gui/printing/ReportDialog.h"
#include "gui/queue/WaitingListDialog.h"
#include "gui/registers/CourierRegistersDialog.h"
#include "ui_MainWindow.h"
#include "workflow/Workflow.h"

#include <algorithm>

namespace kense {

void MainWindow::signOut()
{
    // A begun application is dropped only after asking (the wizard's own Esc): "no" keeps the user signed in.
    for (IntakeWizard* wizard : findChildren<IntakeWizard*>()) {
        if (wizard->isVisible() && !wizard->close()) // QDialog's close asks its reject(), which asks the clerk
            return;
    }
    saveLayout();
    Q_EMIT signOutRequested();
}

void MainWindow::setUpToolBar()
{
    // What this user does all day, in the order of the day; an act this desk or this user never does has no button
    // (it stays, greyed, in its menu).
    QList<MainToolBar::Item> items;
    const auto add = [&items](QAction* action, const char* icon) {
        if (action->isEnabled())
            items.append(MainToolBar::Item{action, icon});
    };
    const auto group = [&items] {
        if (!items.isEmpty() && items.last().action)
            items.append(MainToolBar::Item{});
    };
    add(m_ui->newApplicationAction, "document-new");
    add(m_ui->printAction, "document-print");
    group();
    add(m_ui->waitingAction, "appointment-soon");
    if (m_journal)
        add(m_ui->refreshAction, "view-refresh");
    group();
    add(m_ui->registersAction, "mail-send");
    add(m_ui->waitingListAction, "view-sort-ascending");
    add(m_ui->reportsAction, "x-office-spreadsheet");
    group();
    add(m_ui->syncNowAction, "network-transmit-receive");
    if (m_facts.account)
        add(m_ui->signOutAction, "system-log-out");
    if (!items.isEmpty() && !items.last().action)
        items.removeLast();
    m_toolBar = new MainToolBar(items, this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::connectWindows()
{
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    // The keys: F1's help on every window, and the underlined letters under whatever keyboard layout is on.
    connect(m_ui->helpAction, &QAction::triggered, this, [this] { WindowHelp::show(this, HelpTopic::Journal); });
    LatinMnemonics::install();
    const auto mayEver = [this](Transition t, Channel channel) {
        return m_store && m_facts.account && Workflow::mayEver(t, channel, m_facts.account->roles);
    };
    connect(m_ui->reportsAction, &QAction::triggered, this, [this] {
        auto* dialog = new ReportDialog(*m_store, m_now, m_soonUntil, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The desk's printing settings are an administrator's.
    m_ui->printSettingsAction->setEnabled(m_facts.administrator);
    // Courier registers: made by the ЦОН operator or the akim's specialist, received by the provider's канцелярия.
    m_ui->registersAction->setEnabled(mayEver(Transition::AddToCourierRegister, Channel::Tson) ||
                                      mayEver(Transition::ReceiveAtProvider, Channel::Tson) ||
                                      mayEver(Transition::AddToCourierRegister, Channel::Akim));
    connect(m_ui->registersAction, &QAction::triggered, this, [this] {
        auto* dialog = new CourierRegistersDialog(*m_store, m_catalog, *m_facts.account, clock(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CourierRegistersDialog::moved, this, [this] {
            if (m_journal)
                m_journal->refresh();
        });
        dialog->open();
    });
    // The waiting lists are kept by the provider's desk (the education department); a ЦОН desk sends applications on.
    const QList<ServiceVariant> services = m_catalog.intakeVariants();
    const bool queueService =
        std::any_of(services.begin(), services.end(), [](const ServiceVariant& v) { return v.queue.has_value(); });
    m_ui->waitingListAction->setEnabled(m_store && m_facts.account && m_facts.deskKind == Channel::Provider &&
                                        queueService);
    connect(m_ui->waitingListAction, &QAction::triggered, this, [this] {
        // Not modal: a child's card opens from it, and a move made there reads the lists again.
        auto* dialog = new WaitingListDialog(*m_store, m_catalog, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &WaitingListDialog::openRequested, this, &MainWindow::openRequest);
        dialog->show();
    });
    m_ui->administrationAction->setEnabled(m_facts.administrator && m_store && m_facts.account);
    connect(m_ui->administrationAction, &QAction::triggered, this, [this] {
        auto* dialog = new AdministrationDialog(*m_store, m_catalog, *m_facts.account, m_facts.deskKind, clock(),
                                                m_language, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->printSettingsAction, &QAction::triggered, this, [this] {
        auto* dialog = new PrintSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace kense
