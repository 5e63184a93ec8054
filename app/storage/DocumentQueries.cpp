#include "DocumentQueries.h"

#include "DeskRepository.h"
#include "RequestRepository.h"
#include "Results.h"
#include "SqlUtil.h"
#include "WaitingLists.h"
#include "intake/RequestNumber.h"

namespace kense {

std::optional<RequestDocumentFacts> DocumentQueries::request(const QString& number) const
{
    auto request = RequestRepository(m_db).load(number);
    if (!request)
        return std::nullopt;
    RequestDocumentFacts f;
    f.request = std::move(*request);
    if (const auto desk = DeskRepository(m_db).thisDesk())
        f.office = desk->office;
    Results results(m_db);
    f.result = results.load(number);
    if (f.result) {
        const QString maker = officeOfResultNumber(f.result->number);
        if (!maker.isEmpty() && (!f.office || maker != f.office->code)) {
            OfficeRecord other;
            other.code = maker; // an office the directory does not have is still named by its code
            other.name = maker;
            f.resultOffice = DeskRepository(m_db).officeByCode(maker).value_or(other);
        }
    }
    f.survey = results.survey(number);
    QSqlQuery names = prepare(m_db, QStringLiteral("SELECT full_name FROM users WHERE login = ?"));
    for (const EventRecord& e : f.request.events) {
        if (e.user.isEmpty() || f.fullNames.contains(e.user))
            continue;
        exec(names, {e.user});
        f.fullNames.insert(e.user, names.next() ? names.value(0).toString() : QString());
        names.finish();
    }
    f.officeHead = scalar(m_db, QStringLiteral("SELECT u.full_name FROM users u JOIN user_roles r ON r.user_id = u.id "
                                               "WHERE r.role = 'head' AND u.disabled = 0 ORDER BY u.id LIMIT 1"))
                       .toString();
    return f;
}

std::optional<QueuePlace> DocumentQueries::queuePlace(const ServiceCatalog& catalog, const QString& number) const
{
    const std::optional<DeskRecord> desk = DeskRepository(m_db).thisDesk();
    if (!desk || !WaitingLists::keptAt(*desk))
        return std::nullopt;
    return WaitingLists(m_db, catalog).placeOf(*desk, number);
}

std::optional<CourierRegisterSheet> DocumentQueries::courierRegister(const QString& number) const
{
    QSqlQuery reg =
        prepare(m_db, QStringLiteral("SELECT c.id, c.provider, c.direction, c.created_at, c.sent_at, c.received_at, "
                                     "uc.full_name, us.full_name, ur.full_name, o.name, o.address, p.name, p.address "
                                     "FROM courier_registers c JOIN offices o ON o.id = c.office_id "
                                     "LEFT JOIN offices p ON p.code = c.provider "
                                     "JOIN users uc ON uc.id = c.created_by LEFT JOIN users us ON us.id = c.sent_by "
                                     "LEFT JOIN users ur ON ur.id = c.received_by WHERE c.number = ?"));
    exec(reg, {number});
    if (!reg.next())
        return std::nullopt;
    CourierRegisterSheet s;
    const qint64 id = reg.value(0).toLongLong();
    s.number = number;
    s.provider = reg.value(1).toString();
    s.direction = reg.value(2).toString();
    s.createdAt = momentFromStored(reg.value(3).toString());
    s.sentAt = momentFromStored(reg.value(4).toString());
    s.receivedAt = momentFromStored(reg.value(5).toString());
    s.createdBy = reg.value(6).toString();
    s.sentBy = reg.value(7).toString();
    s.receivedBy = reg.value(8).toString();
    s.officeName = reg.value(9).toString();
    s.officeAddress = reg.value(10).toString();
    s.providerName = reg.value(11).toString();
    s.providerAddress = reg.value(12).toString();
    reg.finish();

    QSqlQuery items =
        prepare(m_db, QStringLiteral("SELECT r.number, r.service_id, r.applicant_name, i.sheets "
                                     "FROM courier_register_items i JOIN requests r ON r.id = i.request_id "
                                     "WHERE i.register_id = ? ORDER BY i.rowid"));
    exec(items, {id});
    while (items.next())
        s.items << CourierRegisterSheet::Item{items.value(0).toString(), items.value(1).toString(),
                                              items.value(2).toString(), items.value(3).toInt()};
    return s;
}

} // namespace kense
