#include "CatalogLoader.h"

#include "CatalogQueue.h"
#include "CatalogText.h"
#include "common/JsonNode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace kense {

/// {"kk": "...", "ru": "...", "kk_official": bool, "ru_official": bool}; both languages are required.
/// "kk_verbatim" / "ru_verbatim" keep a seed's own spelling where the printed text corrects it (read, not printed).
LocalizedText readText(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("kk_official"),
                    QStringLiteral("ru_official"), QStringLiteral("kk_verbatim"), QStringLiteral("ru_verbatim")});
    LocalizedText t;
    t.kk = node.stringAt(QStringLiteral("kk"));
    t.ru = node.stringAt(QStringLiteral("ru"));
    t.kkOfficial = node.booleanOr(QStringLiteral("kk_official"), true);
    t.ruOfficial = node.booleanOr(QStringLiteral("ru_official"), true);
    return t;
}

namespace {
/// Translations of this file live in the context "kense::CatalogLoader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CatalogLoader)
};

const QStringList kVariantKeys{
    QStringLiteral("id"),
    QStringLiteral("name"),
    QStringLiteral("region"),
    QStringLiteral("act"),
    QStringLiteral("standard"),
    QStringLiteral("excluded"),
    QStringLiteral("provider"),
    QStringLiteral("channels"),
    QStringLiteral("results"),
    QStringLiteral("documents"),
    QStringLiteral("optional_groups"),
    QStringLiteral("fields"),
    QStringLiteral("steps"),
    QStringLiteral("total_term"),
    QStringLiteral("counting"),
    QStringLiteral("outputs"),
    QStringLiteral("queue"),
    QStringLiteral("survey"),
    QStringLiteral("sources"),
    QStringLiteral("notes"),
};
const QStringList kFieldGroups{QStringLiteral("applicant"), QStringLiteral("representative"), QStringLiteral("subject"),
                               QStringLiteral("service")};

/// A variant's object with the family's "common" object behind it.
class VariantSource
{
public:
    VariantSource(JsonNode variant, std::optional<JsonNode> common)
        : m_variant(std::move(variant))
        , m_common(std::move(common))
    {}
    std::optional<JsonNode> get(const QString& key) const
    {
        if (auto node = m_variant.optional(key))
            return node;
        if (m_common)
            return m_common->optional(key);
        return std::nullopt;
    }
    JsonNode require(const QString& key) const
    {
        if (auto node = get(key))
            return *node;
        return m_variant.at(key); // throws "is required but missing" at the variant's path
    }
    const JsonNode& variant() const { return m_variant; }

private:
    JsonNode m_variant;
    std::optional<JsonNode> m_common;
};

Duration readDuration(const JsonNode& node, QString* verbatim)
{
    // "verbatim" is the regulation's own words (a clerk reads them); "note" is the catalog's maintainers' remark on
    // how they read them (in English, for the next maintainer), never shown.
    node.allowOnly(
        {QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("verbatim"), QStringLiteral("note")});
    node.stringOr(QStringLiteral("note"), QString()); // a string, if given
    Duration d;
    d.value = node.at(QStringLiteral("value")).integer(1, 100000);
    const JsonNode unit = node.at(QStringLiteral("unit"));
    const auto parsed = timeUnitFromName(unit.string());
    if (!parsed)
        unit.fail(Tr::tr("\"%1\" is not one of %2").arg(unit.string(), timeUnitNames()));
    d.unit = *parsed;
    if (verbatim)
        *verbatim = node.stringOr(QStringLiteral("verbatim"), QString());
    return d;
}

Channel readChannel(const JsonNode& node)
{
    const auto c = channelFromName(node.string());
    if (!c)
        node.fail(Tr::tr("\"%1\" is not one of provider, tson, portal, akim").arg(node.string()));
    return *c;
}

ActInfo readAct(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("issuer"), QStringLiteral("number"), QStringLiteral("date"),
                    QStringLiteral("registration"), QStringLiteral("status")});
    ActInfo act;
    act.issuer = node.stringAt(QStringLiteral("issuer"));
    act.number = node.stringAt(QStringLiteral("number"));
    act.date = node.at(QStringLiteral("date")).date();
    act.registration = node.stringOr(QStringLiteral("registration"), QString());
    act.status = node.stringOr(QStringLiteral("status"), QString());
    return act;
}

