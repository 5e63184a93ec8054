#pragma once

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
/// provider; back at the ЦОН: signed → returned to the ЦОН), with the core's role rules, in one transaction.
class CourierRegisters
{
public:
    explicit CourierRegisters(const QSqlDatabase& db)
        : m_db(db)
    {}

    CourierRegisterRecord create(const DeskRecord& desk, RegisterDirection direction, const QString& provider,
                                 const UserRecord& user, const QDateTime& at);
    /// Adds a request (scanned or typed). Only while the register is not sent.
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
};

} // namespace kense
