#pragma once

#include "Channel.h"
#include "Role.h"

namespace kense {

/// Whether an account of a desk of `deskKind` may hold `role`: a rural akim's apparatus has its specialist where a
/// ЦОН has its operator (and no operator); the other roles every desk may give. What the administration's windows
/// offer.
bool isRoleOfDesk(Role role, Channel deskKind);

} // namespace kense
