#include "gui/MainWindow.h"

#include "QueueStore.h"
#include "catalog/ServiceCatalog.h"
#include "gui/MainToolBar.h"
#include "gui/ScannerInput.h"
#include "gui/WhenReady.h"
#include "gui/common/ElidedLabel.h"
#include "gui/common/Prompts.h"
#include "gui/dialogs/AboutDialog.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "gui/intake/IntakeWizard.h"
#include "gui/journal/AwaitingCount.h"
#include "gui/journal/JournalFilterBar.h"
#include "gui/journal/JournalModel.h"
#include "gui/printing/RequestPrinting.h"
#include "gui/queue/WaitingListDialog.h"
#include "gui/requests/RequestCardDialog.h"
#include "gui/sync/CentralSettingsDialog.h"
#include "gui/sync/ConflictsDialog.h"
#include "gui/sync/SyncController.h"
#include "gui/sync/SyncStatusWidget.h"
#include "settings/Settings.h"
#include "ui_MainWindow.h"
#include "workflow/Workflow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace kense {

MainWindow::MainWindow(const StartupFacts& facts, const ServiceCatalog& catalog, Language language,
                       const JournalContext& journal, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_facts(facts)
    , m_catalog(catalog)
    , m_language(language)
    , m_store(journal.store)
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        auto* about =
            new AboutDialog(m_facts.databasePath, m_facts.schemaVersion, m_catalog.intakeVariants().size(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    showFacts();

    m_filters = new JournalFilterBar(
        JournalFilterWidgets{m_ui->searchEdit, m_ui->slaFilterCombo, m_ui->stateFilterCombo, m_ui->serviceFilterCombo,
                             m_ui->channelFilterCombo, m_ui->executorFilterCombo, m_ui->fromFilterEdit,
                             m_ui->toFilterEdit, m_ui->mineCheck, m_ui->waitingCheck, m_ui->journalView},
        catalog, language, this);
    m_ui->mineCheck->setVisible(m_facts.account.has_value());
    // A head or an executor sees what waits for their move: a box of the filters, Ctrl+M and a count.
    const QList<AwaitingClause> awaiting =
        m_facts.account ? awaitingFor(m_facts.account->roles, catalog) : QList<AwaitingClause>{};
    m_ui->waitingCheck->setVisible(!awaiting.isEmpty());
    m_ui->waitingAction->setEnabled(!awaiting.isEmpty() && journal.store);
    connect(m_ui->waitingAction, &QAction::triggered, m_ui->waitingCheck, &QAbstractButton::toggle);
    // The interface language, switched at once: every open window retranslates itself (changeEvent).
    auto* languages = new QActionGroup(this);
    for (const auto& [action, code] :
         {std::pair{m_ui->languageKazakhAction, "kk"}, std::pair{m_ui->languageRussianAction, "ru"},
          std::pair{m_ui->languageEnglishAction, "en"}}) {
        languages->addAction(action);
        const QString c = QString::fromLatin1(code);
        action->setChecked(InterfaceLanguage::current() == c);
        connect(action, &QAction::triggered, this, [this, c] {
            QString error;
            if (InterfaceLanguage::apply(c, &error))
                InterfaceLanguage::save(c);
            else
                statusBar()->showMessage(error, 10000);
        });
    }
    if (journal.store) {
        m_journal = new JournalModel(*journal.store, catalog, language, journal.now, journal.soonUntil, this);
        m_ui->journalView->setModel(m_journal);
        m_ui->journalView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_ui->journalView->horizontalHeader()->setStretchLastSection(true);
        m_ui->journalView->verticalHeader()->hide();
        m_ui->journalView->setWordWrap(false);
        // Numbers, dates and states are read whole: fit their columns once the first rows are in.
        connect(m_journal, &JournalModel::pageLoaded, this, [this] {
            if (m_columnsFitted || m_journal->rowCount() == 0)
                return;
            m_columnsFitted = true;
            for (int c : {JournalModel::Number, JournalModel::AcceptedAt, JournalModel::State, JournalModel::DueAt,
                          JournalModel::Sla})
                m_ui->journalView->resizeColumnToContents(c);
            m_ui->journalView->setColumnWidth(JournalModel::Service, 320);
        });
        connect(m_journal, &JournalModel::loadFailed, this,
                [this](const QString& reason) { statusBar()->showMessage(reason, 10000); });
        connect(m_journal, &JournalModel::totalChanged, this, &MainWindow::showTotal);
        if (!awaiting.isEmpty()) {
            m_filters->setAwaiting(awaiting, m_facts.account->id);
            m_awaiting = new AwaitingCount(*journal.store, awaiting, m_facts.account->id, new QLabel(this), this);
            statusBar()->insertPermanentWidget(0, m_awaiting->label());
            connect(m_journal, &JournalModel::totalChanged, m_awaiting, [this](qint64 total) {
                if (total >= 0) // the journal was counted again: so is what waits
                    m_awaiting->refresh();
            });
        }
        connect(m_filters, &JournalFilterBar::changed, this, &MainWindow::applyFilter);
        // The executors to filter by come from the database, on its thread.
        whenReady(
            this, m_store->users(), [this](const QList<UserRecord>& users) { m_filters->setExecutors(users); },
            [](const QString&) {});
        connect(m_ui->refreshAction, &QAction::triggered, m_journal, &JournalModel::refresh);
        applyFilter();
    } else {
        m_ui->journalView->setEnabled(false);
    }
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->printAction, &QAction::triggered, this, &MainWindow::printSelected);
    m_ui->printAction->setEnabled(m_store != nullptr);
    m_ui->reportsAction->setEnabled(m_store != nullptr);
    // Taking applications is the clerk's and the ЦОН operator's.
    // Who may do what is the workflow's: taking applications is registering them on this desk's channel.
    const auto mayEver = [this](Transition t, Channel channel) {
        return m_store && m_facts.account && Workflow::mayEver(t, channel, m_facts.account->roles);
    };
    const bool takesApplications = mayEver(Transition::Register, m_facts.deskKind);
    m_ui->newApplicationAction->setEnabled(takesApplications);
    connect(m_ui->newApplicationAction, &QAction::triggered, this, &MainWindow::newApplication);
    m_now = journal.now;
    m_soonUntil = journal.soonUntil;
    connect(m_ui->journalView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const JournalRow* row = m_journal ? m_journal->rowAt(index.row()) : nullptr)
            openRequest(row->number);
    });
    connectWindows();
    m_scanner = new ScannerInput(this);
    connect(m_scanner, &ScannerInput::scanned, this, &MainWindow::onScanned);
    setUpSync();
    setUpToolBar();
    if (m_store)
        connect(m_store, &QueueStore::databaseLost, this, &MainWindow::stopWork, Qt::QueuedConnection);
    restoreLayout();
}

