#pragma once

#include "calendar/Duration.h"
#include "common/LocalizedText.h"
#include "intake/RequestDraft.h"
#include "queue/WaitingList.h"
#include "workflow/Channel.h"
#include "workflow/RequestState.h"
#include "workflow/Role.h"
#include "workflow/Transition.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kense {

/// The act (regulation) a variant comes from.
struct ActInfo
{
    QString issuer;
    QString number;
    QDate date;
    QString registration;
    QString status; ///< e.g. «Утратило силу – …», kept as the seed says
};

/// A regulation removed from its act by a later act: kept in the catalog, never offered for intake.
struct Exclusion
{
    QString by; ///< the excluding act, as written
    QDate date;
};

struct ResultDocument
{
    QString id; ///< e.g. "duplicate_secondary"
    LocalizedText name;
    QString form; ///< "paper", "electronic", "paper_or_electronic"
    /// Made once the term's result was issued, with no term of its own: Aktobe's enrollment order comes «жаңа оқу
    /// жылынан бастап» after the signed receipt closed the 30-minute term (seed 000 p.3, p.5).
    bool afterIssue = false;
};

enum class DocumentRule
{
    Required,
    Optional
};

/// What the applicant declares that makes an optional document required: a field group filled in (a representative
/// came: the power of attorney) or a field with a given value (the reason «бүлінген»: the damaged document itself).
struct DocumentCondition
{
    QString group; ///< required when this optional field group is filled in
    QString field; ///< or when this field…
    QString value; ///< …holds this value
    bool isSet() const { return !group.isEmpty() || !field.isEmpty(); }
};

struct DocumentSpec
{
    QString id;
    LocalizedText name;
    DocumentRule rule = DocumentRule::Required;
    DocumentCondition requiredWhen; ///< set only for an optional document
    bool original = false;          ///< the original must be shown: a copy does not complete the package

    /// Whether a copy was given where the original must be shown.
    bool onlyACopy(DocumentStatus given) const { return given == DocumentStatus::Copy && original; }
};

/// The applicant's document package. Where the regulation lists it, `fromRegulation` is true; where it only
/// refers to "п.9 Стандарта", the list is the one clerks use today and an administrator may edit it.
struct DocumentList
{
    bool fromRegulation = false;
    bool editable = true;
    QString reference;
    QList<DocumentSpec> items;
};

enum class FieldType
{
    Text,
    Name,
    Iin,
    Phone,
    Date,
    Year,
    Integer,
    Enum,
    Address,
    DocumentNumber
};

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString& name);
QStringList fieldTypeNames();

struct FieldOption
{
    QString id;
    LocalizedText label;
    /// For a kind of education document: its standard subjects, which pre-fill the executor's grades table.
    QList<LocalizedText> subjects;
};

/// The ages (in full years on the day of application) a service takes for the person an IIN field names, from the
/// regulation: the preschool queue takes children «до 7 лет».
struct AgeBounds
{
    int min = 0;
    int max = 150;
    QString ref; ///< where the bounds come from, as the regulation words it
};

/// One input of the intake form, e.g. "applicant.iin" or "subject.graduation_year".
struct FieldSpec
{
    QString id;
    QString group; ///< the part before the dot: applicant, representative, subject, service
    FieldType type = FieldType::Text;
    LocalizedText label;
    bool required = false;
    std::optional<int> min;
    std::optional<int> max;
    QList<FieldOption> options;   ///< for Enum
    std::optional<AgeBounds> age; ///< for Iin: whom the service takes, by the birth date the IIN gives
};

struct Step
{
    Channel channel = Channel::Provider;
    int n = 0;
    StepActor actor = StepActor::Clerk;
    QString actorVerbatim; ///< the role as the regulation names it
    LocalizedText action;
    std::optional<Duration> duration; ///< nullopt: the regulation sets no limit for this step
    QString durationVerbatim;
    QString ref;
};

struct Term
{
    Duration duration;
    QString verbatim;
};

/// How a term is counted. A term in days never counts the day of acceptance (see DeadlineCalculator);
/// some regulations also leave the day of issue out («құжатты қабылдау және беру күні … мерзіміне кірмейді»).
struct CountingRules
{
    bool excludeIssueDay = false;
    QString note;
};

