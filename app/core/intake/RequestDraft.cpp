#include "RequestDraft.h"

namespace kense {

QString documentStatusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Original:
        return QStringLiteral("original");
    case DocumentStatus::Copy:
        return QStringLiteral("copy");
    case DocumentStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

std::optional<DocumentStatus> documentStatusFromName(const QString& name)
{
    for (DocumentStatus s : {DocumentStatus::Original, DocumentStatus::Copy, DocumentStatus::Missing}) {
        if (documentStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace kense
