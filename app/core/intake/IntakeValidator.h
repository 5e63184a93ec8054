#pragma once

#include "RequestDraft.h"
#include "catalog/ServiceVariant.h"

#include <QList>

namespace kense {

/// Checks a draft against its service variant, the same way for the desk's form, kensectl and imports:
///  - the variant must be offered for intake and through the draft's channel; a portal request names its portal
///    number and the moment it was sent (PortalSubmission), and no other request does;
///  - every field the draft names must be a field of the variant; required fields must be filled — in an optional
///    group (the representative) only when any field of the group is filled;
///  - each value must be valid for its type: IIN (check digit, birth date), person name (Kazakh/Russian letters),
///    phone (normalised to +7 7XX XXX XX XX), date (YYYY-MM-DD or DD.MM.YYYY), year and whole number in the
///    field's range, one of the options of an enum, free text of at most 500 characters;
///  - document statuses must name documents of the variant's list.
/// On success, *normalized holds the draft with every value in its normal form (trimmed names, +7 phones,
/// ISO dates). A missing required document is not an error here: it is what refuses the package
/// (see packageShortfalls).
/// A document of the package that is not there as the variant and the declaration ask.
struct DocumentShortfall
{
    enum class Why
    {
        Missing,  ///< required (always, or by what the applicant declared) and not presented
        CopyOnly, ///< presented as a copy where the original must be shown
    };
    DocumentSpec document;
    Why why = Why::Missing;
};

class IntakeValidator
{
public:
    /// `on`, the day of application, when given, also checks each IIN's birth date: never after that day, and within
    /// the ages the service takes (FieldSpec::age). Intake gives it; a form gives it for early word.
    static QList<FieldError> validate(const ServiceVariant& variant, const RequestDraft& draft,
                                      RequestDraft* normalized = nullptr, const QDate& on = QDate());
    /// Whether `document` is required for this draft: always, or by what the applicant declared (a representative
    /// came; the reason chosen).
    static bool isRequired(const DocumentSpec& document, const RequestDraft& draft);
    /// The documents that keep the package from being complete: a required one not presented, or presented as a copy
    /// where the original must be shown. Either refuses the application.
    static QList<DocumentShortfall> packageShortfalls(const ServiceVariant& variant, const RequestDraft& draft);
    /// The documents of packageShortfalls(), for the refusal receipt.
    static QList<DocumentSpec> missingRequiredDocuments(const ServiceVariant& variant, const RequestDraft& draft);
    /// Whether any field of the group ("representative") is filled in.
    static bool groupInUse(const RequestDraft& draft, const QString& group);
    /// "Surname Given Patronymic" of a party group ("applicant", "representative", "subject" → holder/child).
    static QString personName(const RequestDraft& draft, const QString& group);
};

} // namespace kense
