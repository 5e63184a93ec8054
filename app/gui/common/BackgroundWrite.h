#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace kense {

/// Writes `bytes` to the file `path` whole or not at all (WholeFile::write), on a thread of the pool, never on the
/// window's: the future holds "" or one line naming the file and the reason it was not saved.
QFuture<QString> writeWholeInBackground(const QString& path, const QByteArray& bytes);

} // namespace kense
