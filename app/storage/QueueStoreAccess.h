#pragma once

// For the layers above storage (sync, reports) and the tests: a job of their own on the store's one writer thread.
// Windows never include this: they call the store's named use-cases (QueueStore.h).
#include "Intake.h"
#include "QueueStore.h"

namespace kense {

class QueueStoreAccess
{
public:
    /// Runs `job` on the store's thread, on its connection, after the jobs already posted.
    template <typename T>
    static QFuture<T> run(QueueStore& store, std::function<T(QueueSession&)> job)
    {
        return store.run<T>(std::move(job));
    }
};

} // namespace kense