/// One service as one region's act regulates it. Regional variants of a service form a family.
/// The quality survey («Сапа» және «Қолжетімділік») as a regulation's appendix words it ("survey" in a service's file):
/// the appendices of seed 001 differ — «орташа» or «кей кезде қанағаттанамын», «…нәтижесіне және үдерісінің сапасына»
/// or «…көрсету мен үрдісіне» — and the applicant signs the text of the service's own act.
struct SurveyText
{
    int appendix = 0;               ///< the number of the regulation's appendix it is taken from
    QList<LocalizedText> questions; ///< two: the result and process, the information on the procedure
    QList<LocalizedText> answers;   ///< three: 1) not, 2) partly, 3) satisfied
};

struct ServiceVariant
{
    QString id;
    QString family;
    LocalizedText name;
    QString regionCode;
    LocalizedText region;
    ActInfo act;
    QString standard;
    std::optional<Exclusion> excluded;
    LocalizedText provider;
    QList<Channel> channels;
    QList<ResultDocument> results;
    DocumentList documents;
    QStringList optionalGroups; ///< field groups filled only when they apply, e.g. "representative"
    QList<FieldSpec> fields;
    QList<Step> steps;
    QMap<Channel, Term> totalTerms; ///< only where the regulation states one
    CountingRules counting;
    QStringList outputs; ///< printable documents, see knownOutputs()
    /// A service that places a child in a waiting list (the preschool queue): how the list is kept.
    std::optional<QueueRules> queue;
    /// The quality survey's text as the regulation's appendix words it (nullopt: the common wording).
    std::optional<SurveyText> survey;
    QStringList sources; ///< seed files the facts come from

    bool isExcluded() const { return excluded.has_value(); }
    /// The document that ends the term (the first of `results` not made after issue), if the service has one.
    std::optional<QString> resultDocument() const;
    /// Whether the term ends with the acceptance receipt itself, signed by the head (result id "receipt"): it has no
    /// data of its own to prepare, and prints as the receipt.
    bool resultIsReceipt() const;
    /// Who works on a request inside the provider, read from the steps of every channel (the provider's own work is
    /// the same whichever way a request came; a ЦОН channel's steps often name only the ЦОН's): a step of the head →
    /// the head's resolution and signature with an executor; else a step of an executor → the executor alone; else
    /// the канцелярия alone. The loader refuses a head without an executor, and a канцелярия-only path whose result
    /// is not the receipt.
    Path path() const;
    /// Whether a step of any channel names `actor`.
    bool stepsName(StepActor actor) const;
    /// The result document a holder of `roles` may prepare or change now in `state` on `channel`: the term's result
    /// while the request waits for it (Workflow::mayPrepareResult on the variant's path), unless that is the
    /// receipt; a document made after issue once the request was issued, by its executor or head. nullopt: nothing
    /// to prepare now.
    std::optional<ResultDocument> resultToPrepare(RequestState state, Channel channel, const QList<Role>& roles) const;
    /// Whether the output (e.g. "enrollment_order") is a result made after issue.
    bool isMadeAfterIssue(const QString& output) const;
    /// Whether the applicant is asked the quality survey when the result is issued (`outputs` name one).
    bool asksSurvey() const { return outputs.contains(QStringLiteral("survey")); }
    bool offersChannel(Channel c) const { return channels.contains(c); }
    QList<Step> stepsFor(Channel c) const;
    const FieldSpec* field(const QString& fieldId) const;
    /// The standard subjects of the education document chosen at intake (subject.document_kind), or none.
    QList<LocalizedText> standardSubjects(const QString& documentKind) const;
    /// A subject of a result as the document prints it: a standard subject of `documentKind`, typed or pre-filled
    /// in either language, in both (a Russian duplicate prints «Казахский язык» for «Қазақ тілі»); any other as it
    /// was typed.
    LocalizedText subjectText(const QString& documentKind, const QString& subject) const;
    /// "name — region", as lists and cards show a variant (regional variants share a name); the name alone when the
    /// variant names no region.
    QString title(Language language) const;
    /// title() in both languages (reports print each).
    LocalizedText titles() const;
};

/// The printable documents a variant may list in "outputs".
QStringList knownOutputs();

} // namespace kense
