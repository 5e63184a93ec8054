#include "CourierRegisters.h"

#include "EventLog.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "common/Uuid.h"
#include "workflow/EventKind.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QSet>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CourierRegisters)
};
} // namespace

namespace {
QString directionName(RegisterDirection d)
{
    return d == RegisterDirection::ToProvider ? QStringLiteral("to_provider") : QStringLiteral("to_tson");
}

struct RegisterState
{
    qint64 id = 0;
    QString office; ///< the office at the other end
    RegisterDirection direction = RegisterDirection::ToProvider;
    bool sent = false;
    bool received = false;
};

RegisterState stateOf(const QSqlDatabase& db, const QString& number)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, direction, sent_at IS NOT NULL, received_at IS NOT NULL, "
                                             "provider FROM courier_registers WHERE number = ?"));
    exec(q, {number});
    if (!q.next())
        throw StorageError{Tr::tr("no courier register %1").arg(number)};
    return RegisterState{q.value(0).toLongLong(), q.value(4).toString(),
                         q.value(1).toString() == QLatin1String("to_provider") ? RegisterDirection::ToProvider
                                                                               : RegisterDirection::ToTson,
                         q.value(2).toBool(), q.value(3).toBool()};
}

QStringList itemsOf(const QSqlDatabase& db, qint64 registerId)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT r.number FROM courier_register_items i JOIN requests r "
                                             "ON r.id = i.request_id WHERE i.register_id = ? ORDER BY i.rowid"));
    exec(q, {registerId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// A step of a register that does not move the request (the way back to the ЦОН is made up and sent while the
/// requests stay signed): an event of its own, so the history shows it and the change reaches the other desks.
void noteOnRequest(const QSqlDatabase& db, qint64 requestId, const QString& kind, const UserRecord& user,
                   const QDateTime& at, const QString& registerNumber)
{
    const QString state = scalar(db, QStringLiteral("SELECT state FROM requests WHERE id = ?"), {requestId}).toString();
    EventLog::append(db, EventDraft{requestId, at, user.id, kind, state, state, {}, {}, registerNumber});
}
} // namespace

CourierRegisterRecord CourierRegisters::create(const DeskRecord& desk, RegisterDirection direction,
                                               const QString& officeCode, const UserRecord& user, const QDateTime& at)
{
    const QString code = officeCode.trimmed().toUpper();
    if (code.isEmpty())
        throw StorageError{Tr::tr("a courier register names the office it goes to")};
    const auto office = DeskRepository(m_db).officeByCode(code);
    if (!office)
        throw StorageError{Tr::tr("%1 is not in the office directory").arg(code)};
    if (direction == RegisterDirection::ToProvider) {
        if (!Workflow::mayEver(Transition::AddToCourierRegister, desk.kind, user.roles))
            throw StorageError{Tr::tr("%1 may not make courier registers").arg(user.login)};
        if (m_routes.variantsTo(code).isEmpty())
            throw StorageError{Tr::tr("no service of this desk goes to %1 (%2): an administrator names the offices "
                                      "that provide each service")
                                   .arg(code, office->name)};
    }
    Transaction tx(m_db);
    QSqlQuery seq =
        prepare(m_db, QStringLiteral("INSERT INTO sequences (desk_id, year, kind, last) "
                                     "VALUES (?, ?, 'courier_register', 1) ON CONFLICT (desk_id, year, kind) "
                                     "DO UPDATE SET last = last + 1 RETURNING last"));
    exec(seq, {desk.id, at.date().year()});
    seq.next();
    const QString number = QStringLiteral("%1-%2-%3-R%4")
                               .arg(desk.office.code, desk.code)
                               .arg(at.date().year())
                               .arg(seq.value(0).toInt(), 5, 10, QLatin1Char('0'));
    seq.finish();
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO courier_registers (uuid, number, office_id, provider, "
                                               "direction, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    exec(q, {createUuidV7(), number, desk.office.id, code, directionName(direction), storedMoment(at), user.id});
    tx.commit();
    return *load(number);
}

void CourierRegisters::add(const QString& registerNumber, const QString& requestNumber, int sheets,
                           const UserRecord& user, const QDateTime& at)
{
    if (sheets < 1 || sheets > 10000)
        throw StorageError{Tr::tr("a package has 1 to 10000 sheets")};
    Transaction tx(m_db);
    const RegisterState reg = stateOf(m_db, registerNumber);
    if (reg.sent)
        throw StorageError{Tr::tr("%1 has been sent; start a new register").arg(registerNumber)};
    QSqlQuery request = prepare(m_db, QStringLiteral("SELECT id, service_id FROM requests WHERE number = ?"));
    exec(request, {requestNumber});
    if (!request.next())
        throw StorageError{Tr::tr("no request %1").arg(requestNumber)};
    const QVariant requestId = request.value(0);
    const QString service = request.value(1).toString();
    request.finish();
    if (reg.direction == RegisterDirection::ToProvider && !m_routes.providersOf(service).contains(reg.office)) {
        const QStringList providers = m_routes.providersOf(service);
        throw StorageError{
            providers.isEmpty()
                ? Tr::tr("%1: no office is named to provide the service %2; an administrator names it")
                      .arg(requestNumber, service)
                : Tr::tr("%1 goes to %2, not to %3 (%4): put it in a register to its provider")
                      .arg(requestNumber, providers.join(QStringLiteral(", ")), reg.office, registerNumber)};
    }
    const QVariant other = scalar(m_db,
                                  QStringLiteral("SELECT r.number FROM courier_register_items i "
                                                 "JOIN courier_registers r ON r.id = i.register_id "
                                                 "WHERE i.request_id = ? AND r.direction = ? AND r.id <> ?"),
                                  {requestId, directionName(reg.direction), reg.id});
    if (other.isValid())
        throw StorageError{Tr::tr("%1 is already in the register %2").arg(requestNumber, other.toString())};
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO courier_register_items (register_id, request_id, sheets) "
                                               "VALUES (?, ?, ?)"));
    try {
        exec(q, {reg.id, requestId, sheets});
    } catch (const StorageError&) {
        throw StorageError{Tr::tr("%1 is already in this register").arg(requestNumber)};
    }
    if (reg.direction == RegisterDirection::ToProvider)
        RequestRepository(m_db, &m_catalog)
            .advanceInTransaction(requestNumber, Transition::AddToCourierRegister, user, at, registerNumber);
    else
        noteOnRequest(m_db, requestId.toLongLong(), eventKindName(EventKind::PutInRegister), user, at, registerNumber);
    tx.commit();
}

