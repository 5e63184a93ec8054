#include "Awaiting.h"

#include "Workflow.h"
#include "catalog/ServiceCatalog.h"

namespace kense {

QList<AwaitingClause> awaitingClauses(const QList<Role>& roles)
{
    QList<AwaitingClause> out;
    for (Role role : {Role::Head, Role::Executor}) {
        if (!roles.contains(role))
            continue;
        for (Channel channel : allChannels()) {
            for (Path path : allPaths()) {
                AwaitingClause clause{channel, path, {}, role == Role::Executor, {}};
                for (RequestState state : allStates()) {
                    if (!Workflow::available(state, channel, path, role).isEmpty())
                        clause.states << state;
                }
                if (!clause.states.isEmpty())
                    out << clause;
            }
        }
    }
    return out;
}

QList<AwaitingClause> awaitingFor(const QList<Role>& roles, const ServiceCatalog& catalog)
{
    QList<AwaitingClause> out;
    for (AwaitingClause clause : awaitingClauses(roles)) {
        for (const ServiceVariant& v : catalog.variants()) {
            if (v.path() == clause.path)
                clause.serviceIds << v.id;
        }
        if (!clause.serviceIds.isEmpty())
            out << clause;
    }
    return out;
}

} // namespace kense
