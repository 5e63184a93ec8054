#pragma once

#include "records/DeskRecord.h"
#include "records/UserRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kense {

/// An office an administrator adds to the directory: a school, a college or a department the built-in directory
/// does not have, so that the ЦОН's registers can be routed to it.
struct NewOffice
{
    QString code; ///< 2–12 capital Latin letters and digits, e.g. "KZOSCH012"
    QString name;
    QString kind; ///< school, college, authorized_body, rural_akim_office or other
    QString region;
    QString district;
    QString address;
    QString phone;
};

/// The office directory as an administrator and a clerk use it: adding an office, finding one by any part of its
/// name, code, district or address.
namespace OfficeDirectory {

/// The kinds an administrator may add (a ЦОН's own branches come only with the built-in directory).
QStringList addableKinds();
/// Adds the office; only an administrator, and never over a taken code. Throws StorageError naming the field.
OfficeRecord add(const QSqlDatabase& db, const UserRecord& user, const NewOffice& office);
/// The offices whose code, name, district or address contains `text` (case does not matter, in any script); all
/// of them for an empty text. In code order.
QList<OfficeRecord> find(const QSqlDatabase& db, const QString& text);

} // namespace OfficeDirectory

} // namespace kense
