#include "gui/admin/AdministrationDialog.h"

#include "DeskSettings.h"
#include "QueueStore.h"
#include "calendar/WorkingCalendar.h"
#include "gui/WhenReady.h"
#include "gui/admin/CourierRoutesPage.h"
#include "gui/admin/UserDialog.h"
#include "gui/common/CapsLockHint.h"
#include "gui/common/Prompts.h"
#include "gui/common/ReadOnlyTable.h"
#include "gui/common/StatusLine.h"
#include "gui/common/WindowHelp.h"
#include "paths/AppPaths.h"
#include "ui_AdministrationDialog.h"
#include "workflow/DeskRoles.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent>

namespace kense {

AdministrationDialog::AdministrationDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& admin,
                                           Channel deskKind, std::function<QDateTime()> now, Language language,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdministrationDialog>())
    , m_store(store)
    , m_now(std::move(now))
    , m_catalog(catalog)
    , m_admin(admin)
    , m_deskKind(deskKind)
    , m_language(language)
{
    m_ui->setupUi(this);
    WindowHelp::install(this, HelpTopic::Administration); // F1
    setObjectName(QStringLiteral("administrationDialog"));
    // The roles this kind of desk gives (core: an akim's apparatus its specialist, a ЦОН its operator).
    new CapsLockHint(m_ui->capsLockLabel, {m_ui->passwordEdit, m_ui->repeatEdit});
    m_ui->roleAkimOfficer->setVisible(isRoleOfDesk(Role::AkimOfficer, m_deskKind));
    m_ui->roleTsonOperator->setVisible(isRoleOfDesk(Role::TsonOperator, m_deskKind));
    m_ui->usersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->daysTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->yearSpin->setValue(QDate::currentDate().year());
    m_ui->dateEdit->setDate(QDate::currentDate());
    // Enter belongs to the form it is typed in: in the new user's fields it adds that user. No button of the
    // dialog is a default one, else Enter anywhere would press the first — which disables the selected account.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    for (QLineEdit* e : newUserEdits())
        connect(e, &QLineEdit::returnPressed, this, &AdministrationDialog::addUser);
    connect(m_ui->addUserButton, &QAbstractButton::clicked, this, &AdministrationDialog::addUser);
    connect(m_ui->toggleDisabledButton, &QAbstractButton::clicked, this, &AdministrationDialog::toggleDisabled);
    connect(m_ui->editUserButton, &QAbstractButton::clicked, this, &AdministrationDialog::editUser);
    connect(m_ui->saveHoursButton, &QAbstractButton::clicked, this, &AdministrationDialog::saveHours);
    connect(m_ui->saveServicesButton, &QAbstractButton::clicked, this, &AdministrationDialog::saveServices);
    connect(m_ui->lunchCheck, &QAbstractButton::toggled, m_ui->lunchStartEdit, &QWidget::setEnabled);
    connect(m_ui->lunchCheck, &QAbstractButton::toggled, m_ui->lunchEndEdit, &QWidget::setEnabled);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &AdministrationDialog::showYear);
    connect(m_ui->dayOffButton, &QAbstractButton::clicked, this, [this] { editDay(true, false); });
    connect(m_ui->workingDayButton, &QAbstractButton::clicked, this, [this] { editDay(false, false); });
    connect(m_ui->removeEditButton, &QAbstractButton::clicked, this, [this] { editDay(false, true); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadUsers();
    loadOffice();
    fillServices();
    showYear();
    if (isIntakePoint(m_deskKind)) { // only a ЦОН's or an akim's registers are routed
        m_routesPage = new CourierRoutesPage(m_store, m_catalog, m_admin, m_deskKind, m_language, m_ui->tabs);
        m_ui->tabs->insertTab(2, m_routesPage, tr("Cour&ier routes"));
        connect(m_routesPage, &CourierRoutesPage::status, this, &AdministrationDialog::setStatus);
        connect(m_routesPage, &CourierRoutesPage::changed, this, &AdministrationDialog::changed);
    }
}

AdministrationDialog::~AdministrationDialog() = default;

void AdministrationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        if (m_routesPage)
            m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_routesPage), tr("Cour&ier routes"));
        loadUsers();
        showYear();
    }
    QDialog::changeEvent(event);
}

void AdministrationDialog::setStatus(const QString& text, bool error)
{
    kense::showStatus(m_ui->statusLabel, text, error);
}

