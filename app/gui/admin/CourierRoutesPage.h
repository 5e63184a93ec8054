#pragma once

#include "CourierRoutes.h"
#include "catalog/ServiceCatalog.h"
#include "records/DeskRecord.h"
#include "records/UserRecord.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kense {

class QueueStore;

/// Administration → Courier routes, at a ЦОН desk: for each service the desk takes, the offices of the directory
/// that provide it — where the courier registers take its requests. The office is found by typing any part of its
/// name, code or address; each change is saved at once (QueueStore::nameCourierProviders).
class CourierRoutesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierRoutesPage)

public:
    CourierRoutesPage(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& admin, Channel deskKind,
                      Language language, QWidget* parent = nullptr);

    /// Reads the routes and the directory again.
    void reload();

Q_SIGNALS:
    /// What the page says happened (or why nothing did), for the dialog's status line.
    void status(const QString& text, bool error);
    /// A route was saved.
    void changed();
    /// The routes and the directory were read.
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void showSelected();
    QString selectedService() const;
    /// The office as the page shows it (name and code), or the code of an office no longer in the directory.
    QString officeName(const QString& code) const;
    void save(const QStringList& codes, const QString& done);
    void addOffice();
    void removeOffice();
    void addToDirectory();

    QueueStore& m_store;
    const ServiceCatalog& m_catalog;
    UserRecord m_admin;
    Channel m_deskKind;
    Language m_language;
    CourierRoutes m_routes;
    QStringList m_taken; ///< the services this desk takes (DeskSettings::takesService), read on the store's thread
    QList<OfficeRecord> m_offices; ///< the directory's offices that may provide a service
    QStringList m_services;        ///< the table's rows, by variant id

    QLabel* m_caption = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_officeCombo = nullptr;
    QPushButton* m_addButton = nullptr;
    QListWidget* m_officesList = nullptr;
    QPushButton* m_removeButton = nullptr;
    // An office the directory lacks (a school, a college): added here, then chosen above.
    QGroupBox* m_newOfficeBox = nullptr;
    QLineEdit* m_newCode = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newKind = nullptr;
    QLineEdit* m_newAddress = nullptr;
    QPushButton* m_addToDirectoryButton = nullptr;
};

} // namespace kense