DocumentList readDocuments(const JsonNode& node)
{
    node.allowOnly(
        {QStringLiteral("source"), QStringLiteral("reference"), QStringLiteral("editable"), QStringLiteral("items")});
    DocumentList list;
    list.fromRegulation =
        node.at(QStringLiteral("source")).oneOf({QStringLiteral("regulation"), QStringLiteral("clerk_list")}) ==
        QLatin1String("regulation");
    list.reference = node.stringOr(QStringLiteral("reference"), QString());
    list.editable = node.booleanOr(QStringLiteral("editable"), !list.fromRegulation);
    QSet<QString> ids;
    for (const JsonNode& item : node.arrayAt(QStringLiteral("items"))) {
        item.allowOnly({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("rule"),
                        QStringLiteral("required_when"), QStringLiteral("original")});
        DocumentSpec doc;
        doc.id = item.stringAt(QStringLiteral("id"));
        if (ids.contains(doc.id))
            item.at(QStringLiteral("id")).fail(Tr::tr("\"%1\" is used twice").arg(doc.id));
        ids.insert(doc.id);
        doc.name = readText(item.at(QStringLiteral("name")));
        doc.rule = item.at(QStringLiteral("rule")).oneOf({QStringLiteral("required"), QStringLiteral("optional")}) ==
                           QLatin1String("required")
                       ? DocumentRule::Required
                       : DocumentRule::Optional;
        if (const auto when = item.optional(QStringLiteral("required_when"))) {
            when->allowOnly({QStringLiteral("group"), QStringLiteral("field"), QStringLiteral("is")});
            if (doc.rule == DocumentRule::Required)
                when->fail(Tr::tr("a required document is required in every case: drop the condition or make it "
                                  "optional"));
            if (when->has(QStringLiteral("group")) == when->has(QStringLiteral("field")))
                when->fail(Tr::tr("give either \"group\" or \"field\" with \"is\""));
            doc.requiredWhen.group = when->stringOr(QStringLiteral("group"), QString());
            if (doc.requiredWhen.group.isEmpty()) {
                doc.requiredWhen.field = when->stringAt(QStringLiteral("field"));
                doc.requiredWhen.value = when->stringAt(QStringLiteral("is"));
            }
        }
        doc.original = item.booleanOr(QStringLiteral("original"), false);
        list.items << doc;
    }
    if (list.items.isEmpty())
        node.at(QStringLiteral("items")).fail(Tr::tr("must list at least one document"));
    return list;
}

/// A document's condition must name what the variant's form asks: one of its optional groups, or one of its fields
/// and (for a choice) one of the field's options.
void checkConditions(const JsonNode& documents, const ServiceVariant& v)
{
    const QList<JsonNode> items = documents.arrayAt(QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size() && i < v.documents.items.size(); ++i) {
        const DocumentCondition& c = v.documents.items.at(i).requiredWhen;
        if (!c.isSet())
            continue;
        const JsonNode when = items.at(i).at(QStringLiteral("required_when"));
        if (!c.group.isEmpty()) {
            if (!v.optionalGroups.contains(c.group))
                when.at(QStringLiteral("group"))
                    .fail(Tr::tr("\"%1\" is not an optional group of this service (%2)")
                              .arg(c.group, v.optionalGroups.join(QStringLiteral(", "))));
            continue;
        }
        const FieldSpec* f = v.field(c.field);
        if (!f)
            when.at(QStringLiteral("field")).fail(Tr::tr("\"%1\" is not a field of this service").arg(c.field));
        if (f->type == FieldType::Enum && std::none_of(f->options.cbegin(), f->options.cend(),
                                                       [&c](const FieldOption& o) { return o.id == c.value; }))
            when.at(QStringLiteral("is")).fail(Tr::tr("\"%1\" is not one of the choices of %2").arg(c.value, c.field));
    }
}