void AdministrationDialog::loadUsers()
{
    whenReady(
        this, m_store.users(),
        [this](const QList<UserRecord>& users) {
            m_users = users;
            QList<QStringList> rows;
            for (const UserRecord& u : users) {
                QStringList roles;
                for (Role r : u.roles)
                    roles << roleTitle(r);
                rows << QStringList{u.login, u.fullName, roles.join(QStringLiteral(", ")),
                                    u.disabled ? tr("disabled") : tr("active")};
            }
            fillReadOnlyTable(m_ui->usersTable, {tr("Login"), tr("Name"), tr("Roles"), tr("Account")}, rows);
        },
        [this](const QString& error) { setStatus(error, true); });
}

void AdministrationDialog::addUser()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const PersonalName name{m_ui->surnameEdit->text(), m_ui->givenNameEdit->text(), m_ui->patronymicEdit->text()};
    QList<Role> roles;
    for (const auto& [box, role] :
         {std::pair{m_ui->roleClerk, Role::Clerk}, std::pair{m_ui->roleTsonOperator, Role::TsonOperator},
          std::pair{m_ui->roleAkimOfficer, Role::AkimOfficer}, std::pair{m_ui->roleHead, Role::Head},
          std::pair{m_ui->roleExecutor, Role::Executor}, std::pair{m_ui->roleAdministrator, Role::Administrator}}) {
        if (box->isChecked())
            roles << role;
    }
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        setStatus(tr("The two passwords differ: type the same password twice."), true);
        m_ui->repeatEdit->clear();
        m_ui->repeatEdit->setFocus();
        return;
    }
    try {
        QueueStore::checkNewUser(login, name, roles, m_ui->passwordEdit->text());
    } catch (const StorageError& e) {
        setStatus(e.message, true);
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    whenReady(
        this, m_store.addUser(login, name, roles, password, m_now(), m_admin.id),
        [this](const UserRecord& user) {
            setStatus(tr("%1 (%2) can sign in now.").arg(user.fullName, user.login), false);
            // The whole form is cleared, roles too: the next account starts with none ticked.
            for (QLineEdit* e : newUserEdits())
                e->clear();
            for (QCheckBox* box : {m_ui->roleClerk, m_ui->roleTsonOperator, m_ui->roleAkimOfficer, m_ui->roleHead,
                                   m_ui->roleExecutor, m_ui->roleAdministrator})
                box->setChecked(false);
            m_ui->loginEdit->setFocus();
            loadUsers();
            Q_EMIT changed();
        },
        [this](const QString& error) { setStatus(error, true); });
}

QList<QLineEdit*> AdministrationDialog::newUserEdits() const
{
    return {m_ui->loginEdit,      m_ui->surnameEdit,  m_ui->givenNameEdit,
            m_ui->patronymicEdit, m_ui->passwordEdit, m_ui->repeatEdit};
}

const UserRecord* AdministrationDialog::selectedUser()
{
    const int row = m_ui->usersTable->currentRow();
    if (row < 0) {
        setStatus(tr("Select a user in the table first."), true);
        return nullptr;
    }
    return row < m_users.size() ? &m_users.at(row) : nullptr; // the record, not the words the table shows for it
}

void AdministrationDialog::editUser()
{
    const UserRecord* selected = selectedUser();
    if (!selected)
        return;
    const UserRecord user = *selected;
    auto* dialog = new UserDialog(user.login, user.name, user.roles, m_deskKind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        whenReady(
            this,
            m_store.editUser(user.login, dialog->name(), dialog->roles(), dialog->newPassword(), m_admin, m_now()),
            [this](const UserRecord& edited) {
                setStatus(tr("%1 (%2) is saved: documents printed from now on name the employee so.")
                              .arg(edited.login, edited.fullName),
                          false);
                loadUsers();
                Q_EMIT changed();
            },
            [this](const QString& error) { setStatus(error, true); });
    });
    dialog->open();
}

