#include "ServiceVariant.h"

#include <array>

namespace kense {

namespace {
constexpr std::array<std::pair<FieldType, const char*>, 10> kFieldTypes{{
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
    for (const auto& [t, name] : kFieldTypes) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    for (const auto& [t, n] : kFieldTypes) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
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

const FieldSpec* ServiceVariant::field(const QString& fieldId) const
{
    for (const FieldSpec& f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
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
    };
}

} // namespace kense