FieldSpec readField(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("required"),
                    QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("options"), QStringLiteral("age")});
    FieldSpec f;
    const JsonNode id = node.at(QStringLiteral("id"));
    f.id = id.string();
    f.group = f.id.section(QLatin1Char('.'), 0, 0);
    if (!f.id.contains(QLatin1Char('.')) || !kFieldGroups.contains(f.group))
        id.fail(Tr::tr("\"%1\" must be <group>.<name> with group one of %2")
                    .arg(f.id, kFieldGroups.join(QStringLiteral(", "))));
    const JsonNode type = node.at(QStringLiteral("type"));
    const auto t = fieldTypeFromName(type.string());
    if (!t)
        type.fail(Tr::tr("\"%1\" is not one of %2").arg(type.string(), fieldTypeNames().join(QStringLiteral(", "))));
    f.type = *t;
    f.label = readText(node.at(QStringLiteral("label")));
    f.required = node.booleanOr(QStringLiteral("required"), false);
    if (auto min = node.optional(QStringLiteral("min")))
        f.min = min->integer(-1000000000, 1000000000);
    if (auto max = node.optional(QStringLiteral("max")))
        f.max = max->integer(-1000000000, 1000000000);
    if (auto age = node.optional(QStringLiteral("age"))) {
        if (f.type != FieldType::Iin)
            age->fail(Tr::tr("only an IIN gives an age"));
        age->allowOnly({QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("ref")});
        AgeBounds bounds;
        bounds.min = age->at(QStringLiteral("min")).integer(0, 150);
        bounds.max = age->at(QStringLiteral("max")).integer(bounds.min, 150);
        bounds.ref = age->stringAt(QStringLiteral("ref"));
        f.age = bounds;
    }
    if (f.min && f.max && *f.min > *f.max)
        node.at(QStringLiteral("max")).fail(Tr::tr("is smaller than min"));
    for (const JsonNode& o : node.optionalArrayAt(QStringLiteral("options"))) {
        o.allowOnly({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("subjects")});
        FieldOption option{o.stringAt(QStringLiteral("id")), readText(o.at(QStringLiteral("label"))), {}};
        for (const JsonNode& subject : o.optionalArrayAt(QStringLiteral("subjects")))
            option.subjects << readText(subject);
        f.options << option;
    }
    if (f.type == FieldType::Enum && f.options.isEmpty())
        node.fail(Tr::tr("a field of type enum needs options"));
    if (f.type != FieldType::Enum && !f.options.isEmpty())
        node.at(QStringLiteral("options")).fail(Tr::tr("only a field of type enum has options"));
    return f;
}

Step readStep(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("channel"), QStringLiteral("n"), QStringLiteral("actor"),
                    QStringLiteral("actor_verbatim"), QStringLiteral("action"), QStringLiteral("duration"),
                    QStringLiteral("ref")});
    Step s;
    s.channel = readChannel(node.at(QStringLiteral("channel")));
    s.n = node.at(QStringLiteral("n")).integer(1, 100);
    const JsonNode actor = node.at(QStringLiteral("actor"));
    const auto a = stepActorFromName(actor.string());
    if (!a)
        actor.fail(Tr::tr("\"%1\" is not one of %2").arg(actor.string(), stepActorNames()));
    s.actor = *a;
    s.actorVerbatim = node.stringOr(QStringLiteral("actor_verbatim"), QString());
    s.action = readText(node.at(QStringLiteral("action")));
    const JsonNode duration = node.at(QStringLiteral("duration")); // null: no limit stated
    if (!duration.isNull())
        s.duration = readDuration(duration, &s.durationVerbatim);
    s.ref = node.stringOr(QStringLiteral("ref"), QString());
    return s;
}

