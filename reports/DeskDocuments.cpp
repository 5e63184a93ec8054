#include "DeskDocuments.h"

#include "QueueStoreAccess.h"
#include "RegisterDocument.h"

namespace kense {

QFuture<DeskDocuments::LoadedRequest> DeskDocuments::request(const QString& number, const QDate& today)
{
    return QueueStoreAccess::run<LoadedRequest>(m_store, [number, today](QueueSession& s) {
        LoadedRequest loaded;
        loaded.context = RequestContext::load(DocumentQueries(s.db()), s.catalog, number, today, &loaded.error);
        return loaded;
    });
}

QFuture<DocumentData> DeskDocuments::courierRegister(const QString& registerNumber)
{
    return QueueStoreAccess::run<DocumentData>(m_store, [registerNumber](QueueSession& s) {
        QString error;
        const auto document = buildRegisterDocument(DocumentQueries(s.db()), s.catalog, registerNumber, &error);
        if (!document)
            throw StorageError{error};
        return *document;
    });
}

QFuture<DeskDocuments::BuiltReport> DeskDocuments::report(ReportKind kind, const QDate& from, const QDate& to,
                                                          const QDateTime& now, const QDateTime& soonUntil,
                                                          Language csvLanguage, int journalLimit,
                                                          std::shared_ptr<std::atomic_bool> cancel)
{
    return QueueStoreAccess::run<BuiltReport>(m_store, [=](QueueSession& s) {
        BuiltReport built;
        try {
            built.report = buildReport(kind, ReportQueries(s.db()), s.catalog, from, to, now, soonUntil, csvLanguage,
                                       journalLimit, cancel.get());
        } catch (const ReportCancelled&) {
            built.cancelled = true;
        } catch (const StorageError& e) {
            built.error = e.message;
        }
        return built;
    });
}

} // namespace kense
