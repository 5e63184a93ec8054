#pragma once

#include "common/EnumNames.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kense {

/// The documents printed about one request (kensectl render KIND).
enum class DocumentKind
{
    Receipt,       ///< receipt of acceptance (расписка о приеме / қолхат)
    Refusal,       ///< refusal receipt for an incomplete package
    QueueReceipt,  ///< receipt with the queue number (preschool queue)
    IssueReceipt,  ///< receipt of issue of the result
    Duplicate,     ///< duplicate of an education document (дубликат / телнұсқа)
    Order,         ///< enrollment order (бұйрық / приказ)
    Permit,        ///< externat permit
    RefusalLetter, ///< reasoned refusal (дәлелді бас тарту)
    Result,        ///< result of a social-protection service
    Survey,        ///< quality survey form
    Consent,       ///< the applicant's written consent to the use of protected data (Kostanay TVE, seed 003 p. 8)
    Direction ///< the direction to a kindergarten (жолдама / направление) after the parent's consent to a place
};

QString documentKindName(DocumentKind kind); ///< "receipt", "queue-receipt", …
std::optional<DocumentKind> documentKindFromName(const QString& name);
QString documentKindNames(); ///< "receipt, refusal, …" for messages
/// The document's name for people, in the interface language ("Receipt of acceptance").
QString documentKindTitle(DocumentKind kind);

/// The catalog output a kind prints ("receipt" → "receipt", "refusal" → "refusal_receipt", …); a duplicate is
/// either "duplicate_secondary" or "duplicate_tve".
QStringList catalogOutputsOf(DocumentKind kind);

} // namespace kense
