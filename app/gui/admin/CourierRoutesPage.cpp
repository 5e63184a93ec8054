#include "gui/admin/CourierRoutesPage.h"

#include "QueueStore.h"
#include "gui/WhenReady.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kense {

namespace {
QString officeText(const OfficeRecord& o)
{
    return QStringLiteral("%1 (%2)").arg(o.name, o.code);
}
} // namespace

CourierRoutesPage::CourierRoutesPage(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& admin,
                                     Channel deskKind, Language language, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_admin(admin)
    , m_deskKind(deskKind)
    , m_language(language)
{
    setObjectName(QStringLiteral("courierRoutesPage"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    m_officeCombo = new QComboBox(this);
    m_officeCombo->setObjectName(QStringLiteral("routeOfficeCombo"));
    m_officeCombo->setEditable(true);
    m_officeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_officeCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_officeCombo->completer()->setFilterMode(Qt::MatchContains);
    m_officeCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_officeCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addRouteButton"));
    m_addButton->setAutoDefault(false);
    m_officesList = new QListWidget(this);
    m_officesList->setObjectName(QStringLiteral("routeOfficesList"));
    m_officesList->setMaximumHeight(110);
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeRouteButton"));
    m_removeButton->setAutoDefault(false);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_officeCombo, 1);
    addRow->addWidget(m_addButton);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_officesList, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    m_newOfficeBox = new QGroupBox(this);
    m_newCode = new QLineEdit(m_newOfficeBox);
    m_newCode->setObjectName(QStringLiteral("newOfficeCodeEdit"));
    m_newCode->setMaxLength(12);
    m_newName = new QLineEdit(m_newOfficeBox);
    m_newName->setObjectName(QStringLiteral("newOfficeNameEdit"));
    m_newKind = new QComboBox(m_newOfficeBox);
    m_newKind->setObjectName(QStringLiteral("newOfficeKindCombo"));
    m_newAddress = new QLineEdit(m_newOfficeBox);
    m_newAddress->setObjectName(QStringLiteral("newOfficeAddressEdit"));
    m_addToDirectoryButton = new QPushButton(m_newOfficeBox);
    m_addToDirectoryButton->setObjectName(QStringLiteral("addToDirectoryButton"));
    m_addToDirectoryButton->setAutoDefault(false);
    auto* grid = new QGridLayout(m_newOfficeBox);
    grid->addWidget(m_newCode, 0, 0);
    grid->addWidget(m_newName, 0, 1);
    grid->addWidget(m_newKind, 0, 2);
    grid->addWidget(m_newAddress, 1, 0, 1, 2);
    grid->addWidget(m_addToDirectoryButton, 1, 2);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(listRow);
    layout->addWidget(m_newOfficeBox);
    connect(m_addToDirectoryButton, &QAbstractButton::clicked, this, &CourierRoutesPage::addToDirectory);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CourierRoutesPage::showSelected);
    connect(m_addButton, &QAbstractButton::clicked, this, &CourierRoutesPage::addOffice);
    connect(m_officeCombo->lineEdit(), &QLineEdit::returnPressed, this, &CourierRoutesPage::addOffice);
    connect(m_removeButton, &QAbstractButton::clicked, this, &CourierRoutesPage::removeOffice);
    retranslate();
    reload();
}

void CourierRoutesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_caption) {
        retranslate();
        fillTable();
    }
    QWidget::changeEvent(event);
}

void CourierRoutesPage::retranslate()
{
    m_caption->setText(tr("Where the courier registers take each service's requests: the offices that provide it "
                          "(for a duplicate, the schools whose certificates this ЦОН receives). A register goes to one "
                          "of them and takes only the requests of the services that office provides."));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Offices that provide it")});
    m_officeCombo->lineEdit()->setPlaceholderText(tr("Type a part of the office's name, code or address"));
    m_addButton->setText(tr("&Add the office to the service"));
    m_removeButton->setText(tr("&Take the office off"));
    m_newOfficeBox->setTitle(tr("An office the directory does not have (a school, a college)"));
    m_newCode->setPlaceholderText(tr("Code, e.g. KZOSCH012"));
    m_newCode->setMinimumWidth(m_newCode->fontMetrics().horizontalAdvance(m_newCode->placeholderText()) + 24);
    m_newName->setPlaceholderText(tr("Full name"));
    m_newAddress->setPlaceholderText(tr("Address (the courier finds it by it)"));
    m_addToDirectoryButton->setText(tr("Add to the &directory"));
    const QString kind = m_newKind->currentData().toString();
    m_newKind->clear();
    m_newKind->addItem(tr("School"), QStringLiteral("school"));
    m_newKind->addItem(tr("College"), QStringLiteral("college"));
    m_newKind->addItem(tr("Education department"), QStringLiteral("authorized_body"));
    m_newKind->addItem(tr("Other"), QStringLiteral("other"));
    m_newKind->setCurrentIndex(std::max(0, m_newKind->findData(kind)));
}

