#include "WaitingListDialog.h"

#include "QueueStore.h"
#include "catalog/ServiceCatalog.h"
#include "common/Csv.h"
#include "gui/WhenReady.h"
#include "gui/common/BackgroundWrite.h"
#include "gui/common/Prompts.h"
#include "gui/common/ReadOnlyTable.h"
#include "gui/common/WindowHelp.h"
#include "gui/i18n/InterfaceLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kense {

namespace {
/// The label of a choice of the variant's field, in the interface language; the id when the field has no such choice.
QString choiceLabel(const ServiceVariant* v, const QString& fieldId, const QString& id)
{
    if (const FieldSpec* f = v ? v->field(fieldId) : nullptr) {
        for (const FieldOption& o : f->options) {
            if (o.id == id)
                return o.label.text(InterfaceLanguage::catalogLanguage());
        }
    }
    return id;
}

/// A benefit claimed whose proof was not presented: it gives no priority (WaitingChild::rank says so).
bool claimsUnproved(const ServiceVariant* v, const WaitingChild& c)
{
    return v && v->queue && !c.proofPresented && v->queue->givesPriority(c.priorityValue);
}

QComboBox* filterCombo(const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    return combo;
}
} // namespace

WaitingListDialog::WaitingListDialog(QueueStore& store, const ServiceCatalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("WaitingListDialog"));
    WindowHelp::install(this, HelpTopic::WaitingLists); // F1
    setWindowTitle(tr("Preschool queue"));
    m_service = filterCombo(QStringLiteral("serviceCombo"));
    m_group = filterCombo(QStringLiteral("groupCombo"));
    m_born = filterCombo(QStringLiteral("bornCombo"));
    m_year = filterCombo(QStringLiteral("yearCombo"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    auto* filters = new QHBoxLayout;
    for (auto [label, combo] : {std::pair{tr("&Group:"), m_group}, std::pair{tr("&Born in:"), m_born},
                                std::pair{tr("A place &from:"), m_year}}) {
        auto* l = new QLabel(label);
        l->setBuddy(combo);
        filters->addWidget(l);
        filters->addWidget(combo, 1);
    }
    form->addRow(filters);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setToolTip(tr("Double-click a child, or press Enter, to open the request: a place is offered there."));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem* number = m_table->item(row, 1))
            Q_EMIT openRequested(number->text());
    });
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &WaitingListDialog::exportCsv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1200, 560); // every column whole in Russian, the widest, on a 1366-pixel screen

    connect(m_service, &QComboBox::currentIndexChanged, this, &WaitingListDialog::load);
    for (QComboBox* c : {m_group, m_born, m_year})
        connect(c, &QComboBox::currentIndexChanged, this, &WaitingListDialog::showRows);
    // The queue services this desk takes (its region's, as its administrator put them in force), read from its
    // settings on the store's thread.
    m_export->setEnabled(false);
    whenReady(
        this, m_store.servicesTaken(Channel::Provider),
        [this](const QStringList& taken) {
            const QSignalBlocker quiet(m_service);
            for (const ServiceVariant& v : m_catalog.intakeVariants()) {
                if (v.queue && taken.contains(v.id))
                    m_service->addItem(v.title(InterfaceLanguage::catalogLanguage()), v.id);
            }
            if (m_service->count() == 0)
                setStatus(tr("No service this desk takes keeps a waiting list."), false);
            else
                load();
        },
        [this](const QString& error) { setStatus(error, true); });
}

const ServiceVariant* WaitingListDialog::variant() const
{
    return m_catalog.variant(m_service->currentData().toString());
}

void WaitingListDialog::load()
{
    m_export->setEnabled(false);
    setStatus(tr("Counting the positions…"), false);
    const QString serviceId = m_service->currentData().toString();
    whenReady(
        this, m_store.waitingList(serviceId),
        [this, serviceId](const QList<WaitingListRow>& rows) {
            if (serviceId != m_service->currentData().toString())
                return; // another service was chosen meanwhile: its own answer follows
            m_rows = rows;
            fillFilters();
            showRows();
        },
        [this, serviceId](const QString& error) {
            if (serviceId != m_service->currentData().toString())
                return;
            m_rows.clear();
            showRows();
            setStatus(error, true);
        });
}

