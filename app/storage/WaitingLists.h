#pragma once

// The waiting lists a provider's desk keeps (issue 17, item 1): the children of a queue service (the preschool
// queue) registered at this office or brought to it by a ЦОН's courier register, ranked by core's rankWaitingLists.
#include "catalog/ServiceCatalog.h"
#include "queue/PlaceCycle.h"
#include "queue/WaitingList.h"
#include "records/DeskRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

/// A child's place with what a list shows of the request.
struct WaitingListRow
{
    QueuePlace place;
    QString serviceId;
    QString stateName;
    PlaceState placeState = PlaceState::Waiting; ///< waiting, or offered a place not yet answered
};

class WaitingLists
{
public:
    WaitingLists(const QSqlDatabase& db, const ServiceCatalog& catalog);

    /// Whether this desk keeps waiting lists: a provider's desk does; a ЦОН desk registers applications and sends
    /// them on, so the positions it could count would leave out the provider's own children.
    static bool keptAt(const DeskRecord& desk);
    /// Every child waiting in the lists of the service kept at `desk` (empty at a desk that keeps none), list by
    /// list in order. Waiting: registered, not refused, and holding a place (PlaceCycle::holdsAPlace: no direction
    /// issued, not withdrawn). Throws StorageError for an unknown or non-queue service.
    QList<WaitingListRow> of(const DeskRecord& desk, const QString& serviceId) const;
    /// The place of one request in its list, nullopt when it waits in none at this desk.
    std::optional<QueuePlace> placeOf(const DeskRecord& desk, const QString& number) const;

private:
    QSqlDatabase m_db;
    const ServiceCatalog& m_catalog;
};

} // namespace kense
