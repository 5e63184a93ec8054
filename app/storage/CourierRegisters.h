#pragma once

#include "CourierRoutes.h"
#include "DeskRepository.h"
#include "UserRepository.h"
#include "records/CourierRegisterRecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace kense {

/// Courier registers (тізілімдеме): the ЦОН batches accepted requests for a provider, the courier carries them, the
/// provider's канцелярия receives them — and back with results. Each step moves every request of the register by
/// the workflow (add: registered → in a courier register; send: → sent to the provider; receive: → received by the
/// provider; back at the ЦОН: signed, or prepared on a path without a head → returned to the ЦОН), with the core's role
/// rules, in one transaction. A register names its other end by an office of the directory; a register to a provider
/// goes only to an office the routes name for some service, and takes only requests of the services that office
/// provides.
class CourierRegisters
{
public:
    /// The routes the desk's administrator named; `catalog` gives the services' paths (the way back takes a result
    /// signed by the head, or prepared where the service has no head) and must outlive the registers.
    CourierRegisters(const QSqlDatabase& db, const ServiceCatalog& catalog)
        : CourierRegisters(db, catalog, CourierRoutes::ofDesk())
    {}
    CourierRegisters(const QSqlDatabase& db, const ServiceCatalog& catalog, CourierRoutes routes)
        : m_db(db)
        , m_catalog(catalog)
        , m_routes(std::move(routes))
    {}

    /// A new register to (or, back to the ЦОН, from) the office `officeCode` of the directory. To a provider: only
    /// a user who may put requests into registers, and only to an office the routes name.
    CourierRegisterRecord create(const DeskRecord& desk, RegisterDirection direction, const QString& officeCode,
                                 const UserRecord& user, const QDateTime& at);
    /// Adds a request (scanned or typed). Only while the register is not sent; to a provider, only a request whose
    /// service the register's office provides.
    void add(const QString& registerNumber, const QString& requestNumber, int sheets, const UserRecord& user,
             const QDateTime& at);
    void remove(const QString& registerNumber, const QString& requestNumber, const UserRecord& user,
                const QDateTime& at);
    /// Hands the register to the courier.
    void send(const QString& registerNumber, const UserRecord& user, const QDateTime& at);
    /// Receives the register at the other end. `scanned` are the request numbers read from the packages' barcodes:
    /// each must be in the register, and every request of the register must be scanned — a package missing from
    /// the bag is reported, not received silently.
    void receive(const QString& registerNumber, const QStringList& scanned, const UserRecord& user,
                 const QDateTime& at);
    std::optional<CourierRegisterRecord> load(const QString& registerNumber) const;
    /// The newest registers first (at most `limit`), with their requests.
    QList<CourierRegisterRecord> list(int limit = 200) const;

private:
    QSqlDatabase m_db;
    const ServiceCatalog& m_catalog;
    CourierRoutes m_routes;
};

} // namespace kense
