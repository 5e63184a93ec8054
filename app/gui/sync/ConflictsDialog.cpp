#include "gui/sync/ConflictsDialog.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"
#include "gui/common/ReadOnlyTable.h"
#include "gui/common/StatusLine.h"
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

ConflictsDialog::ConflictsDialog(QueueStore& store, const UserRecord& admin, std::function<QDateTime()> now,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictsDialog>())
    , m_store(store)
    , m_now(std::move(now))
    , m_admin(admin)
{
    m_ui->setupUi(this);
    m_ui->conflictsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->conflictsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->keepButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_ui->takeButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    const sync::ConflictRecord c = m_conflicts.at(row);
    const QString note = m_ui->noteEdit->text();
    const UserRecord admin = m_admin;
    const QString event = take ? c.eventUuid : QString();
    whenReady(
        this, sync::DeskSync(m_store).decide(c.number, event, admin, m_now(), note),
        [this, c, take](bool) {
            showStatus(m_ui->statusLabel,
                       take ? tr("%1: the change of %2 stands.").arg(c.number, c.origin)
                            : tr("%1: this desk's state stands.").arg(c.number),
                       false);
            m_ui->noteEdit->clear();
            Q_EMIT decided();
            reload();
        },
        [this](const QString& reason) { showStatus(m_ui->statusLabel, reason, true); });
}

} // namespace kense
