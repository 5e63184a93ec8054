#include "CatalogQueue.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CatalogLoader)
};

/// The id of a field of the variant of the given type, read at `key`.
QString fieldOf(const JsonNode& node, const QString& key, FieldType type, const ServiceVariant& v)
{
    const JsonNode at = node.at(key);
    const QString id = at.string();
    const FieldSpec* f = v.field(id);
    if (!f)
        at.fail(Tr::tr("\"%1\" is not a field of this service").arg(id));
    if (f->type != type)
        at.fail(Tr::tr("\"%1\" is a field of type %2; this needs a field of type %3")
                    .arg(id, fieldTypeName(f->type), fieldTypeName(type)));
    return id;
}
} // namespace

QueueRules readQueueRules(const JsonNode& node, const ServiceVariant& v)
{
    node.allowOnly({QStringLiteral("child"), QStringLiteral("group"), QStringLiteral("year"),
                    QStringLiteral("priority"), QStringLiteral("proof"), QStringLiteral("priorities"),
                    QStringLiteral("direction")});
    QueueRules rules;
    rules.childField = fieldOf(node, QStringLiteral("child"), FieldType::Iin, v);
    rules.groupField = fieldOf(node, QStringLiteral("group"), FieldType::Enum, v);
    rules.yearField = fieldOf(node, QStringLiteral("year"), FieldType::Year, v);
    rules.priorityField = fieldOf(node, QStringLiteral("priority"), FieldType::Enum, v);
    if (auto proof = node.optional(QStringLiteral("proof"))) {
        rules.proofDocument = proof->string();
        if (std::none_of(v.documents.items.cbegin(), v.documents.items.cend(),
                         [&](const DocumentSpec& d) { return d.id == rules.proofDocument; }))
            proof->fail(Tr::tr("\"%1\" is not a document of this service").arg(rules.proofDocument));
    }
    const FieldSpec* priority = v.field(rules.priorityField);
    QSet<QString> seen;
    for (const JsonNode& p : node.arrayAt(QStringLiteral("priorities"))) {
        p.allowOnly({QStringLiteral("rank"), QStringLiteral("values"), QStringLiteral("ref")});
        QueuePriority rank;
        rank.rank = p.at(QStringLiteral("rank")).integer(1, 100);
        rank.ref = p.stringAt(QStringLiteral("ref"));
        for (const JsonNode& value : p.arrayAt(QStringLiteral("values"))) {
            const QString id = value.string();
            if (std::none_of(priority->options.cbegin(), priority->options.cend(),
                             [&](const FieldOption& o) { return o.id == id; }))
                value.fail(Tr::tr("\"%1\" is not one of the choices of %2").arg(id, rules.priorityField));
            if (seen.contains(id))
                value.fail(Tr::tr("\"%1\" is given a priority twice").arg(id));
            seen.insert(id);
            rank.values << id;
        }
        if (rank.values.isEmpty())
            p.at(QStringLiteral("values")).fail(Tr::tr("must list at least one choice"));
        rules.priorities << rank;
    }
    if (auto direction = node.optional(QStringLiteral("direction"))) {
        direction->allowOnly({QStringLiteral("valid_months"), QStringLiteral("ref")});
        rules.directionMonths = direction->at(QStringLiteral("valid_months")).integer(1, 24);
        rules.directionRef = direction->stringAt(QStringLiteral("ref"));
    }
    return rules;
}

} // namespace kense
