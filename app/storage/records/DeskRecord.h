#pragma once

// An office of the directory and this database's desk.
#include "calendar/OfficeHours.h"
#include "identity/PersonName.h"
#include "workflow/Channel.h"

#include <QString>

namespace kense {

struct OfficeRecord
{
    qint64 id = 0;
    QString code;
    QString directoryId;
    QString name;
    QString kind; ///< authorized_body, tson_branch, rural_representation, rural_akim_office, school, college, other
    QString region;
    QString district;
    QString address;
    QString phone;
    OfficeHours hours;

    /// How a desk of this office takes requests: at a ЦОН branch or a rural representation of the ЦОН a desk is a
    /// ЦОН desk; everywhere else it is the provider's канцелярия.
    Channel defaultDeskKind() const;
};

/// This database's desk: the office it belongs to, its code and whether it takes requests as the provider's
/// канцелярия or as a ЦОН desk.
struct DeskRecord
{
    qint64 id = 0;
    QString code;
    Channel kind = Channel::Provider;
    OfficeRecord office;
};

/// A new desk: the office (added to the directory when `newOfficeName` is set), the desk's code and kind, and its
/// first administrator.
struct NewDesk
{
    QString officeCode;
    QString newOfficeName; ///< for an office the directory does not have (with newOfficeKind and newOfficeRegion)
    QString deskCode;
    Channel kind = Channel::Provider;
    QString adminLogin;
    PersonalName adminName;
    QString password;
    QString newOfficeKind; ///< empty: "other"
    QString newOfficeRegion;
};

} // namespace kense
