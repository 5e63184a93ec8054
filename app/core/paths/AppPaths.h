#pragma once

#include <QString>

namespace kense {

/// Where Kense keeps its files. Everything lives under one data directory:
/// QStandardPaths::AppDataLocation (~/.local/share/kense on Linux, %APPDATA%/kense on Windows), or the directory
/// named by the environment variable KENSE_DATA_DIR (portable installs, tests).
namespace AppPaths {
QString dataDirectory();
QString defaultDatabasePath();        ///< <data>/kense.sqlite
QString catalogOverrideDirectory();   ///< <data>/catalog — an administrator's catalog files
QString calendarOverrideDirectory();  ///< <data>/calendar — year files and edits.json
QString templatesOverrideDirectory(); ///< <data>/templates — an administrator's document templates and blank layouts
QString logDirectory();               ///< <data>/logs
QString settingsFile();               ///< <data>/settings.ini — the interface's settings (window layout per user …)
} // namespace AppPaths

} // namespace kense
