#include "RequestDocuments.h"

#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "DocumentWords.h"
#include "PlaceActs.h"
#include "RequestDocumentParts.h"
#include "calendar/DeadlineCalculator.h"
#include "documents/Grade.h"
#include "intake/Parties.h"

#include <algorithm>

namespace kense {

namespace {

const EventRecord* lastEventTo(const RequestDetails& r, const QStringList& states)
{
    const EventRecord* found = nullptr;
    for (const EventRecord& e : r.events) {
        if (states.contains(e.toState))
            found = &e;
    }
    return found;
}

/// Whether the service makes this result document after issue, with no term (Aktobe's enrollment order).
bool madeAfterIssue(const RequestContext& c, DocumentKind kind)
{
    const QStringList outputs = catalogOutputsOf(kind);
    return std::any_of(outputs.begin(), outputs.end(),
                       [&](const QString& output) { return c.variant->isMadeAfterIssue(output); });
}

bool hasOutput(const RequestContext& c, DocumentKind kind)
{
    for (const QString& output : catalogOutputsOf(kind)) {
        if (c.variant->outputs.contains(output))
            return true;
    }
    return false;
}

bool stateIn(RequestState s, std::initializer_list<RequestState> states)
{
    for (RequestState x : states) {
        if (s == x)
            return true;
    }
    return false;
}

bool refusalReady(RequestState s)
{
    return stateIn(s, {RequestState::RefusalPrepared, RequestState::RefusalSigned, RequestState::RefusalReturnedToTson,
                       RequestState::RefusalIssued});
}

} // namespace

std::optional<RequestContext> RequestContext::load(const DocumentQueries& queries, const ServiceCatalog& catalog,
                                                   const QString& number, const QDate& today, QString* error)
{
    auto facts = queries.request(number);
    if (!facts) {
        if (error)
            *error = QStringLiteral("no request %1").arg(number);
        return std::nullopt;
    }
    RequestContext c;
    c.request = std::move(facts->request);
    c.printedOn = today;
    c.variant = catalog.variant(c.request.serviceId);
    if (!c.variant) {
        if (error)
            *error = QStringLiteral("%1: the service %2 is not in the catalog").arg(number, c.request.serviceId);
        return std::nullopt;
    }
    if (facts->office)
        c.office = *facts->office;
    c.resultOffice = facts->resultOffice;
    c.result = facts->result;
    c.survey = facts->survey;
    const EventRecord* signedBy =
        lastEventTo(c.request, {QStringLiteral("result_signed"), QStringLiteral("refusal_signed")});
    if (signedBy)
        c.headName = facts->fullNames.value(signedBy->user);
    // On a path without the head (the regulation names none: the executor prepares and the канцелярия issues) the
    // executor signs what it prepared, and no «Басшы» line is printed for a head who never saw the request.
    const bool headSigns = signedBy || c.variant->path() == Path::HeadAndExecutor;
    if (c.headName.isEmpty() && headSigns && !facts->resultOffice) // another office's result: never this one's head
        c.headName = facts->officeHead;
    if (!facts->resultOffice)
        c.officeHeadName = facts->officeHead;
    if (const EventRecord* refusal = lastEventTo(c.request, {QStringLiteral("refusal_prepared")}))
        c.refusalText = refusal->note;
    if (const EventRecord* issued =
            lastEventTo(c.request, {QStringLiteral("issued"), QStringLiteral("refusal_issued")})) {
        c.issuedAt = issued->at;
        c.issuedByName = facts->fullNames.value(issued->user);
        c.collectedBy = partyRoleFromName(issued->after);
    }
    c.toCourier = isIntakePoint(c.request.channel) && !c.issuedAt.isValid();
    if (c.variant->queue) {
        c.place = placeStandingOf(c.request.events);
        c.directionIssuedByName = facts->fullNames.value(c.place->directionIssuedBy);
        if (PlaceCycle::holdsAPlace(c.place->state)) // a child that left its list has no position to print
            c.queuePlace = queries.queuePlace(catalog, number);
    }
    return c;
}

std::optional<QString> whyNotApplicable(DocumentKind kind, const RequestContext& c)
{
    const QString number = c.request.number;
    if (!hasOutput(c, kind))
        return QStringLiteral("the service %1 does not print a %2").arg(c.variant->id, documentKindName(kind));
    const RequestState s = c.request.state;
    const QString state = stateName(s);
    switch (kind) {
    case DocumentKind::Receipt:
    case DocumentKind::QueueReceipt:
        if (s == RequestState::RefusedAtIntake)
            return QStringLiteral("%1 was refused at intake: print its refusal receipt").arg(number);
        break;
    case DocumentKind::Refusal:
        if (s != RequestState::RefusedAtIntake)
            return QStringLiteral("%1 was registered, not refused at intake").arg(number);
        break;
    case DocumentKind::IssueReceipt:
        if (!stateIn(s, {RequestState::ResultSigned, RequestState::RefusalSigned, RequestState::ResultReturnedToTson,
                         RequestState::RefusalReturnedToTson, RequestState::Issued, RequestState::RefusalIssued,
                         RequestState::InStorage}))
            return QStringLiteral("%1 is %2: there is nothing signed to issue yet").arg(number, state);
        break;
    case DocumentKind::Duplicate:
    case DocumentKind::Order:
    case DocumentKind::Permit:
    case DocumentKind::Result:
        if (madeAfterIssue(c, kind) && s != RequestState::Issued)
            return QStringLiteral("%1 is %2: this document is made once the request was issued").arg(number, state);
        if (!c.result)
            return QStringLiteral("%1 is %2: the executor has not prepared the result").arg(number, state);
        if (refusalReady(s))
            return QStringLiteral("%1 is %2: the service was refused").arg(number, state);
        break;
    case DocumentKind::RefusalLetter:
        if (!refusalReady(s))
            return QStringLiteral("%1 is %2: no reasoned refusal was prepared").arg(number, state);
        break;
    case DocumentKind::Survey:
        break;
    case DocumentKind::Direction:
        if (!c.place || !c.place->directionIssuedAt.isValid())
            return QStringLiteral("%1: no direction was issued (the child is «%2»)")
                .arg(number, placeStateTitle(c.place ? c.place->state : PlaceState::Waiting));
        break;
    case DocumentKind::Consent:
        // Taken at intake with the application: for a request that was registered.
        if (s == RequestState::RefusedAtIntake)
            return QStringLiteral("%1 was refused at intake: no consent was taken").arg(number);
        break;
    }
    return std::nullopt;
}

QList<DocumentKind> documentsOf(const RequestContext& c)
{
    QList<DocumentKind> out;
    for (const DocumentKind kind :
         {DocumentKind::Receipt, DocumentKind::QueueReceipt, DocumentKind::Direction, DocumentKind::Refusal,
          DocumentKind::Duplicate, DocumentKind::Order, DocumentKind::Permit, DocumentKind::Result,
          DocumentKind::RefusalLetter, DocumentKind::IssueReceipt, DocumentKind::Consent, DocumentKind::Survey}) {
        if (c.variant && !whyNotApplicable(kind, c))
            out << kind;
    }
    return out;
}

std::optional<DocumentKind> currentDocument(const RequestContext& c)
{
    if (c.place && c.place->state == PlaceState::DirectionIssued && !whyNotApplicable(DocumentKind::Direction, c))
        return DocumentKind::Direction;
    QList<DocumentKind> order;
    switch (c.request.state) {
    case RequestState::Draft:
        break;
    case RequestState::RefusedAtIntake:
        order = {DocumentKind::Refusal};
        break;
    case RequestState::Registered:
    case RequestState::InCourierRegister:
    case RequestState::SentToProvider:
    case RequestState::ReceivedByProvider:
    case RequestState::InWork:
        order = {DocumentKind::Receipt, DocumentKind::QueueReceipt};
        break;
    case RequestState::ResultPrepared:
    case RequestState::ResultSigned:
    case RequestState::ResultReturnedToTson:
        if (c.variant->resultIsReceipt())
            order = {DocumentKind::Receipt}; // the term's result is the receipt, for the head to sign and to hand over
        order << QList<DocumentKind>{DocumentKind::Duplicate, DocumentKind::Order, DocumentKind::Permit,
                                     DocumentKind::Result, DocumentKind::IssueReceipt};
        break;
    case RequestState::RefusalPrepared:
    case RequestState::RefusalSigned:
    case RequestState::RefusalReturnedToTson:
        order = {DocumentKind::RefusalLetter};
        break;
    case RequestState::Issued:
    case RequestState::RefusalIssued:
    case RequestState::InStorage:
        // A document made after issue comes first once its data was saved (Aktobe's order «жаңа оқу жылынан бастап»).
        for (DocumentKind kind :
             {DocumentKind::Duplicate, DocumentKind::Order, DocumentKind::Permit, DocumentKind::Result}) {
            if (madeAfterIssue(c, kind))
                order << kind;
        }
        order << QList<DocumentKind>{DocumentKind::IssueReceipt, DocumentKind::RefusalLetter};
        break;
    }
    for (DocumentKind kind : order) {
        if (!whyNotApplicable(kind, c))
            return kind;
    }
    return std::nullopt;
}

QString templateName(DocumentKind kind, const RequestContext& c)
{
    switch (kind) {
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::Refusal:
        return QStringLiteral("refusal_receipt");
    case DocumentKind::QueueReceipt:
        return QStringLiteral("queue_receipt");
    case DocumentKind::IssueReceipt:
        return QStringLiteral("issue_receipt");
    case DocumentKind::Duplicate:
        if (c.variant && c.variant->outputs.contains(QStringLiteral("duplicate_tve")))
            return QStringLiteral("duplicate_tve");
        return QStringLiteral("duplicate_secondary");
    case DocumentKind::Order:
        return QStringLiteral("enrollment_order");
    case DocumentKind::Permit:
        // Aktobe's regulation gives a copy of the order; VKO's and Almaty's give the permit itself.
        for (const ResultDocument& result : c.variant ? c.variant->results : QList<ResultDocument>{}) {
            if (result.id == QLatin1String("externat_order_copy"))
                return result.id;
        }
        return QStringLiteral("externat_permit");
    case DocumentKind::RefusalLetter:
        return QStringLiteral("refusal_letter");
    case DocumentKind::Result:
        return QStringLiteral("social_result");
    case DocumentKind::Survey:
        return QStringLiteral("survey");
    case DocumentKind::Consent:
        return QStringLiteral("consent_form");
    case DocumentKind::Direction:
        return QStringLiteral("direction");
    }
    return {};
}

DocumentData buildRequestDocument(DocumentKind kind, const RequestContext& c)
{
    const RequestDetails& r = c.request;
    const ServiceVariant& v = *c.variant;
    DocumentData d;
    d.kind = templateName(kind, c);
    d.title = QStringLiteral("%1 %2").arg(d.kind, r.number);

    // A result is the document of the office that made it, wherever it is printed; a receipt is this desk's.
    const bool resultDocument = kind == DocumentKind::Duplicate || kind == DocumentKind::Order ||
                                kind == DocumentKind::Permit || kind == DocumentKind::Result;
    const OfficeRecord& heading = resultDocument && c.resultOffice ? *c.resultOffice : c.office;
    d.set(QStringLiteral("office.name"), heading.name);
    d.set(QStringLiteral("office.address"), heading.address);
    d.set(QStringLiteral("office.phone"), heading.phone);
    d.set(QStringLiteral("number"), r.number);
    d.set(QStringLiteral("accepted_date"), dateText(r.acceptedAt.date()));
    d.set(QStringLiteral("accepted_time"), timeText(r.acceptedAt));
    d.set(QStringLiteral("service"), v.name);
    d.set(QStringLiteral("provider"), v.provider);
    d.set(QStringLiteral("channel"), documentWord(QStringLiteral("channel.") + channelName(r.channel)));
    d.set(QStringLiteral("due_date"), dateText(r.dueAt.date()));
    d.set(QStringLiteral("due_time"), timeText(r.dueAt));
    d.set(QStringLiteral("due"), QStringLiteral("%1, %2").arg(dateText(r.dueAt.date()), timeText(r.dueAt)));
    const auto term = v.totalTerms.constFind(r.channel);
    if (!hasTerm(r.dueAt)) { // «согласно пункту 4 Стандарта» and no administrator's entry: no date to promise
        d.set(QStringLiteral("due"), documentWord(QStringLiteral("term.not_set")));
        d.set(QStringLiteral("term"), documentWord(QStringLiteral("term.not_set")));
    } else if (term != v.totalTerms.constEnd()) {
        d.set(QStringLiteral("term"), durationText(term->duration));
    } else {
        LocalizedText until = documentWord(QStringLiteral("term.until"));
        until.kk.replace(QStringLiteral("{date}"), dateText(r.dueAt.date()));
        until.ru.replace(QStringLiteral("{date}"), dateText(r.dueAt.date()));
        d.set(QStringLiteral("term"), until);
    }
    d.set(QStringLiteral("issue_place"),
          c.office.address.isEmpty() ? c.office.name : QStringLiteral("%1, %2").arg(c.office.name, c.office.address));
    d.set(QStringLiteral("accepted_by"), r.acceptedByName);
    d.set(QStringLiteral("executor"), r.executorName);
    d.set(QStringLiteral("head"), c.headName);
    d.set(QStringLiteral("office.head"), c.officeHeadName);
    // Where the receipt is the term's result, the head signs it (Aktobe enrollment, seed 000 p.5 4)).
    if (v.resultIsReceipt())
        d.set(QStringLiteral("receipt.head"), c.headName);
    d.set(QStringLiteral("today"), dateText(c.printedOn));

    // Every field of the form, by its catalog id; choices and dates as printed.
    for (const FieldSpec& spec : v.fields) {
        const QString value = r.fields.value(spec.id);
        if (!value.isEmpty())
            d.set(spec.id, fieldText(spec, value));
    }
    for (const PartyRecord& p : r.parties) {
        if (p.role == PartyRole::Applicant || p.role == PartyRole::Representative) {
            const QString role = partyRoleName(p.role);
            d.set(role + QStringLiteral(".name"), p.fullName());
            d.set(role + QStringLiteral(".iin"), p.iin);
            d.set(role + QStringLiteral(".phone"), p.phone);
            d.set(role + QStringLiteral(".address"), p.address);
        }
        if (p.role == PartyRole::Representative && !p.poaNumber.isEmpty()) {
            const QDate poaDate = QDate::fromString(p.poaDate, Qt::ISODate);
            d.set(QStringLiteral("representative.poa"),
                  QStringLiteral("№ %1, %2").arg(p.poaNumber, poaDate.isValid() ? dateText(poaDate) : p.poaDate));
        }
    }
    const QMap<QString, QString>& f = r.fields;
    d.set(QStringLiteral("holder.name"), subjectOf(f, SubjectKind::Holder).fullName());
    d.set(QStringLiteral("child.name"), subjectOf(f, SubjectKind::Child).fullName());
    // The academic year the child is enrolled from, taken at intake as its first year: "2027–2028".
    bool isYear = false;
    if (const int year = f.value(QStringLiteral("subject.academic_year")).toInt(&isYear); isYear)
        d.set(QStringLiteral("academic_year"), QStringLiteral("%1–%2").arg(year).arg(year + 1));
    if (!f.value(QStringLiteral("subject.original_series")).isEmpty() ||
        !f.value(QStringLiteral("subject.original_number")).isEmpty())
        d.set(QStringLiteral("original"), QStringLiteral("%1 № %2")
                                              .arg(f.value(QStringLiteral("subject.original_series")),
                                                   f.value(QStringLiteral("subject.original_number")))
                                              .trimmed());

    // The facts of the subject and of the service, as label: value rows.
    QList<DocumentRow> subject;
    for (const FieldSpec& spec : v.fields) {
        if ((spec.group == QLatin1String("subject") || spec.group == QLatin1String("service")) &&
            !r.fields.value(spec.id).isEmpty())
            subject << DocumentRow{{QStringLiteral("label"), spec.label},
                                   {QStringLiteral("value"), fieldText(spec, r.fields.value(spec.id))}};
    }
    d.tables.insert(QStringLiteral("subject"), subject);

    setPackage(d, c);
    setResult(d, c);
    d.set(QStringLiteral("refusal.text"), c.refusalText);

    // Who handed the application in and signs for its receipt: the representative when one came.
    d.set(QStringLiteral("submitter.name"), d.has(QStringLiteral("representative.name"))
                                                ? d.values.value(QStringLiteral("representative.name"))
                                                : d.values.value(QStringLiteral("applicant.name")));

    // Issue: to whom, when, by whom.
    const bool refusal = refusalReady(r.state);
    // What is handed over: the result's own name («Білім туралы құжаттың телнұсқасы»), or the reasoned refusal.
    d.set(QStringLiteral("outcome"),
          refusal || v.results.isEmpty()
              ? documentWord(refusal ? QStringLiteral("outcome.refusal") : QStringLiteral("outcome.result"))
              : v.results.first().name);
    if (c.toCourier) {
        d.set(QStringLiteral("recipient.kind"),
              documentWord(c.request.channel == Channel::Akim ? QStringLiteral("recipient.akim")
                                                              : QStringLiteral("recipient.courier")));
    } else if (d.has(QStringLiteral("representative.name")) && c.collectedBy != PartyRole::Applicant) {
        d.set(QStringLiteral("recipient.kind"), documentWord(QStringLiteral("recipient.representative")));
        d.set(QStringLiteral("recipient.name"), d.values.value(QStringLiteral("representative.name")));
    } else {
        d.set(QStringLiteral("recipient.kind"), documentWord(QStringLiteral("recipient.applicant")));
        d.set(QStringLiteral("recipient.name"), d.values.value(QStringLiteral("applicant.name")));
    }
    d.set(QStringLiteral("issued_date"), dateText(c.issuedAt.date()));
    d.set(QStringLiteral("issued_time"), timeText(c.issuedAt));
    d.set(QStringLiteral("issued_by"), c.issuedByName);
    if (c.queuePlace)
        setQueuePlace(d, *c.variant, *c.queuePlace, c.printedOn);
    else if (c.place && !PlaceCycle::holdsAPlace(c.place->state)) // no position: the child left its list, and why
        d.set(QStringLiteral("queue.left"), documentWord(QStringLiteral("place.") + placeStateName(c.place->state)));
    else // a ЦОН's desk, which keeps no list: the provider gives the position
        d.set(QStringLiteral("queue.pending"), QStringLiteral("1"));
    if (c.place)
        setDirection(d, *c.variant, *c.place, c.directionIssuedByName);
    setSurvey(d, c);

    return d;
}

LaidOutDocument layOutRequestDocument(DocumentKind kind, const RequestContext& context, DocumentLanguages languages,
                                      FormMode mode, Calibration calibration, QStringList* missing)
{
    const DocumentData data = buildRequestDocument(kind, context);
    if (kind == DocumentKind::Duplicate)
        return layOutForm(FormTemplate::load(data.kind), data, languages, mode, calibration, missing);
    return DocumentRenderer::layOut(DocumentTemplate::load(data.kind), data, languages, {}, missing);
}

} // namespace kense
