#include "DeskRoles.h"

namespace kense {

bool isRoleOfDesk(Role role, Channel deskKind)
{
    if (role == Role::AkimOfficer)
        return deskKind == Channel::Akim;
    if (role == Role::TsonOperator)
        return deskKind != Channel::Akim;
    return true;
}

} // namespace kense