ServiceVariant readVariant(const VariantSource& src, const QString& family)
{
    src.variant().allowOnly(kVariantKeys);
    ServiceVariant v;
    v.family = family;
    const JsonNode id = src.variant().at(QStringLiteral("id"));
    v.id = id.string();
    for (QChar c : std::as_const(v.id)) {
        if (!(c.isLower() && c.unicode() < 128) && !c.isDigit() && c != QLatin1Char('-'))
            id.fail(Tr::tr("\"%1\" may hold only a-z, 0-9 and -").arg(v.id));
    }
    v.name = readText(src.require(QStringLiteral("name")));
    const JsonNode region = src.require(QStringLiteral("region"));
    region.allowOnly({QStringLiteral("code"), QStringLiteral("kk"), QStringLiteral("ru")});
    v.regionCode = region.stringAt(QStringLiteral("code"));
    v.region.kk = region.stringAt(QStringLiteral("kk"));
    v.region.ru = region.stringAt(QStringLiteral("ru"));
    v.act = readAct(src.require(QStringLiteral("act")));
    v.standard = src.get(QStringLiteral("standard")) ? src.get(QStringLiteral("standard"))->string() : QString();
    if (auto ex = src.get(QStringLiteral("excluded"))) {
        ex->allowOnly({QStringLiteral("by"), QStringLiteral("date")});
        v.excluded = Exclusion{ex->stringAt(QStringLiteral("by")), ex->at(QStringLiteral("date")).date()};
    }
    for (const JsonNode& s : src.variant().optionalArrayAt(QStringLiteral("sources")))
        v.sources << s.string();
    if (v.isExcluded())
        return v; // an excluded regulation keeps only its identity: it is never offered for intake

    v.provider = readText(src.require(QStringLiteral("provider")));
    for (const JsonNode& c : src.require(QStringLiteral("channels")).array()) {
        const Channel ch = readChannel(c);
        if (v.channels.contains(ch))
            c.fail(Tr::tr("\"%1\" is listed twice").arg(channelName(ch)));
        v.channels << ch;
    }
    if (v.channels.isEmpty())
        src.require(QStringLiteral("channels")).fail(Tr::tr("must list at least one channel"));
    for (const JsonNode& r : src.require(QStringLiteral("results")).array()) {
        r.allowOnly(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("form"), QStringLiteral("after_issue")});
        v.results << ResultDocument{
            r.stringAt(QStringLiteral("id")), readText(r.at(QStringLiteral("name"))),
            r.at(QStringLiteral("form"))
                .oneOf({QStringLiteral("paper"), QStringLiteral("electronic"), QStringLiteral("paper_or_electronic")}),
            r.booleanOr(QStringLiteral("after_issue"), false)};
    }
    if (!v.results.isEmpty() && !v.resultDocument())
        src.require(QStringLiteral("results"))
            .fail(Tr::tr("every result is made after issue: the first result must end the term"));
    v.documents = readDocuments(src.require(QStringLiteral("documents")));
    if (auto groups = src.get(QStringLiteral("optional_groups"))) {
        for (const JsonNode& g : groups->array())
            v.optionalGroups << g.oneOf(kFieldGroups);
    }
    QSet<QString> fieldIds;
    for (const JsonNode& f : src.require(QStringLiteral("fields")).array()) {
        FieldSpec spec = readField(f);
        if (fieldIds.contains(spec.id))
            f.at(QStringLiteral("id")).fail(Tr::tr("\"%1\" is used twice").arg(spec.id));
        fieldIds.insert(spec.id);
        v.fields << spec;
    }
    checkConditions(src.require(QStringLiteral("documents")), v);

    QMap<Channel, int> lastN;
    for (const JsonNode& node : src.require(QStringLiteral("steps")).array()) {
        Step s = readStep(node);
        if (s.channel != Channel::Portal && !v.channels.contains(s.channel))
            node.at(QStringLiteral("channel"))
                .fail(Tr::tr("the variant does not offer the channel \"%1\"").arg(channelName(s.channel)));
        if (s.n != lastN.value(s.channel, 0) + 1)
            node.at(QStringLiteral("n"))
                .fail(Tr::tr("steps of channel \"%1\" must be numbered 1, 2, 3… in order; expected %2, found %3")
                          .arg(channelName(s.channel))
                          .arg(lastN.value(s.channel, 0) + 1)
                          .arg(s.n));
        lastN[s.channel] = s.n;
        v.steps << s;
    }
    for (Channel c : std::as_const(v.channels)) {
        if (c != Channel::Portal && !lastN.contains(c))
            src.require(QStringLiteral("steps")).fail(Tr::tr("no steps for the channel \"%1\"").arg(channelName(c)));
    }

    if (auto total = src.get(QStringLiteral("total_term"))) {
        total->allowOnly(
            {QStringLiteral("provider"), QStringLiteral("tson"), QStringLiteral("portal"), QStringLiteral("akim")});
        for (Channel c : allChannels()) {
            if (auto t = total->optional(channelName(c))) {
                if (!v.channels.contains(c))
                    t->fail(Tr::tr("the variant does not offer the channel \"%1\"").arg(channelName(c)));
                Term term;
                term.duration = readDuration(*t, &term.verbatim);
                v.totalTerms.insert(c, term);
            }
        }
    }
    if (auto counting = src.get(QStringLiteral("counting"))) {
        counting->allowOnly({QStringLiteral("exclude_issue_day"), QStringLiteral("note")});
        v.counting.excludeIssueDay = counting->booleanOr(QStringLiteral("exclude_issue_day"), false);
        v.counting.note = counting->stringOr(QStringLiteral("note"), QString());
    }
    const QStringList known = knownOutputs();
    for (const JsonNode& o : src.require(QStringLiteral("outputs")).array())
        v.outputs << o.oneOf(known);
    if (auto queue = src.get(QStringLiteral("queue")))
        v.queue = readQueueRules(*queue, v);
    if (auto survey = src.get(QStringLiteral("survey")))
        v.survey = readSurveyText(*survey);
    if (v.stepsName(StepActor::Head) && !v.stepsName(StepActor::Executor))
        src.require(QStringLiteral("steps"))
            .fail(Tr::tr("a step of the head but none of an executor: the head's resolution names an executor"));
    if (v.path() == Path::ClerkOnly && v.resultDocument() && !v.resultIsReceipt())
        src.require(QStringLiteral("steps"))
            .fail(Tr::tr("no step of a head or an executor, so nobody prepares the result \"%1\"; only a receipt is "
                         "issued by the office alone")
                      .arg(*v.resultDocument()));
    return v;
}
} // namespace

