#pragma once

// The one error type of the store's calls.
#include <QString>

#include <utility>

namespace kense {

/// A storage failure with a one-line reason. Repositories throw it; callers at a boundary (the queue store's
/// worker, kensectl) catch it and report. A failed write has been rolled back when this reaches them.
///
/// Two kinds, because the clerk must be told which it was: a refusal by a rule (the act is not allowed — a request
/// in the wrong state, a login taken, a copy of another desk), which trying again will not change; and a failure of
/// the database, the disk or the network, where the act may well be allowed and nothing of it was saved.
struct StorageError
{
    enum class Kind
    {
        Refused, ///< a rule refused the act; the message says which rule
        Failed   ///< the database, the disk or the network failed; the message says what failed
    };

    QString message;
    Kind kind = Kind::Refused;

    /// A failure of the database, the disk or the network (not a rule's refusal).
    static StorageError failed(QString message) { return StorageError{std::move(message), Kind::Failed}; }
    bool isFailure() const { return kind == Kind::Failed; }
};

} // namespace kense