void AdministrationDialog::toggleDisabled()
{
    const UserRecord* selected = selectedUser();
    if (!selected)
        return;
    const UserRecord& user = *selected;
    const QString login = user.login;
    const bool disable = !user.disabled;
    if (disable && !Prompts::instance().confirm(this, tr("Disable the account"),
                                                tr("Disable %1 (%2)? The account cannot sign in until an "
                                                   "administrator enables it again.")
                                                    .arg(login, user.fullName)))
        return;
    whenReady(
        this, m_store.setUserDisabled(login, disable, m_admin, m_now()),
        [this, login](bool disabled) {
            setStatus(disabled ? tr("%1 is disabled and cannot sign in.").arg(login)
                               : tr("%1 can sign in again.").arg(login),
                      false);
            loadUsers();
            Q_EMIT changed();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void AdministrationDialog::loadOffice()
{
    whenReady(
        this, m_store.desk(),
        [this](const DeskRecord& desk) {
            m_officeId = desk.office.id;
            m_hours = desk.office.hours;
            m_ui->openTimeEdit->setTime(m_hours.open);
            m_ui->closeTimeEdit->setTime(m_hours.close);
            m_ui->lunchCheck->setChecked(m_hours.hasLunch());
            m_ui->lunchStartEdit->setTime(m_hours.hasLunch() ? m_hours.lunchStart : QTime(13, 0));
            m_ui->lunchEndEdit->setTime(m_hours.hasLunch() ? m_hours.lunchEnd : QTime(14, 0));
            m_ui->lunchStartEdit->setEnabled(m_hours.hasLunch());
            m_ui->lunchEndEdit->setEnabled(m_hours.hasLunch());
        },
        [this](const QString& error) { setStatus(error, true); });
}

void AdministrationDialog::saveHours()
{
    OfficeHours hours;
    hours.open = m_ui->openTimeEdit->time();
    hours.close = m_ui->closeTimeEdit->time();
    hours.lunchStart = m_ui->lunchCheck->isChecked() ? m_ui->lunchStartEdit->time() : QTime();
    hours.lunchEnd = m_ui->lunchCheck->isChecked() ? m_ui->lunchEndEdit->time() : QTime();
    if (const QString problem = hours.validate(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    whenReady(
        this, m_store.saveOfficeHours(m_officeId, hours, m_admin, m_now()),
        [this, hours](bool) {
            m_hours = hours;
            setStatus(tr("The office's hours are saved; terms in hours and minutes count them from the next sign-in."),
                      false);
            Q_EMIT changed();
        },
        [this](const QString& error) { setStatus(error, true); });
}

void AdministrationDialog::fillServices()
{
    const QStringList inForce = DeskSettings::servicesInForce();
    m_ui->servicesList->clear();
    for (const ServiceVariant& v : m_catalog.intakeVariants()) {
        if (!v.offersChannel(m_deskKind))
            continue;
        auto* item = new QListWidgetItem(v.title(m_language), m_ui->servicesList);
        item->setData(Qt::UserRole, v.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(inForce.isEmpty() || inForce.contains(v.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void AdministrationDialog::saveServices()
{
    QStringList ids;
    for (int i = 0; i < m_ui->servicesList->count(); ++i) {
        if (m_ui->servicesList->item(i)->checkState() == Qt::Checked)
            ids << m_ui->servicesList->item(i)->data(Qt::UserRole).toString();
    }
    if (ids.isEmpty()) {
        setStatus(tr("Keep at least one service in force: the desk could take no application."), true);
        return;
    }
    if (const auto error =
            DeskSettings::setServicesInForce(ids.size() == m_ui->servicesList->count() ? QStringList() : ids)) {
        setStatus(tr("The services in force were not saved: %1").arg(*error), true);
        return;
    }
    setStatus(tr("%n service(s) in force at this desk.", nullptr, static_cast<int>(ids.size())), false);
    Q_EMIT changed();
}

void AdministrationDialog::showYear()
{
    const int year = m_ui->yearSpin->value();
    const Language language = m_language;
    // The calendar files are read off the UI thread.
    whenReady(
        this, QtConcurrent::run([year, language]() {
            const WorkingCalendar calendar =
                WorkingCalendar::load(WorkingCalendar::builtinDirectory(), AppPaths::calendarOverrideDirectory());
            QList<QStringList> rows;
            for (const DayInfo& d : calendar.specialDays(year))
                rows << QStringList{d.date.toString(QStringLiteral("dd.MM.yyyy")),
                                    d.working ? AdministrationDialog::tr("working day")
                                              : AdministrationDialog::tr("day off"),
                                    d.name.text(language), d.source.text(language)};
            return rows;
        }),
        [this](const QList<QStringList>& rows) {
            fillReadOnlyTable(m_ui->daysTable, {tr("Date"), tr("Day"), tr("Why"), tr("Source")}, rows);
        },
        [this](const QString& error) { setStatus(error, true); });
}

void AdministrationDialog::editDay(bool dayOff, bool remove)
{
    const QDate date = m_ui->dateEdit->date();
    const CalendarDayEdit edit{date,
                               remove   ? CalendarDayEdit::What::Undo
                               : dayOff ? CalendarDayEdit::What::DayOff
                                        : CalendarDayEdit::What::WorkingDay,
                               m_ui->reasonEdit->text()};
    whenReady(
        this, m_store.editCalendarDay(edit, m_admin, m_now()),
        [this, date](bool) {
            m_ui->reasonEdit->clear();
            m_ui->yearSpin->setValue(date.year());
            showYear();
            setStatus(tr("%1 saved in the calendar; deadlines computed from now on count it.")
                          .arg(date.toString(QStringLiteral("dd.MM.yyyy"))),
                      false);
            Q_EMIT changed();
        },
        [this](const QString& error) { setStatus(error, true); });
}

} // namespace kense
