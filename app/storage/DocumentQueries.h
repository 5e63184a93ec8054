#pragma once

// The desk's database as the printed documents read it: a request with everything its documents name, and a
// courier register with its items. Plain records, no SQL above storage.
#include "catalog/ServiceCatalog.h"
#include "queue/WaitingList.h"
#include "records/DeskRecord.h"
#include "records/RequestRecord.h"
#include "records/ResultRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

/// One request and the facts around it that its documents print.
struct RequestDocumentFacts
{
    RequestDetails request;
    std::optional<OfficeRecord> office; ///< this desk's office (nullopt before set-up)
    std::optional<ResultRecord> result;
    /// The office that made the result, when it is not this desk's (a ЦОН issues the provider's result, brought by
    /// sync): the result is that office's document, headed and signed by it.
    std::optional<OfficeRecord> resultOffice;
    std::optional<SurveyAnswers> survey;
    QHash<QString, QString> fullNames; ///< login → full name, for everyone in the request's history
    QString officeHead;                ///< the full name of the office's first enabled head
};

/// A courier register as its document prints it.
struct CourierRegisterSheet
{
    struct Item
    {
        QString number;
        QString serviceId;
        QString applicantName;
        int sheets = 0;
    };
    QString number;
    QString provider;                      ///< the other end's office code (free text in older registers)
    QString providerName, providerAddress; ///< that office in the directory; empty for free text
    QString direction;                     ///< "to_provider" or "to_tson", as stored
    QDateTime createdAt, sentAt, receivedAt;
    QString createdBy, sentBy, receivedBy; ///< full names; empty until sent / received
    QString officeName, officeAddress;
    QList<Item> items; ///< in the order they were added
};

class DocumentQueries
{
public:
    explicit DocumentQueries(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Request `number` with its facts; nullopt when there is no such request.
    std::optional<RequestDocumentFacts> request(const QString& number) const;
    /// The request's place in its waiting list as this desk keeps it (WaitingLists): nullopt at a ЦОН desk, which
    /// keeps no list, or for a request that waits in none here.
    std::optional<QueuePlace> queuePlace(const ServiceCatalog& catalog, const QString& number) const;
    /// Courier register `number`; nullopt when there is none.
    std::optional<CourierRegisterSheet> courierRegister(const QString& number) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
