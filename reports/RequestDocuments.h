#pragma once

#include "DocumentKind.h"
#include "DocumentLanguages.h"
#include "DocumentQueries.h"
#include "FormTemplate.h"
#include "catalog/ServiceCatalog.h"
#include "documents/DocumentData.h"
#include "layout/LaidOutDocument.h"
#include "queue/PlaceStanding.h"

#include <optional>

namespace kense {

/// Everything the documents of one request print, read from the desk's database in one go.
struct RequestContext
{
    RequestDetails request;
    const ServiceVariant* variant = nullptr;
    OfficeRecord office; ///< this desk's office: receipts and what it issues carry it
    /// The office that made the result when it is not this one (a provider's result issued at a ЦОН); it heads the
    /// result.
    std::optional<OfficeRecord> resultOffice;
    std::optional<ResultRecord> result;
    std::optional<SurveyAnswers> survey;
    QString headName;       ///< who signed (or, before signing, the office's head); empty on a path without the head
    QString officeHeadName; ///< the head of this office (the direction's signature), whatever the path
    QString refusalText;    ///< the executor's reasons, for a reasoned refusal
    QDateTime issuedAt;     ///< when the result or refusal was issued (invalid: not yet)
    QString issuedByName;   ///< the employee who issued it
    std::optional<PartyRole> collectedBy; ///< who received it, as the clerk said at issue (nullopt: not said)
    bool toCourier = false;               ///< the provider hands the result to the ЦОН's (akim's) courier
    /// The child's place in its waiting list (preschool queue) as this desk keeps it; nullopt at a ЦОН desk, which
    /// keeps no list (the provider gives the position), or for a request that waits in none.
    std::optional<QueuePlace> queuePlace;
    /// Where the child stands after the talon (preschool queue): the place offered, the direction issued; nullopt for
    /// a service with no waiting list.
    std::optional<PlaceStanding> place;
    QString directionIssuedByName; ///< the employee who recorded the consent and issued the direction
    QDate printedOn;

    /// Reads request `number`. nullopt with the reason if there is no such request or its service is unknown.
    static std::optional<RequestContext> load(const DocumentQueries& queries, const ServiceCatalog& catalog,
                                              const QString& number, const QDate& today, QString* error);
};

/// Why `kind` does not apply to the request now (the service does not print it, or the request has not reached
/// it), or nullopt when it does.
std::optional<QString> whyNotApplicable(DocumentKind kind, const RequestContext& context);

/// The document a request's state calls for now (Ctrl+P at the desk): the direction of a child whose parent consented
/// to a place and has not yet registered it at the kindergarten; else the receipt (or queue receipt) of a
/// registered request, the refusal receipt of a refused one, the result (duplicate, order, permit, social result)
/// or the reasoned refusal while it waits for signature and issue, the receipt of issue once issued.
/// nullopt when the service prints nothing for this state.
std::optional<DocumentKind> currentDocument(const RequestContext& context);

/// Every document the request has had, to print again: its receipt (or queue receipt, or refusal receipt), its
/// result or reasoned refusal once prepared, the receipt of issue once signed, the survey form — in that order.
QList<DocumentKind> documentsOf(const RequestContext& context);

/// The document's data: every value its template may name.
DocumentData buildRequestDocument(DocumentKind kind, const RequestContext& context);

/// The template a kind uses for this request (a duplicate's depends on the service).
QString templateName(DocumentKind kind, const RequestContext& context);

/// Lays the document out: flowing templates for receipts and letters, the millimetre form for duplicates
/// (plain paper or blank, moved by the printer's calibration). Throws TemplateError for a broken template.
LaidOutDocument layOutRequestDocument(DocumentKind kind, const RequestContext& context, DocumentLanguages languages,
                                      FormMode mode = FormMode::PlainPaper, Calibration calibration = {},
                                      QStringList* missing = nullptr);

} // namespace kense
