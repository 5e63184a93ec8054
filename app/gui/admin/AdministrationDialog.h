#pragma once

#include "catalog/ServiceCatalog.h"
#include "records/DeskRecord.h"
#include "records/UserRecord.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

class QLineEdit;

namespace Ui {
class AdministrationDialog;
}

namespace kense {

class QueueStore;
class CourierRoutesPage;

/// An administrator's desk: users and their roles, the office's working hours, the service variants in force at
/// this desk, where a ЦОН's courier registers take each service (CourierRoutesPage), and the working calendar's single
/// days (a day off or a working day, with its reason).
class AdministrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationDialog)

public:
    AdministrationDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& admin, Channel deskKind,
                         std::function<QDateTime()> now, Language language, QWidget* parent = nullptr);
    ~AdministrationDialog() override;

Q_SIGNALS:
    /// A change was written (users, hours, services or the calendar); the status line says which.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadUsers();
    void loadOffice();
    void fillServices();
    void showYear();
    void addUser();
    void toggleDisabled();
    void editUser();
    /// The row selected in the users' table, or nullptr (the status line asks to select one).
    const UserRecord* selectedUser();
    QList<QLineEdit*> newUserEdits() const;
    void saveHours();
    void saveServices();
    void editDay(bool dayOff, bool remove);
    void setStatus(const QString& text, bool error);

    std::unique_ptr<Ui::AdministrationDialog> m_ui;
    QueueStore& m_store;
    std::function<QDateTime()> m_now;
    const ServiceCatalog& m_catalog;
    UserRecord m_admin;
    QList<UserRecord> m_users; ///< as the table shows them, row by row
    Channel m_deskKind;
    Language m_language;
    qint64 m_officeId = 0;
    CourierRoutesPage* m_routesPage = nullptr; ///< at a ЦОН desk only
    OfficeHours m_hours;
};

} // namespace kense
