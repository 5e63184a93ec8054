#pragma once

#include "catalog/ServiceCatalog.h"
#include "records/DeskRecord.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kense {

/// The set-up of a database as a desk, the one use-case behind the first-start window and `kensectl db init`: the
/// office (added to the directory when `setup.newOfficeName` is given and the code is new), this desk, and its first
/// administrator, written in one transaction — the desk is whole or not there: anything refused (a code, the kind,
/// the administrator's login, name or password, a database already set up) is a StorageError naming it, and nothing
/// of the set-up stays written.
DeskRecord setUpDesk(const QSqlDatabase& db, const NewDesk& setup, const QDateTime& now);

/// The services a new desk takes when it keeps to its region (`kensectl db init --services region`, the default): the
/// catalog's variants of its office's region (the directory's region, or setup.newOfficeRegion for a new office) that
/// its kind of desk offers. A region the catalog has no act of is a StorageError naming it, before anything is written.
QStringList servicesOfRegion(const QSqlDatabase& db, const ServiceCatalog& catalog, const NewDesk& setup);

} // namespace kense
