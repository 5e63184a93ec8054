#pragma once

#include "workflow/Channel.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace kense {

enum class DocumentStatus
{
    Original,
    Copy,
    Missing
};

QString documentStatusName(DocumentStatus status); ///< "original", "copy", "missing"
std::optional<DocumentStatus> documentStatusFromName(const QString& name);

/// What the clerk filled in: the service, the channel, the intake fields (by the catalog's field ids, e.g.
/// "applicant.iin") and, for each document of the variant's list, whether it was presented.
struct RequestDraft
{
    QString serviceId;
    Channel channel = Channel::Provider;
    QMap<QString, QString> fields;
    QMap<QString, DocumentStatus> documents; ///< a document not in the map counts as missing
};

/// One failure of a draft, tied to the field (or "documents.<id>", "service", "channel") it is about.
struct FieldError
{
    QString fieldId;
    QString message;
};

} // namespace kense
