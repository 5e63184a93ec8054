#pragma once

#include "sync/Central.h"

#include <optional>

namespace kense {

/// The central server as the administrator set it, in [central] of <data>/settings.ini: host, port, database,
/// user and how often to sync. The password is never here: it is in the keychain (SecretStore).
class CentralSettings
{
public:
    static std::optional<sync::CentralAddress> address(); ///< none: no centre is set
    static void setAddress(const sync::CentralAddress& address);
    static void clear();
    /// Minutes between background syncs (default 5; 0: only when asked).
    static int intervalMinutes();
    static void setIntervalMinutes(int minutes);
};

} // namespace kense
