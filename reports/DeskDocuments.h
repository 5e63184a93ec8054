#pragma once

#include "RequestDocuments.h"
#include "Statistics.h"
#include "documents/DocumentData.h"

#include <QDate>
#include <QFuture>

#include <atomic>
#include <memory>
#include <optional>

namespace kense {

class QueueStore;

/// The documents' use-cases for the program's windows: what a document prints is read on the desk's one writer (the
/// queue store's thread) and handed back as plain data, laid out and painted wherever the caller likes.
class DeskDocuments
{
public:
    explicit DeskDocuments(QueueStore& store)
        : m_store(store)
    {}

    struct LoadedRequest
    {
        std::optional<RequestContext> context;
        QString error; ///< why there is none: no such request, or its service is not in the catalog
    };
    /// Everything the documents of request `number` print.
    QFuture<LoadedRequest> request(const QString& number, const QDate& today);

    /// The courier register's document; fails with the reason when there is no such register.
    QFuture<DocumentData> courierRegister(const QString& registerNumber);

    struct BuiltReport
    {
        Report report;
        bool cancelled = false;
        QString error;
    };
    /// A report over [from, to] (see buildReport); setting `cancel` stops it.
    QFuture<BuiltReport> report(ReportKind kind, const QDate& from, const QDate& to, const QDateTime& now,
                                const QDateTime& soonUntil, Language csvLanguage, int journalLimit,
                                std::shared_ptr<std::atomic_bool> cancel);

private:
    QueueStore& m_store;
};

} // namespace kense
