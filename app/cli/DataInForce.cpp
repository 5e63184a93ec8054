#include "DataInForce.h"

#include "Cli.h"
#include "paths/AppPaths.h"

namespace kense::cli {

ServiceCatalog catalogInForce()
{
    QStringList errors;
    ServiceCatalog catalog =
        ServiceCatalog::load(ServiceCatalog::builtinDirectory(), AppPaths::catalogOverrideDirectory(), &errors);
    if (!errors.isEmpty())
        throw Failure{BadInput, QStringLiteral("catalog file refused: ") + errors.first()};
    catalog.applyAdministratorTerms(Settings::desk(), &errors);
    if (!errors.isEmpty())
        throw Failure{BadInput, QStringLiteral("a term in the settings refused: ") + errors.first()};
    return catalog;
}

WorkingCalendar calendarInForce()
{
    QStringList errors;
    WorkingCalendar calendar =
        WorkingCalendar::load(WorkingCalendar::builtinDirectory(), AppPaths::calendarOverrideDirectory(), &errors);
    if (!errors.isEmpty())
        throw Failure{BadInput, QStringLiteral("calendar file refused: ") + errors.first()};
    return calendar;
}

} // namespace kense::cli
