#pragma once

// What submitting an application at the desk came to.
#include "catalog/ServiceVariant.h"
#include "intake/IntakeValidator.h"
#include "records/RequestRecord.h"

#include <QList>

#include <optional>

namespace kense {

/// The outcome of submitting a draft: refused with field errors (nothing written), refused at intake for missing
/// documents (the attempt is kept, for the refusal receipt), or registered.
struct IntakeOutcome
{
    QList<FieldError> errors;
    QList<DocumentShortfall> shortfalls; ///< why the package is not complete (empty: it is complete)
    std::optional<RegisteredRequest> request;
    /// The desk does not take this application at all — its service is not taken here, it came through another
    /// channel, or the user may not take applications: a "no" by rule (in `errors`), not a mistake in the data.
    bool refusedByRule = false;

    bool registered() const { return request && request->state == RequestState::Registered; }
    /// The documents of `shortfalls`, in the variant's order.
    QList<DocumentSpec> missingDocuments() const
    {
        QList<DocumentSpec> documents;
        for (const DocumentShortfall& s : shortfalls)
            documents << s.document;
        return documents;
    }
};

} // namespace kense
