#include "gui/sync/ConflictsDialog.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/common/ReadOnlyTable.h"
#include "gui/common/StatusLine.h"
#include "gui/sync/SyncController.h"
#include "sync/CentralSettings.h"
#include "sync/DeskSync.h"
#include "ui_ConflictsDialog.h"
#include "workflow/RequestState.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace kense {

namespace {
QString stateWords(const QString& name)
{
    const auto state = stateFromName(name);
    return state ? stateTitle(*state) : name;
}
} // namespace

ConflictsDialog::ConflictsDialog(QueueStore& store, SyncController& sync, std::function<QDateTime()> now,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictsDialog>())
    , m_store(store)
    , m_sync(sync)
    , m_now(std::move(now))
{
    m_ui->setupUi(this);
    m_ui->conflictsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->conflictsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->keepButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_ui->takeButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The decision comes back with the sync that follows it: the list is read again after each sync.
    connect(&m_sync, &SyncController::finished, this, [this] { reload(); });
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        show(m_conflicts);
    }
    QDialog::changeEvent(event);
}

void ConflictsDialog::reload()
{
    whenReady(
        this, sync::DeskSync(m_store).conflicts(), [this](const QList<sync::ConflictRecord>& list) { show(list); },
        [this](const QString& reason) { showStatus(m_ui->statusLabel, reason, true); });
}

void ConflictsDialog::show(const QList<sync::ConflictRecord>& conflicts)
{
    m_conflicts = conflicts;
    QList<QStringList> rows;
    for (const sync::ConflictRecord& c : conflicts) {
        rows << QStringList{c.number, stateWords(c.localState), c.origin,
                            c.user,   stateWords(c.toState),    QLocale().toString(c.at, QLocale::ShortFormat)};
    }
    fillReadOnlyTable(m_ui->conflictsTable,
                      {tr("Request"), tr("State here"), tr("Other desk"), tr("Who"), tr("Their state"), tr("When")},
                      rows);
    m_ui->conflictsTable->horizontalHeader()->setStretchLastSection(true);
    if (!rows.isEmpty())
        m_ui->conflictsTable->selectRow(0);
    m_ui->keepButton->setEnabled(!rows.isEmpty());
    m_ui->takeButton->setEnabled(!rows.isEmpty());
    if (rows.isEmpty() && m_ui->statusLabel->text().isEmpty())
        showStatus(m_ui->statusLabel, tr("No conflicts."), false);
}

void ConflictsDialog::decide(bool take)
{
    const int row = m_ui->conflictsTable->currentRow();
    if (row < 0 || row >= m_conflicts.size()) {
        showStatus(m_ui->statusLabel, tr("Choose a conflict in the list."), true);
        return;
    }
    std::optional<sync::CentralAddress> address = CentralSettings::address();
    if (!address) {
        showStatus(m_ui->statusLabel, tr("No central server is set: Settings → Central server."), true);
        return;
    }
    const QString login = m_ui->centralLoginEdit->text().trimmed();
    const QString password = m_ui->centralPasswordEdit->text();
    if (login.isEmpty() || password.isEmpty()) {
        showStatus(m_ui->statusLabel,
                   login.isEmpty() ? tr("Centre administrator's login: enter the login you have at the centre.")
                                   : tr("Password at the centre: enter the password of %1.").arg(login),
                   true);
        (login.isEmpty() ? m_ui->centralLoginEdit : m_ui->centralPasswordEdit)->setFocus();
        return;
    }
    address->user = login;
    const sync::ConflictRecord c = m_conflicts.at(row);
    const QString event = take ? c.eventUuid : QString();
    m_ui->keepButton->setEnabled(false);
    m_ui->takeButton->setEnabled(false);
    showStatus(m_ui->statusLabel, tr("Asking the centre…"), false);
    whenReady(
        this,
        sync::DeskSync(m_store).decideAtCentre(*address, password, c.number, event, m_ui->noteEdit->text(), m_now()),
        [this, c, take](const sync::ConflictDecision&) {
            showStatus(
                m_ui->statusLabel,
                take ? tr("%1: the change of %2 stands; this desk takes it with the sync now running.")
                           .arg(c.number, c.origin)
                     : tr("%1: this desk's state stands; the other desks take it at their next sync.").arg(c.number),
                false);
            m_ui->noteEdit->clear();
            Q_EMIT decided();
            m_sync.syncNow(this);
        },
        [this](const QString& reason) {
            showStatus(m_ui->statusLabel, reason, true);
            m_ui->keepButton->setEnabled(!m_conflicts.isEmpty());
            m_ui->takeButton->setEnabled(!m_conflicts.isEmpty());
        });
}

} // namespace kense
