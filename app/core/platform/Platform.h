#pragma once

#include <QString>

namespace kense::Platform {

/// Process-wide settings a program makes before anything else. On Linux, when TZ is unset, glibc looks at
/// /etc/localtime again (a stat) on every local-time conversion; setting TZ to that same file keeps the meaning and
/// removes a system call from every QDateTime in local time (demo data spent 8% of its time there). On Unix the
/// file mode creation mask becomes 077: every file Kense writes (the database and its WAL, backups, CSV, PDF,
/// packages, logs, settings) is readable by this account only, whatever the system's default umask; on Windows the
/// per-user AppData folder's access list does the same (installer/README.md).
void init();

/// Takes group's and others' rights off an existing file or folder (one made before init()'s mask: by an older
/// version, under another umask, or copied in); false when the rights could not be changed. Nothing on Windows.
bool keepPrivate(const QString& path);

} // namespace kense::Platform
