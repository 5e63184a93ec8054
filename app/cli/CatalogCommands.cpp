#include "Cli.h"
#include "DataInForce.h"
#include "paths/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {
QJsonObject textJson(const LocalizedText& t)
{
    QJsonObject o{{QStringLiteral("kk"), t.kk}, {QStringLiteral("ru"), t.ru}};
    if (!t.kkOfficial)
        o.insert(QStringLiteral("kk_official"), false);
    if (!t.ruOfficial)
        o.insert(QStringLiteral("ru_official"), false);
    return o;
}

QJsonValue durationJson(const std::optional<Duration>& d)
{
    if (!d)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), d->value}, {QStringLiteral("unit"), timeUnitName(d->unit)}};
}

QJsonObject summaryJson(const ServiceVariant& v)
{
    QJsonArray channels;
    for (Channel c : v.channels)
        channels.append(channelName(c));
    QJsonObject terms;
    for (auto it = v.totalTerms.cbegin(); it != v.totalTerms.cend(); ++it)
        terms.insert(channelName(it.key()), durationJson(it->duration));
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("family"), v.family},
        {QStringLiteral("name_kk"), v.name.kk},
        {QStringLiteral("name_ru"), v.name.ru},
        {QStringLiteral("region"), v.regionCode},
        {QStringLiteral("excluded"), v.isExcluded()},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("total_term"), terms},
        {QStringLiteral("path"), pathName(v.path())},
    };
}

QJsonObject fullJson(const ServiceVariant& v)
{
    QJsonObject o = summaryJson(v);
    o.insert(QStringLiteral("name"), textJson(v.name));
    o.insert(QStringLiteral("region_name"), textJson(v.region));
    o.insert(QStringLiteral("act"), QJsonObject{{QStringLiteral("issuer"), v.act.issuer},
                                                {QStringLiteral("number"), v.act.number},
                                                {QStringLiteral("date"), v.act.date.toString(Qt::ISODate)},
                                                {QStringLiteral("status"), v.act.status}});
    if (v.excluded) {
        o.insert(QStringLiteral("excluded_by"),
                 QJsonObject{{QStringLiteral("by"), v.excluded->by},
                             {QStringLiteral("date"), v.excluded->date.toString(Qt::ISODate)}});
        return o;
    }
    o.insert(QStringLiteral("provider"), textJson(v.provider));
    QJsonArray docs;
    for (const DocumentSpec& d : v.documents.items) {
        QJsonObject doc{{QStringLiteral("id"), d.id},
                        {QStringLiteral("name"), textJson(d.name)},
                        {QStringLiteral("rule"),
                         d.rule == DocumentRule::Required ? QStringLiteral("required") : QStringLiteral("optional")},
                        {QStringLiteral("original"), d.original}};
        if (d.requiredWhen.isSet())
            doc.insert(QStringLiteral("required_when"),
                       d.requiredWhen.group.isEmpty() ? QJsonObject{{QStringLiteral("field"), d.requiredWhen.field},
                                                                    {QStringLiteral("is"), d.requiredWhen.value}}
                                                      : QJsonObject{{QStringLiteral("group"), d.requiredWhen.group}});
        docs.append(doc);
    }
    o.insert(QStringLiteral("documents"),
             QJsonObject{{QStringLiteral("source"),
                          v.documents.fromRegulation ? QStringLiteral("regulation") : QStringLiteral("clerk_list")},
                         {QStringLiteral("editable"), v.documents.editable},
                         {QStringLiteral("items"), docs}});
    QJsonArray fields;
    for (const FieldSpec& f : v.fields) {
        fields.append(QJsonObject{{QStringLiteral("id"), f.id},
                                  {QStringLiteral("type"), fieldTypeName(f.type)},
                                  {QStringLiteral("required"), f.required},
                                  {QStringLiteral("label"), textJson(f.label)}});
    }
    o.insert(QStringLiteral("fields"), fields);
    QJsonArray steps;
    for (const Step& s : v.steps) {
        steps.append(QJsonObject{{QStringLiteral("channel"), channelName(s.channel)},
                                 {QStringLiteral("n"), s.n},
                                 {QStringLiteral("actor"), stepActorName(s.actor)},
                                 {QStringLiteral("action"), textJson(s.action)},
                                 {QStringLiteral("duration"), durationJson(s.duration)}});
    }
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("outputs"), QJsonArray::fromStringList(v.outputs));
    return o;
}

/// "required", "optional", or "optional, required when subject.reason = damaged".
QString ruleText(const DocumentSpec& d)
{
    if (d.rule == DocumentRule::Required)
        return QStringLiteral("required");
    const DocumentCondition& c = d.requiredWhen;
    if (!c.group.isEmpty())
        return QStringLiteral("optional, required when the %1 is filled in").arg(c.group);
    if (!c.field.isEmpty())
        return QStringLiteral("optional, required when %1 = %2").arg(c.field, c.value);
    return QStringLiteral("optional");
}

