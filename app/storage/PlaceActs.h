#pragma once

// The preschool queue's cycle at the provider's desk (issue 17, item 2): a place offered, the parent's written answer,
// the direction, a withdrawal — each an event on the child's request under the move's name (PlaceCycle). The
// request's own state stays where its term left it: the talon was the result of the service; the place is a process
// of its own, and the waiting lists count only the children who still hold one.
#include "catalog/ServiceCatalog.h"
#include "queue/PlaceCycle.h"
#include "queue/PlaceStanding.h"
#include "records/RequestRecord.h"
#include "records/UserRecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace kense {

class PlaceActs
{
public:
    PlaceActs(const QSqlDatabase& db, const ServiceCatalog& catalog);

    /// Where the child of the request stands: the state its latest move of the cycle led to (waiting before any).
    PlaceState stateOf(const QString& number) const;
    /// The child's standing with what the cycle recorded: the kindergarten offered, when the direction was issued.
    PlaceStanding standingOf(const QString& number) const;
    /// The same for a person asking (kensectl queue show), with the direction's last day (invalid: no direction, or
    /// no term in the catalog). Refused with the reason (StorageError): no such request, not a queue service's.
    std::pair<PlaceStanding, QDate> placeOf(const QString& number) const;
    /// Makes `move` for the child of the request as `user` and returns where the child stands after it. An offer
    /// names the kindergarten (and may name the group and the day the parent is to answer by, not before the offer's
    /// own day). Refused with the reason (StorageError), writing nothing: not
    /// a queue service's request, a desk that keeps no waiting lists (a ЦОН's), a request refused or not registered,
    /// a move the cycle has not from where the child stands, a user none of whose roles may make it, a direction
    /// marked expired before its validity (the service's `queue.direction.valid_months`) has passed on `at`.
    PlaceState move(const QString& number, PlaceMove move, const UserRecord& user, const QDateTime& at,
                    const PlaceOffer& offer = {}, const QString& note = QString());

private:
    QSqlDatabase m_db;
    const ServiceCatalog& m_catalog;
};

/// The SQL condition (on a request aliased `r`) that its child still holds a place in its list: no move of the cycle
/// yet, or the latest one left it waiting or offered.
QString holdsAPlaceSql();
/// The SQL expression (on a request aliased `r`) of the latest move of the cycle made for it (NULL: none).
QString latestPlaceMoveSql();
/// Where the child stands after the latest move `moveName` (empty: none yet, waiting).
PlaceState placeStateAfter(const QString& moveName);
/// The child's standing from a request's history (the events of the cycle among them).
PlaceStanding placeStandingOf(const QList<EventRecord>& events);

} // namespace kense
