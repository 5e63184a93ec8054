#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace kense::WholeFile {

/// Writes the file `path` whole or not at all. A file goes through QSaveFile: `fill` writes into a temporary file
/// beside it, which takes the name only when every byte, the flush and the sync succeeded — a failure (a full disk,
/// a removed stick) leaves no file, and an older file of that name as it was. A device or a pipe (/dev/stdout) is
/// written directly, its errors checked. `fill` returns "" or the reason it failed; what this returns is "" or one
/// line naming the file and the reason, "the disk is full" when it is.
QString write(const QString& path, const std::function<QString(QIODevice*)>& fill);

} // namespace kense::WholeFile
