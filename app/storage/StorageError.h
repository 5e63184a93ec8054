#pragma once

// The one error type of the store's calls.
#include <QString>

namespace kense {

/// A storage failure with a one-line reason. Repositories throw it; callers at a boundary (the queue store's
/// worker, kensectl) catch it and report. A failed write has been rolled back when this reaches them.
struct StorageError
{
    QString message;
};

} // namespace kense
