#pragma once

// What the sync's tests share: a fixed day, a refusal as text, where a request stands at a desk and at the centre,
// a sync and a registration as the programs make them.
#include "CentralFixture.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "TestDesk.h"
#include "sync/SyncEngine.h"

#include <functional>

namespace kense::test {

inline QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}

/// The message of the StorageError `f` throws; empty when it throws none.
inline QString failure(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StorageError& e) {
        return e.message;
    }
    return {};
}

inline QString stateAt(TestDesk& desk, const QString& number)
{
    const auto r = RequestRepository(desk.db.connection(), &desk.catalog).load(number);
    return r ? stateName(r->state) : QStringLiteral("(missing)");
}

inline QString centreState(sync::Central& c, const QString& number)
{
    QSqlQuery q(c.connection());
    q.prepare(QStringLiteral("SELECT state FROM requests WHERE number = ?"));
    q.addBindValue(number);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(missing)");
}

/// Syncs `desk`; `relayKeys` gives the public keys of the desks whose packages it imported (the keychain otherwise).
inline sync::SyncReport syncDesk(TestDesk& desk, const sync::CentralAddress& address, const QString& password,
                                 int batch = 500, const sync::PublicKeyOf& relayKeys = {})
{
    sync::Central central(address, password);
    sync::SyncEngine engine(desk.db.connection(), central, batch);
    if (relayKeys)
        engine.setRelayKeys(relayKeys);
    return engine.run();
}

/// Registers the duplicate application on `day` at 10:00; the test stops if it is not registered.
inline QString submit(TestDesk& desk, Channel channel, const UserRecord& user, int day)
{
    Intake intake(desk.db.connection(), desk.catalog, desk.calendar);
    const IntakeOutcome o = intake.submit(duplicateDraft(channel), user, at(day, 10), false);
    if (!o.registered())
        qFatal("the test draft was not registered");
    return o.request->number;
}

} // namespace kense::test