void MainWindow::stopWork(const QString& message)
{
    // Every later act would fail the same way, and a file put at the same path must never take this program's
    // writes: nothing is offered any more but reading what is on screen and quitting.
    for (QAction* act : {m_ui->newApplicationAction, m_ui->registersAction, m_ui->administrationAction,
                         m_ui->syncNowAction, m_ui->conflictsAction, m_ui->centralSettingsAction}) {
        act->setEnabled(false);
    }
    auto* lost = new QLabel(tr("Nothing more can be saved: start the program again"), this);
    lost->setObjectName(QStringLiteral("databaseLostLabel"));
    lost->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    lost->setToolTip(message);
    statusBar()->insertPermanentWidget(0, lost);
    Prompts::instance().warn(this, tr("The database is gone"),
                             tr("Nothing more can be saved in this window: %1.").arg(message));
}

void MainWindow::setUpSync()
{
    const bool withQueue = m_store && m_facts.account;
    m_ui->syncNowAction->setEnabled(withQueue);
    m_ui->conflictsAction->setEnabled(withQueue && m_facts.administrator);
    m_ui->centralSettingsAction->setEnabled(withQueue && m_facts.administrator);
    if (!withQueue)
        return;
    m_sync = new SyncController(*m_store, this);
    statusBar()->insertPermanentWidget(0, new SyncStatusWidget(*m_sync, this)); // first: what a clerk looks for
    // The journal reloads after every change made here: the count of changes waiting for the centre follows.
    if (m_journal)
        connect(m_journal, &JournalModel::pageLoaded, m_sync, &SyncController::refreshCounts);
    connect(m_ui->syncNowAction, &QAction::triggered, this, [this] { m_sync->syncNow(this); });
    connect(m_sync, &SyncController::countsChanged, this,
            [this](qint64, qint64, const QDateTime&, const QDateTime& restoredAt, const QString& keyMissing) {
                m_restoredAt = restoredAt;
                m_keyMissing = keyMissing;
            });
    connect(m_sync, &SyncController::finished, this, [this](bool ok, const QString& message) {
        statusBar()->showMessage(message, ok ? 5000 : 15000);
        if (ok && m_journal)
            m_journal->refresh(); // what other desks did may be in it now
    });
    connect(m_ui->centralSettingsAction, &QAction::triggered, this, [this] {
        auto* dialog = new CentralSettingsDialog(*m_sync, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->conflictsAction, &QAction::triggered, this, [this] {
        auto* dialog = new ConflictsDialog(*m_store, *m_sync, clock(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictsDialog::decided, this, [this] {
            m_sync->refreshCounts();
            if (m_journal)
                m_journal->refresh();
        });
        dialog->open();
    });
}

void MainWindow::restoreLayout()
{
    // Each user's window and columns (Setting::LayoutGeometry and LayoutJournalColumns, per login).
    if (m_facts.login.isEmpty())
        return;
    const Settings settings = Settings::desk();
    restoreGeometry(settings.value(Setting::LayoutGeometry, m_facts.login).toByteArray());
    if (settings.contains(Setting::LayoutJournalColumns, m_facts.login)) {
        m_ui->journalView->horizontalHeader()->restoreState(
            settings.value(Setting::LayoutJournalColumns, m_facts.login).toByteArray());
        m_columnsFitted = true; // the clerk's own widths win over fitting to content
    }
}

void MainWindow::saveLayout() const
{
    if (m_facts.login.isEmpty())
        return;
    // The layout is a convenience: a file that cannot be written costs the next start its widths, nothing else.
    Settings settings = Settings::desk();
    (void)settings.setValue(Setting::LayoutGeometry, saveGeometry(), m_facts.login);
    (void)settings.setValue(Setting::LayoutJournalColumns, m_ui->journalView->horizontalHeader()->saveState(),
                            m_facts.login);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyFilter()
{
    if (!m_journal)
        return;
    m_journal->setFilter(
        m_filters->filter(m_facts.account ? std::optional<qint64>(m_facts.account->id) : std::nullopt));
}

void MainWindow::openRequest(const QString& number)
{
    if (!m_store || !m_facts.account)
        return;
    // One card per request: a second scan of the same number brings it to the front.
    for (auto* card : findChildren<RequestCardDialog*>()) {
        if (card->windowTitle().endsWith(number)) {
            card->raise();
            card->activateWindow();
            return;
        }
    }
    auto* card = new RequestCardDialog(
        *m_store, m_catalog, *m_facts.account, number, clock(),
        m_soonUntil ? m_soonUntil : [](const QDateTime& t) { return t.addDays(1); }, m_language, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    connect(card, &RequestCardDialog::moved, this, [this] {
        if (m_journal)
            m_journal->refresh();
        for (auto* lists : findChildren<WaitingListDialog*>())
            lists->load();
    });
    connect(card, &RequestCardDialog::printRequested, this, &MainWindow::printRequest);
    card->show();
}

void MainWindow::newApplication()
{
    if (!m_ui->newApplicationAction->isEnabled())
        return;
    if (!m_keyMissing.isEmpty()) {
        Prompts::instance().warn(this, tr("Nothing can be saved"),
                                 tr("This desk's records are sealed with its desk key, which this program could not "
                                    "read from the keychain. No application can be registered until the administrator "
                                    "puts the key back (kensectl db key add).\n\n%1")
                                     .arg(m_keyMissing));
        return;
    }
    if (m_restoredAt.isValid()) {
        // Said before the clerk fills a form that could not be registered, whole (a status line would cut it).
        Prompts::instance().warn(this, tr("Registration is on hold"),
                                 tr("This desk's database was restored from a backup on %1 and may lack requests "
                                    "registered after that copy. Sync with the centre (F9) before registering, so "
                                    "that no number is given twice.")
                                     .arg(m_restoredAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
        return;
    }
    auto* wizard = new IntakeWizard(*m_store, m_catalog, *m_facts.account, m_facts.deskKind, clock(), m_language, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &IntakeWizard::submitted, this, [this](const RegisteredRequest& request) {
        statusBar()->showMessage(
            request.state == RequestState::Registered
                ? tr("%1 registered, due %2")
                      .arg(request.number, request.dueAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                : tr("%1 refused at intake").arg(request.number),
            15000);
        if (m_journal)
            m_journal->refresh();
        printRequest(request.number); // the receipt, or the refusal receipt
    });
    wizard->open();
}

void MainWindow::printSelected()
{
    const QModelIndex current = m_ui->journalView->currentIndex();
    const JournalRow* row = current.isValid() && m_journal ? m_journal->rowAt(current.row()) : nullptr;
    if (!row) {
        statusBar()->showMessage(tr("Select a request in the journal to print its document."), 8000);
        return;
    }
    printRequest(row->number);
}

void MainWindow::printRequest(const QString& number, int kind)
{
    if (!m_store)
        return;
    previewRequestDocument(
        this, *m_store, number, m_now ? m_now().date() : QDate::currentDate(),
        [this](const QString& text, int milliseconds) {
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text, milliseconds);
        },
        kind < 0 ? std::nullopt : std::optional<DocumentKind>(static_cast<DocumentKind>(kind)));
}

void MainWindow::onScanned(const QString& number)
{
    Q_EMIT requestScanned(number);
    if (!m_store)
        return;
    // The card opens only for a request this desk has; another number is said, and nothing changes.
    whenReady(
        this, m_store->load(number),
        [this, number](const std::optional<RequestDetails>& request) {
            if (!request) {
                statusBar()->showMessage(
                    tr("Scanned %1: there is no such request in this desk's database.").arg(number), 15000);
                return;
            }
            m_ui->searchEdit->setText(number);
            applyFilter();
            openRequest(number);
        },
        [this](const QString& error) { statusBar()->showMessage(error, 15000); });
}

MainWindow::~MainWindow() = default;

std::function<QDateTime()> MainWindow::clock() const
{
    // The program's clock (tests pass one they move); a window made without a journal reads the system's.
    return m_now ? m_now : [] {
        return QDateTime::currentDateTime();
    };
}

void MainWindow::showTotal()
{
    const qint64 total = m_journal ? m_journal->total() : -1;
    const QLocale locale;
    m_ui->journalCountLabel->setText(total < 0 ? QString()
                                     : total > JournalModel::kCountCap
                                         ? tr("Requests: more than %1").arg(locale.toString(JournalModel::kCountCap))
                                         : tr("Requests: %1").arg(locale.toString(total)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_language = InterfaceLanguage::catalogLanguage();
        m_filters->retranslate(m_language);
        if (m_journal)
            m_journal->setLanguage(m_language);
        m_ui->problemsLabel->setText(tr("Some data files were refused and their built-in versions are in use:") +
                                     QLatin1Char('\n') + m_facts.problems.join(QLatin1Char('\n')));
        showStatusFacts();
        showTotal();
        if (m_awaiting)
            m_awaiting->retranslate();
        if (m_toolBar)
            m_toolBar->retranslate();
        const QString code = InterfaceLanguage::current();
        m_ui->languageKazakhAction->setChecked(code == QLatin1String("kk"));
        m_ui->languageRussianAction->setChecked(code == QLatin1String("ru"));
        m_ui->languageEnglishAction->setChecked(code == QLatin1String("en"));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatusFacts()
{
    const QString path = QDir::toNativeSeparators(m_facts.databasePath);
    if (auto* user = findChild<QLabel*>(QStringLiteral("statusUserLabel")); user && m_facts.account) {
        QStringList roles;
        for (Role r : m_facts.account->roles)
            roles << roleTitle(r);
        user->setText(QStringLiteral("%1 · %2").arg(m_facts.account->fullName, roles.join(QStringLiteral(", "))));
    }
    if (auto* db = findChild<QLabel*>(QStringLiteral("statusDatabaseLabel")))
        db->setText(tr("Database: %1").arg(path));
    setWindowTitle(tr("Kense — %1").arg(QFileInfo(m_facts.databasePath).fileName()));
}

void MainWindow::showFacts()
{
    const QString path = QDir::toNativeSeparators(m_facts.databasePath);
    m_ui->problemsLabel->setVisible(!m_facts.problems.isEmpty());
    m_ui->problemsLabel->setText(tr("Some data files were refused and their built-in versions are in use:") +
                                 QLatin1Char('\n') + m_facts.problems.join(QLatin1Char('\n')));
    auto addStatus = [this](const char* name, const QString& text) {
        auto* label = new QLabel(text, this);
        label->setObjectName(QLatin1String(name));
        statusBar()->addPermanentWidget(label);
    };
    if (!m_facts.office.isEmpty())
        addStatus("statusDeskLabel", m_facts.office);
    if (!m_facts.user.isEmpty())
        addStatus("statusUserLabel", m_facts.user);
    // The database's path must not widen the window or crowd out the sync's status: short of room it loses its
    // middle to «…» (never its end, cut at the window's edge); whole in its tooltip and in Help → About.
    auto* database = new ElidedLabel(tr("Database: %1").arg(path), Qt::ElideMiddle, this);
    database->setObjectName(QStringLiteral("statusDatabaseLabel"));
    database->setToolTip(path);
    statusBar()->addPermanentWidget(database);
    showStatusFacts();
}

} // namespace kense
