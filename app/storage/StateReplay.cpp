#include "StateReplay.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::StateReplay)
};
} // namespace

SealReport StateReplay::verify(const QSqlDatabase& db)
{
    SealReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The newest event of each request that names the state it left the request in. Events of other desks kept as
    // conflicts (sync_conflicts) were not applied: the request stayed as it was until a decision, itself an event.
    if (!q.exec(QStringLiteral(
            "SELECT r.number, r.state, (SELECT e.to_state FROM events e WHERE e.request_id = r.id "
            "AND e.to_state IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.request_id = r.id "
            "AND c.event_uuid = e.uuid) ORDER BY e.id DESC LIMIT 1) FROM requests r ORDER BY r.id")))
        throw StorageError::failed(Tr::tr("cannot replay the requests' history: ") + q.lastError().text());
    while (q.next()) {
        if (q.value(2).isNull())
            continue;
        ++report.checked;
        const QString state = q.value(1).toString(), replayed = q.value(2).toString();
        if (state != replayed)
            report.add(q.value(0).toString() + QStringLiteral(": ") +
                       Tr::tr("its state is %1, but its history leaves it %2 (the state was changed behind the "
                              "program)")
                           .arg(state, replayed));
    }
    return report;
}

} // namespace kense
