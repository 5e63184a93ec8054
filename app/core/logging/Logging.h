#pragma once

#include <QString>

namespace kense::Logging {

/// Starts the rotating log file <data>/logs/<program>.log (5 files of 2 MiB) and routes Qt's messages
/// (qDebug/qInfo/qWarning/qCritical, with their category) into it. With `alsoToStderr`, warnings and worse are
/// echoed to stderr too. Returns the log file's path, or an empty string if the directory cannot be written (the
/// program then logs to stderr only and goes on).
QString start(const QString& program, bool alsoToStderr);

/// Flushes and closes the log; call before exit.
void stop();

} // namespace kense::Logging