void WaitingListDialog::fillFilters()
{
    QList<int> born, years;
    QStringList groups;
    for (const WaitingListRow& r : std::as_const(m_rows)) {
        const QueueListKey& k = r.place.child.list;
        if (!groups.contains(k.group))
            groups << k.group;
        if (!born.contains(k.bornYear))
            born << k.bornYear;
        if (!years.contains(k.wishedYear))
            years << k.wishedYear;
    }
    std::sort(born.begin(), born.end());
    std::sort(years.begin(), years.end());
    const ServiceVariant* v = variant();
    for (QComboBox* c : {m_group, m_born, m_year}) {
        const QSignalBlocker quiet(c);
        c->clear();
        c->addItem(tr("All"), QVariant());
    }
    for (const QString& g : std::as_const(groups))
        m_group->addItem(choiceLabel(v, v && v->queue ? v->queue->groupField : QString(), g), g);
    for (int y : std::as_const(born))
        m_born->addItem(QString::number(y), y);
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
}

QList<WaitingListRow> WaitingListDialog::shownRows() const
{
    QList<WaitingListRow> shown;
    for (const WaitingListRow& r : m_rows) {
        const QueueListKey& k = r.place.child.list;
        if ((m_group->currentData().isValid() && m_group->currentData().toString() != k.group) ||
            (m_born->currentData().isValid() && m_born->currentData().toInt() != k.bornYear) ||
            (m_year->currentData().isValid() && m_year->currentData().toInt() != k.wishedYear))
            continue;
        shown << r;
    }
    return shown;
}

void WaitingListDialog::showRows()
{
    const ServiceVariant* v = variant();
    const QString groupField = v && v->queue ? v->queue->groupField : QString();
    const QString benefitField = v && v->queue ? v->queue->priorityField : QString();
    QList<QStringList> cells;
    const QList<WaitingListRow> shown = shownRows();
    for (const WaitingListRow& r : shown) {
        const WaitingChild& c = r.place.child;
        const auto state = stateFromName(r.stateName);
        // An offer not yet answered still holds the place: the list says so beside the request's state.
        const QString stateCell =
            (state ? stateTitle(*state) : r.stateName) +
            (r.placeState == PlaceState::Waiting ? QString() : QStringLiteral(" · ") + placeStateTitle(r.placeState));
        cells << QStringList{QString::number(r.place.position),
                             c.number,
                             QString::number(c.rank),
                             choiceLabel(v, benefitField, c.priorityValue) +
                                 (claimsUnproved(v, c) ? tr(" (not proved)") : QString()),
                             c.registeredAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                             stateCell,
                             choiceLabel(v, groupField, c.list.group),
                             QString::number(c.list.bornYear),
                             QString::number(c.list.wishedYear)};
    }
    fillReadOnlyTable(m_table,
                      {tr("Position"), tr("Number"), tr("Priority"), tr("Benefit"), tr("Registered"), tr("State"),
                       tr("Group"), tr("Born in"), tr("A place from")},
                      cells);
    m_export->setEnabled(!shown.isEmpty());
    setStatus(tr("%n child(ren) waiting in the lists shown; positions as of %1.", nullptr, int(shown.size()))
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
              false);
}

void WaitingListDialog::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("queue-%1-%2.csv")
                          .arg(m_service->currentData().toString(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = Prompts::instance().saveFileName(this, tr("Save as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows{{QStringLiteral("position"), QStringLiteral("number"), QStringLiteral("priority"),
                             QStringLiteral("benefit"), QStringLiteral("benefit_proved"),
                             QStringLiteral("registered_at"), QStringLiteral("state"), QStringLiteral("place"),
                             QStringLiteral("group"), QStringLiteral("born"), QStringLiteral("year")}};
    for (const WaitingListRow& r : shownRows()) {
        const WaitingChild& c = r.place.child;
        rows << QStringList{QString::number(r.place.position),
                            c.number,
                            QString::number(c.rank),
                            c.priorityValue,
                            c.proofPresented ? QStringLiteral("yes") : QStringLiteral("no"),
                            c.registeredAt.toString(Qt::ISODate),
                            r.stateName,
                            placeStateName(r.placeState),
                            c.list.group,
                            QString::number(c.list.bornYear),
                            QString::number(c.list.wishedYear)};
    }
    const QByteArray bytes = csv::document(rows);
    const int count = int(rows.size() - 1);
    m_export->setEnabled(false);
    const QFuture<QString> job = writeWholeInBackground(path, bytes); // whole or not at all, off the window's thread
    whenReady(
        this, job,
        [this, path, count](const QString& error) {
            m_export->setEnabled(true);
            if (error.isEmpty())
                setStatus(tr("%n row(s) saved to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)), false);
            else
                setStatus(tr("Not saved: %1").arg(error), true);
        },
        [this](const QString& error) {
            m_export->setEnabled(true);
            setStatus(error, true);
        });
}

void WaitingListDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}

} // namespace kense
