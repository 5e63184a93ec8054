#include "ServiceVariant.h"

#include "common/EnumNames.h"
#include "workflow/Workflow.h"

#include <algorithm>

namespace kense {

namespace {
constexpr EnumNameTable<FieldType, 10> kFieldTypes{{
    {FieldType::Text, "text"},
    {FieldType::Name, "name"},
    {FieldType::Iin, "iin"},
    {FieldType::Phone, "phone"},
    {FieldType::Date, "date"},
    {FieldType::Year, "year"},
    {FieldType::Integer, "integer"},
    {FieldType::Enum, "enum"},
    {FieldType::Address, "address"},
    {FieldType::DocumentNumber, "document_number"},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    return enumName(kFieldTypes, type);
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    return enumFromName(kFieldTypes, name);
}

QStringList fieldTypeNames()
{
    QStringList out;
    for (const auto& entry : kFieldTypes)
        out << QString::fromLatin1(entry.second);
    return out;
}

QList<Step> ServiceVariant::stepsFor(Channel c) const
{
    QList<Step> out;
    for (const Step& s : steps) {
        if (s.channel == c)
            out << s;
    }
    return out;
}

std::optional<QString> ServiceVariant::resultDocument() const
{
    for (const ResultDocument& r : results) {
        if (!r.afterIssue)
            return r.id;
    }
    return std::nullopt;
}

bool ServiceVariant::resultIsReceipt() const
{
    return resultDocument() == QStringLiteral("receipt");
}

bool ServiceVariant::stepsName(StepActor actor) const
{
    return std::any_of(steps.begin(), steps.end(), [actor](const Step& s) { return s.actor == actor; });
}

Path ServiceVariant::path() const
{
    if (stepsName(StepActor::Head))
        return Path::HeadAndExecutor;
    return stepsName(StepActor::Executor) ? Path::ExecutorOnly : Path::ClerkOnly;
}

std::optional<ResultDocument> ServiceVariant::resultToPrepare(RequestState state, Channel channel,
                                                              const QList<Role>& roles) const
{
    if (!roles.contains(Role::Executor) && !roles.contains(Role::Head))
        return std::nullopt;
    for (const ResultDocument& r : results) {
        if (r.afterIssue
                ? state == RequestState::Issued
                : r.id != QLatin1String("receipt") && Workflow::mayPrepareResult(state, channel, path(), roles))
            return r;
    }
    return std::nullopt;
}

bool ServiceVariant::isMadeAfterIssue(const QString& output) const
{
    return std::any_of(results.begin(), results.end(),
                       [&](const ResultDocument& r) { return r.afterIssue && r.id == output; });
}

QString ServiceVariant::title(Language language) const
{
    const QString r = region.text(language);
    return r.isEmpty() ? name.text(language) : QStringLiteral("%1 — %2").arg(name.text(language), r);
}

LocalizedText ServiceVariant::titles() const
{
    LocalizedText t = name;
    t.kk = title(Language::Kazakh);
    t.ru = title(Language::Russian);
    return t;
}

const FieldSpec* ServiceVariant::field(const QString& fieldId) const
{
    for (const FieldSpec& f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

QList<LocalizedText> ServiceVariant::standardSubjects(const QString& documentKind) const
{
    if (const FieldSpec* kind = field(QStringLiteral("subject.document_kind"))) {
        for (const FieldOption& option : kind->options) {
            if (option.id == documentKind)
                return option.subjects;
        }
    }
    return {};
}

LocalizedText ServiceVariant::subjectText(const QString& documentKind, const QString& subject) const
{
    const QString typed = subject.trimmed();
    for (const LocalizedText& s : standardSubjects(documentKind)) {
        if (s.kk.compare(typed, Qt::CaseInsensitive) == 0 || s.ru.compare(typed, Qt::CaseInsensitive) == 0)
            return s;
    }
    return LocalizedText{subject, subject};
}

QStringList knownOutputs()
{
    return {
        QStringLiteral("receipt"),
        QStringLiteral("refusal_receipt"),
        QStringLiteral("queue_receipt"),
        QStringLiteral("issue_receipt"),
        QStringLiteral("duplicate_secondary"),
        QStringLiteral("duplicate_tve"),
        QStringLiteral("enrollment_order"),
        QStringLiteral("externat_permit"),
        QStringLiteral("refusal_letter"),
        QStringLiteral("social_result"),
        QStringLiteral("survey"),
        QStringLiteral("consent_form"),
        QStringLiteral("direction"),
    };
}

} // namespace kense
