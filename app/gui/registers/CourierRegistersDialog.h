#pragma once

#include "catalog/ServiceCatalog.h"
#include "records/CourierRegisterRecord.h"
#include "records/UserRecord.h"

#include <QDateTime>
#include <QDialog>
#include <QFuture>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class CourierRegistersDialog;
}

namespace kense {

class QueueStore;

/// Courier registers (тізілімдеме): the ЦОН operator makes one for a provider and scans the packages' barcodes into
/// it, hands it to the courier (printing it); at the other end the канцелярия scans every package of the register
/// and receives it — a package missing from the bag is reported, not received silently. The moves themselves are
/// the store's (QueueStore), under the workflow's rules.
class CourierRegistersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierRegistersDialog)

public:
    CourierRegistersDialog(QueueStore& store, const ServiceCatalog& catalog, const UserRecord& user,
                           std::function<QDateTime()> now, QWidget* parent = nullptr);
    ~CourierRegistersDialog() override;

    /// The register selected in the table (empty: none).
    QString selectedRegister() const;

Q_SIGNALS:
    /// The registers were read again (after a change).
    void loaded();
    /// Requests moved (the journal should refresh).
    void moved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload(const QString& select = QString());
    void loadProviders();
    /// The office code the provider field names: an item of the list by its text, or a code typed whole.
    QString chosenProvider() const;
    void createRegister();
    void addScanned();
    void markReceived();
    void send();
    void receive();
    void printRegister();
    void setStatus(const QString& text, bool error);
    void afterMove(const QFuture<bool>& move, const QString& done, const QString& select);

    std::unique_ptr<Ui::CourierRegistersDialog> m_ui;
    QueueStore& m_store;
    std::function<QDateTime()> m_now;
    const ServiceCatalog& m_catalog;
    UserRecord m_user;
    QList<CourierRegisterRecord> m_registers;
    QStringList m_scanned; ///< packages scanned for receiving the selected register
};

} // namespace kense
