#pragma once

#include "DocumentQueries.h"
#include "catalog/ServiceCatalog.h"
#include "documents/DocumentData.h"

#include <optional>

namespace kense {

/// The courier register (тізілімдеме) `number` as document data: the batch, from whom to whom, every request with
/// its service, applicant and sheets, the totals and who made, sent and received it. nullopt with the reason if
/// there is no such register.
std::optional<DocumentData> buildRegisterDocument(const DocumentQueries& queries, const ServiceCatalog& catalog,
                                                  const QString& number, QString* error);

} // namespace kense