void CourierRegisters::remove(const QString& registerNumber, const QString& requestNumber, const UserRecord& user,
                              const QDateTime& at)
{
    Transaction tx(m_db);
    const RegisterState reg = stateOf(m_db, registerNumber);
    if (reg.sent)
        throw StorageError{Tr::tr("%1 has been sent").arg(registerNumber)};
    QSqlQuery q = prepare(m_db, QStringLiteral("DELETE FROM courier_register_items WHERE register_id = ? AND "
                                               "request_id = (SELECT id FROM requests WHERE number = ?)"));
    exec(q, {reg.id, requestNumber});
    if (q.numRowsAffected() != 1)
        throw StorageError{Tr::tr("%1 is not in %2").arg(requestNumber, registerNumber)};
    if (reg.direction == RegisterDirection::ToProvider)
        RequestRepository(m_db, &m_catalog)
            .advanceInTransaction(requestNumber, Transition::RemoveFromCourierRegister, user, at, registerNumber);
    else
        noteOnRequest(
            m_db,
            scalar(m_db, QStringLiteral("SELECT id FROM requests WHERE number = ?"), {requestNumber}).toLongLong(),
            eventKindName(EventKind::TakenOutOfRegister), user, at, registerNumber);
    tx.commit();
}

void CourierRegisters::send(const QString& registerNumber, const UserRecord& user, const QDateTime& at)
{
    Transaction tx(m_db);
    const RegisterState reg = stateOf(m_db, registerNumber);
    if (reg.sent)
        throw StorageError{Tr::tr("%1 has been sent already").arg(registerNumber)};
    const QStringList items = itemsOf(m_db, reg.id);
    if (items.isEmpty())
        throw StorageError{Tr::tr("%1 is empty").arg(registerNumber)};
    if (reg.direction == RegisterDirection::ToProvider) {
        RequestRepository repo(m_db, &m_catalog);
        for (const QString& number : items)
            repo.advanceInTransaction(number, Transition::SendToProvider, user, at, registerNumber);
    }
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE courier_registers SET sent_at = ?, sent_by = ? WHERE id = ?"));
    exec(q, {storedMoment(at), user.id, reg.id});
    if (reg.direction == RegisterDirection::ToTson) {
        for (const QString& number : items)
            noteOnRequest(
                m_db, scalar(m_db, QStringLiteral("SELECT id FROM requests WHERE number = ?"), {number}).toLongLong(),
                eventKindName(EventKind::RegisterSent), user, at, registerNumber);
    }
    tx.commit();
}

