// Central: the conflicts an administrator of the centre sees and decides there.
#include "Central.h"
#include "CentralQuery.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace kense::sync {

using central::checkRead;
using central::run;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Central)
};
} // namespace

QList<CentralConflict> Central::conflicts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT number, state, desk, kind, to_state, at, accepted, event, head FROM kense_conflicts()"));
    run(q);
    QList<CentralConflict> out;
    while (q.next()) {
        out.append(CentralConflict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toBool(), q.value(7).toString(), q.value(8).toBool()});
    }
    checkRead(q);
    return out;
}

ConflictDecision Central::decideConflict(const QString& number, const QString& event, const QString& note,
                                         const QDateTime& at)
{
    if (QUuid::fromString(event).isNull())
        throw StorageError{Tr::tr("\"%1\" is not a change's uuid").arg(event)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT event, state FROM kense_decide_conflict(?, ?::uuid, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(event);
    q.addBindValue(note);
    q.addBindValue(storedMoment(at));
    run(q);
    if (!q.next())
        throw StorageError::failed(Tr::tr("the centre gave no answer to the decision of %1").arg(number));
    return ConflictDecision{q.value(0).toString(), q.value(1).toString()};
}

} // namespace kense::sync
