#pragma once

#include "settings/Settings.h"
#include "sync/Central.h"

#include <optional>

namespace kense {

/// The central server as the administrator set it (central/* in Settings' key table): host, port, database, user
/// and how often to sync. The password is never here: it is in the keychain (SecretStore).
class CentralSettings
{
public:
    static std::optional<sync::CentralAddress> address(const Settings& settings = Settings::desk()); ///< none: unset
    /// Returns the reason when a value does not fit or the file could not be written.
    [[nodiscard]] static std::optional<QString> setAddress(const sync::CentralAddress& address,
                                                           Settings settings = Settings::desk());
    static void clear(Settings settings = Settings::desk());
    /// Minutes between background syncs (default 5; 0: only when asked).
    static int intervalMinutes(const Settings& settings = Settings::desk());
    [[nodiscard]] static std::optional<QString> setIntervalMinutes(int minutes, Settings settings = Settings::desk());
    /// Days the outbox keeps the changes the centre confirmed, counted from its confirmation (default 0: all).
    static int keepConfirmedDays(const Settings& settings = Settings::desk());
    [[nodiscard]] static std::optional<QString> setKeepConfirmedDays(int days, Settings settings = Settings::desk());
};

} // namespace kense