void CourierRegisters::receive(const QString& registerNumber, const QStringList& scanned, const UserRecord& user,
                               const QDateTime& at)
{
    Transaction tx(m_db);
    const RegisterState reg = stateOf(m_db, registerNumber);
    if (!reg.sent)
        throw StorageError{Tr::tr("%1 has not been sent").arg(registerNumber)};
    if (reg.received)
        throw StorageError{Tr::tr("%1 has been received already").arg(registerNumber)};
    const QStringList items = itemsOf(m_db, reg.id);
    const QSet<QString> expected(items.cbegin(), items.cend());
    const QSet<QString> got(scanned.cbegin(), scanned.cend());
    QStringList stray, missing;
    for (const QString& n : scanned) {
        if (!expected.contains(n))
            stray << n;
    }
    for (const QString& n : items) {
        if (!got.contains(n))
            missing << n;
    }
    if (!stray.isEmpty())
        throw StorageError{Tr::tr("not in %1: %2").arg(registerNumber, stray.join(QStringLiteral(", ")))};
    if (!missing.isEmpty())
        throw StorageError{Tr::tr("missing from the bag: %1").arg(missing.join(QStringLiteral(", ")))};
    RequestRepository repo(m_db, &m_catalog);
    const Transition t =
        reg.direction == RegisterDirection::ToProvider ? Transition::ReceiveAtProvider : Transition::ReturnToTson;
    for (const QString& number : items)
        repo.advanceInTransaction(number, t, user, at, registerNumber);
    QSqlQuery q =
        prepare(m_db, QStringLiteral("UPDATE courier_registers SET received_at = ?, received_by = ? WHERE id = ?"));
    exec(q, {storedMoment(at), user.id, reg.id});
    tx.commit();
}

std::optional<CourierRegisterRecord> CourierRegisters::load(const QString& registerNumber) const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT c.id, c.number, c.provider, c.direction, c.created_at, c.sent_at, "
                                     "c.received_at, o.name FROM courier_registers c "
                                     "LEFT JOIN offices o ON o.code = c.provider WHERE c.number = ?"));
    exec(q, {registerNumber});
    if (!q.next())
        return std::nullopt;
    CourierRegisterRecord r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.provider = q.value(2).toString();
    r.direction = q.value(3).toString() == QLatin1String("to_provider") ? RegisterDirection::ToProvider
                                                                        : RegisterDirection::ToTson;
    r.createdAt = momentFromStored(q.value(4).toString());
    r.sentAt = momentFromStored(q.value(5).toString());
    r.receivedAt = momentFromStored(q.value(6).toString());
    r.providerName = q.value(7).toString();
    QSqlQuery items =
        prepare(m_db, QStringLiteral("SELECT r.number, i.sheets FROM courier_register_items i JOIN requests r "
                                     "ON r.id = i.request_id WHERE i.register_id = ? ORDER BY i.rowid"));
    exec(items, {r.id});
    while (items.next()) {
        r.requests << items.value(0).toString();
        r.sheets << items.value(1).toInt();
    }
    return r;
}

QList<CourierRegisterRecord> CourierRegisters::list(int limit) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT number FROM courier_registers ORDER BY id DESC LIMIT ?"));
    exec(q, {limit});
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    q.finish();
    QList<CourierRegisterRecord> out;
    for (const QString& n : numbers) {
        if (auto r = load(n))
            out << *r;
    }
    return out;
}

} // namespace kense
