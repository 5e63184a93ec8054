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
        Failed,  ///< the database, the disk or the network failed; the message says what failed
        Lost     ///< the database file was deleted, moved or replaced under the program: nothing more can be saved
    };

    QString message;
    Kind kind = Kind::Refused;

    /// A failure of the database, the disk or the network (not a rule's refusal).
    static StorageError failed(QString message) { return StorageError{std::move(message), Kind::Failed}; }
    /// The file the program opened is gone: a failure that every later act would meet too.
    static StorageError lost(QString message) { return StorageError{std::move(message), Kind::Lost}; }
    bool isFailure() const { return kind != Kind::Refused; }
    bool isLost() const { return kind == Kind::Lost; }
};

} // namespace kense