bool CatalogLoader::parse(const QByteArray& bytes, const QString& fileName, CatalogFile* out, QString* error)
{
    try {
        const JsonNode root = JsonNode::parse(bytes);
        root.allowOnly({QStringLiteral("schema"), QStringLiteral("family"), QStringLiteral("common"),
                        QStringLiteral("variants"), QStringLiteral("notes")});
        root.at(QStringLiteral("schema")).integer(kSchemaVersion, kSchemaVersion);
        const JsonNode familyNode = root.at(QStringLiteral("family"));
        CatalogFile file;
        file.family = familyNode.string();
        const QString expected = QFileInfo(fileName).completeBaseName();
        if (file.family != expected)
            familyNode.fail(Tr::tr("\"%1\" does not match the file name (expected \"%2\")").arg(file.family, expected));
        const auto common = root.optional(QStringLiteral("common"));
        if (common)
            common->allowOnly(kVariantKeys);
        QSet<QString> ids;
        for (const JsonNode& node : root.arrayAt(QStringLiteral("variants"))) {
            ServiceVariant v = readVariant(VariantSource(node, common), file.family);
            if (ids.contains(v.id))
                node.at(QStringLiteral("id")).fail(Tr::tr("\"%1\" is used twice").arg(v.id));
            ids.insert(v.id);
            file.variants << v;
        }
        if (file.variants.isEmpty())
            root.at(QStringLiteral("variants")).fail(Tr::tr("must hold at least one variant"));
        *out = file;
        return true;
    } catch (const JsonError& e) {
        if (error)
            *error = e.message(QFileInfo(fileName).fileName());
        return false;
    }
}

bool CatalogLoader::load(const QString& filePath, CatalogFile* out, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QFileInfo(filePath).fileName() + QStringLiteral(": ") +
                     Tr::tr("cannot be read (%1)").arg(file.errorString());
        return false;
    }
    return parse(file.readAll(), filePath, out, error);
}

} // namespace kense