QString termText(const ServiceVariant& v)
{
    QStringList parts;
    for (Channel c : v.channels) {
        const auto it = v.totalTerms.constFind(c);
        parts << channelName(c) + QLatin1Char(' ') +
                     (it == v.totalTerms.cend()
                          ? QStringLiteral("(sum of steps)")
                          : QStringLiteral("%1 %2").arg(it->duration.value).arg(timeUnitName(it->duration.unit)));
    }
    return parts.join(QStringLiteral("; "));
}

int validate(Context& ctx)
{
    QCommandLineParser parser;
    const QStringList pos = ctx.parse(parser, 0, 1, QStringLiteral("kensectl catalog validate [DIR] [--json]"));
    QStringList errors;
    int files = 0;
    QString where;
    if (pos.isEmpty()) {
        ServiceCatalog::load(ServiceCatalog::builtinDirectory(), AppPaths::catalogOverrideDirectory(), &errors);
        files = static_cast<int>(QDir(ServiceCatalog::builtinDirectory()).entryList({QStringLiteral("*.json")}).size());
        where = QStringLiteral("the catalog in force");
    } else {
        if (!QFileInfo(pos.first()).isDir())
            throw Failure{BadInput, QStringLiteral("%1: no such directory").arg(pos.first())};
        errors = ServiceCatalog::validateDirectory(pos.first(), &files);
        where = pos.first();
        if (files == 0)
            throw Failure{BadInput, QStringLiteral("%1: holds no *.json catalog files").arg(pos.first())};
    }
    if (ctx.json()) {
        Context::printJson(QJsonObject{{QStringLiteral("valid"), errors.isEmpty()},
                                       {QStringLiteral("files"), files},
                                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
    } else {
        for (const QString& e : std::as_const(errors))
            Context::printLine(e);
        if (errors.isEmpty())
            Context::printLine(QStringLiteral("%1: %2 files, all valid").arg(where).arg(files));
    }
    if (!errors.isEmpty())
        throw Failure{No, QStringLiteral("%1 of %2 catalog files refused; first: %3")
                              .arg(errors.size())
                              .arg(files)
                              .arg(errors.first())};
    return Ok;
}
} // namespace

int catalogCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("validate"))
        return validate(ctx);
    if (verb == QLatin1String("list")) {
        QCommandLineParser parser;
        ctx.parse(parser, 0, 0, QStringLiteral("kensectl catalog list [--json]"));
        const ServiceCatalog catalog = catalogInForce();
        QJsonArray out;
        for (const ServiceVariant& v : catalog.variants()) {
            if (ctx.json())
                out.append(summaryJson(v));
            else
                Context::printLine(QStringLiteral("%1  %2  %3  %4%5")
                                       .arg(v.id, -52)
                                       .arg(v.regionCode, -9)
                                       .arg(pathName(v.path()), -17)
                                       .arg(v.isExcluded() ? QStringLiteral("EXCLUDED ") : QString(), termText(v)));
        }
        if (ctx.json())
            Context::printJson(out);
        return Ok;
    }
    if (verb == QLatin1String("show")) {
        QCommandLineParser parser;
        const QStringList pos = ctx.parse(parser, 1, 1, QStringLiteral("kensectl catalog show ID [--json]"));
        const ServiceCatalog catalog = catalogInForce();
        const ServiceVariant* v = catalog.variant(pos.first());
        if (!v)
            throw Failure{BadInput, QStringLiteral("no service variant '%1' (kensectl catalog list)").arg(pos.first())};
        if (ctx.json()) {
            Context::printJson(fullJson(*v));
            return Ok;
        }
        Context::printLine(v->id + QStringLiteral(" — ") + v->name.ru);
        Context::printLine(QStringLiteral("  kk: ") + v->name.kk);
        Context::printLine(QStringLiteral("  region: ") + v->region.ru + QStringLiteral("; act: ") + v->act.issuer +
                           QLatin1Char(' ') + v->act.number + QStringLiteral(" of ") +
                           v->act.date.toString(Qt::ISODate));
        if (v->excluded) {
            Context::printLine(QStringLiteral("  EXCLUDED by ") + v->excluded->by);
            return Ok;
        }
        Context::printLine(QStringLiteral("  total term: ") + termText(*v));
        Context::printLine(QStringLiteral("  path: %1 (%2)").arg(pathName(v->path()), pathTitle(v->path())));
        for (const Step& s : v->steps) {
            Context::printLine(
                QStringLiteral("  %1.%2 %3: %4 [%5]")
                    .arg(channelName(s.channel))
                    .arg(s.n)
                    .arg(stepActorName(s.actor), s.action.ru,
                         s.duration ? QStringLiteral("%1 %2").arg(s.duration->value).arg(timeUnitName(s.duration->unit))
                                    : QStringLiteral("no limit")));
        }
        for (const DocumentSpec& d : v->documents.items)
            Context::printLine(QStringLiteral("  document (%1%2): %3")
                                   .arg(ruleText(d), d.original ? QStringLiteral(", original") : QString(), d.name.ru));
        return Ok;
    }
    throw Failure{BadInput, QStringLiteral("unknown subcommand 'catalog %1' (validate, list, show)").arg(verb)};
}

} // namespace kense::cli
