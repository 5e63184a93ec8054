#pragma once

#include "StorageError.h"
#include "gui/common/StoreErrors.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace kense {

/// Runs onResult(value) — or onError(reason) if the job threw a StorageError, the reason as a clerk is told it
/// (StoreErrors: a failure of the database or the disk is said as such) — on `context`'s thread when `future`
/// is ready, and never if `context` was destroyed before. (In Qt 6.4, QFuture::then(context, …) asserts or touches a
/// dead object when the context dies first — e.g. a window closed while its journal page is loading. A watcher
/// parented to the context dies with it.)
template <typename T, typename OnResult, typename OnError>
void whenReady(QObject* context, const QFuture<T>& future, OnResult onResult, OnError onError)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, onResult, onError]() mutable {
        watcher->deleteLater();
        T value;
        try {
            value = watcher->result();
        } catch (const StorageError& e) {
            onError(StoreErrors::forClerk(e));
            return;
        }
        onResult(value);
    });
    watcher->setFuture(future);
}

} // namespace kense
