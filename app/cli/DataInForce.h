#pragma once

#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"

namespace kense::cli {

/// The catalog and calendar in force: built-in data with the administrator's files in front
/// (the same as the desktop program uses). A refused file ends the command with a BadInput failure, since a
/// script must not silently get answers from data other than what the administrator wrote.
ServiceCatalog catalogInForce();
WorkingCalendar calendarInForce();

} // namespace kense::cli