void CourierRoutesPage::addToDirectory()
{
    NewOffice office;
    office.code = m_newCode->text().trimmed().toUpper();
    office.name = m_newName->text().trimmed();
    office.kind = m_newKind->currentData().toString();
    office.address = m_newAddress->text().trimmed();
    if (office.code.isEmpty() || office.name.isEmpty()) {
        Q_EMIT status(tr("A new office needs its code and its full name."), true);
        (office.code.isEmpty() ? m_newCode : m_newName)->setFocus();
        return;
    }
    whenReady(
        this, m_store.addOffice(office, m_admin),
        [this](const OfficeRecord& added) {
            for (QLineEdit* e : {m_newCode, m_newName, m_newAddress})
                e->clear();
            Q_EMIT status(tr("%1 (%2) is in the directory: choose it for a service above.").arg(added.name, added.code),
                          false);
            Q_EMIT changed();
            reload();
        },
        [this](const QString& error) { Q_EMIT status(error, true); });
}

void CourierRoutesPage::reload()
{
    whenReady(
        this, m_store.offices(),
        [this](const QList<OfficeRecord>& offices) {
            m_offices.clear();
            for (const OfficeRecord& o : offices) {
                if (!isIntakePoint(o.defaultDeskKind()))
                    m_offices << o;
            }
            m_officeCombo->clear();
            for (const OfficeRecord& o : std::as_const(m_offices))
                m_officeCombo->addItem(officeText(o), o.code);
            m_officeCombo->setCurrentIndex(-1);
            whenReady(
                this, m_store.courierRoutes(),
                [this](const CourierRoutes& routes) {
                    m_routes = routes;
                    // The services this desk takes, read from its settings on the store's thread, not the window's.
                    whenReady(
                        this, m_store.servicesTaken(m_deskKind),
                        [this](const QStringList& taken) {
                            m_taken = taken;
                            fillTable();
                            Q_EMIT loaded();
                        },
                        [this](const QString& error) { Q_EMIT status(error, true); });
                },
                [this](const QString& error) { Q_EMIT status(error, true); });
        },
        [this](const QString& error) { Q_EMIT status(error, true); });
}

void CourierRoutesPage::fillTable()
{
    const QString keep = selectedService();
    m_services.clear();
    for (const ServiceVariant& v : m_catalog.variants()) {
        if (m_taken.contains(v.id) || !m_routes.providersOf(v.id).isEmpty())
            m_services << v.id;
    }
    m_table->setRowCount(static_cast<int>(m_services.size()));
    for (int r = 0; r < m_services.size(); ++r) {
        const ServiceVariant* v = m_catalog.variant(m_services.at(r));
        QStringList names;
        for (const QString& code : m_routes.providersOf(m_services.at(r)))
            names << officeName(code);
        m_table->setItem(r, 0, new QTableWidgetItem(v ? v->title(m_language) : m_services.at(r)));
        m_table->setItem(r, 1,
                         new QTableWidgetItem(names.isEmpty() ? tr("— none named: no register takes it")
                                                              : names.join(QStringLiteral("; "))));
        if (m_services.at(r) == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 420));
    m_table->resizeRowsToContents();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

QString CourierRoutesPage::officeName(const QString& code) const
{
    auto it = std::find_if(m_offices.cbegin(), m_offices.cend(), [&](const OfficeRecord& o) { return o.code == code; });
    return it != m_offices.cend() ? officeText(*it) : code;
}

QString CourierRoutesPage::selectedService() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_services.size() ? m_services.at(row) : QString();
}

void CourierRoutesPage::showSelected()
{
    m_officesList->clear();
    for (const QString& code : m_routes.providersOf(selectedService())) {
        auto* item = new QListWidgetItem(officeName(code), m_officesList);
        item->setData(Qt::UserRole, code);
    }
    m_removeButton->setEnabled(m_officesList->count() > 0);
    m_addButton->setEnabled(!selectedService().isEmpty());
}

void CourierRoutesPage::save(const QStringList& codes, const QString& done)
{
    const QString service = selectedService();
    whenReady(
        this, m_store.nameCourierProviders(service, codes, m_admin),
        [this, service, done](const QStringList& named) {
            m_routes.set(service, named);
            fillTable();
            m_officeCombo->setCurrentIndex(-1); // after the completer's own choice has settled
            m_officeCombo->clearEditText();
            Q_EMIT status(done, false);
            Q_EMIT changed();
        },
        [this](const QString& error) { Q_EMIT status(error, true); });
}

void CourierRoutesPage::addOffice()
{
    const QString service = selectedService();
    if (service.isEmpty())
        return;
    const QString text = m_officeCombo->currentText().trimmed();
    int index = m_officeCombo->findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = m_officeCombo->findData(text.toUpper());
    if (index < 0) {
        Q_EMIT status(text.isEmpty()
                          ? tr("Choose the office from the directory first.")
                          : tr("\"%1\" is not an office of the directory: choose one from the list.").arg(text),
                      true);
        m_officeCombo->setFocus();
        return;
    }
    const QString code = m_officeCombo->itemData(index).toString();
    QStringList codes = m_routes.providersOf(service);
    if (codes.contains(code)) {
        Q_EMIT status(tr("%1 already provides this service here.").arg(m_officeCombo->itemText(index)), true);
        return;
    }
    codes << code;
    save(codes, tr("The registers take this service to %1 as well.").arg(code));
}

void CourierRoutesPage::removeOffice()
{
    const QListWidgetItem* item = m_officesList->currentItem();
    if (!item && m_officesList->count() > 0)
        item = m_officesList->item(0);
    if (!item)
        return;
    const QString code = item->data(Qt::UserRole).toString();
    QStringList codes = m_routes.providersOf(selectedService());
    codes.removeAll(code);
    save(codes, tr("The registers no longer take this service to %1.").arg(code));
}

} // namespace kense
