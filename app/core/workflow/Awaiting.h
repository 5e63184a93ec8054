#pragma once

// «Waiting for me» (issue 15): the requests on which a head or an executor has the next move, from the rule book.
#include "Channel.h"
#include "RequestState.h"
#include "Role.h"
#include "Transition.h"

#include <QList>
#include <QStringList>

namespace kense {

class ServiceCatalog;

/// The requests of one channel and path in one of `states` wait for the user's move; with `executorsOwn`, only those
/// whose executor is the user or that have none yet (a request the head named another executor for is not theirs; on
/// a path without a head any executor takes a registered one).
struct AwaitingClause
{
    Channel channel = Channel::Provider;
    Path path = Path::HeadAndExecutor;
    QList<RequestState> states;
    bool executorsOwn = false;
    QStringList serviceIds; ///< the catalog's variants on `path` (awaitingFor); empty from awaitingClauses

    bool operator==(const AwaitingClause&) const = default;
};

/// What waits for a holder of `roles`: the head's moves (a resolution, a signature, a return for rework) on every
/// request in such a state; the executor's moves on the requests named to them, and — on a path without a head —
/// on those no one took yet. Other roles (the clerk, the operator, the
/// administrator) are waited for by the journal's state filters, not here. Empty when `roles` hold neither.
QList<AwaitingClause> awaitingClauses(const QList<Role>& roles);
/// The same for the services of `catalog`: each clause names the variants on its path (a path no variant takes is
/// left out) — what the journal's filter selects by.
QList<AwaitingClause> awaitingFor(const QList<Role>& roles, const ServiceCatalog& catalog);

} // namespace kense
