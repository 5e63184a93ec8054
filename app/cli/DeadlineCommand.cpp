#include "Cli.h"
#include "DataInForce.h"
#include "calendar/DeadlineCalculator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {
constexpr auto kMomentFormat = "yyyy-MM-ddTHH:mm";

QString moment(const QDateTime& t)
{
    return t.toString(QString::fromLatin1(kMomentFormat));
}

/// "HH:MM-HH:MM" → a pair of times.
std::pair<QTime, QTime> parseSpan(const QString& option, const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    const QTime from = parts.size() == 2 ? QTime::fromString(parts[0], QStringLiteral("HH:mm")) : QTime();
    const QTime to = parts.size() == 2 ? QTime::fromString(parts[1], QStringLiteral("HH:mm")) : QTime();
    if (!from.isValid() || !to.isValid())
        throw Failure{BadInput, QStringLiteral("--%1: \"%2\" is not of the form HH:MM-HH:MM").arg(option, text)};
    return {from, to};
}
} // namespace

int deadlineCommand(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Service variant id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("provider or tson."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption accepted(QStringLiteral("accepted"), QStringLiteral("Moment of acceptance."),
                                      QStringLiteral("YYYY-MM-DDTHH:MM"));
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("Office hours."),
                                   QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption lunch(QStringLiteral("lunch"), QStringLiteral("Lunch break, or none."),
                                   QStringLiteral("HH:MM-HH:MM"));
    parser.addOptions({service, channel, accepted, hours, lunch});
    const QString usage = QStringLiteral("kensectl deadline --service ID --channel provider|tson|portal --accepted "
                                         "YYYY-MM-DDTHH:MM [--hours HH:MM-HH:MM] [--lunch HH:MM-HH:MM|none] [--json]");
    ctx.parse(parser, 0, 0, usage);
    for (const QCommandLineOption* required : {&service, &channel, &accepted}) {
        if (!parser.isSet(*required))
            throw Failure{BadInput,
                          QStringLiteral("--%1 is required; usage: %2").arg(required->names().first(), usage)};
    }

    const ServiceCatalog catalog = catalogInForce();
    const ServiceVariant* variant = catalog.variant(parser.value(service));
    if (!variant)
        throw Failure{BadInput,
                      QStringLiteral("no service variant '%1' (kensectl catalog list)").arg(parser.value(service))};
    if (variant->isExcluded())
        throw Failure{
            BadInput,
            QStringLiteral("'%1' was excluded by %2 and takes no requests").arg(variant->id, variant->excluded->by)};
    const auto ch = channelFromName(parser.value(channel));
    if (!ch)
        throw Failure{BadInput,
                      QStringLiteral("--channel: \"%1\" is not provider, tson or portal").arg(parser.value(channel))};
    if (!variant->offersChannel(*ch)) {
        QStringList offered;
        for (Channel c : variant->channels)
            offered << channelName(c);
        throw Failure{BadInput, QStringLiteral("'%1' is not taken through the channel %2 (it is: %3)")
                                    .arg(variant->id, channelName(*ch), offered.join(QStringLiteral(", ")))};
    }
    const QDateTime at = QDateTime::fromString(parser.value(accepted), QString::fromLatin1(kMomentFormat));
    if (!at.isValid())
        throw Failure{
            BadInput,
            QStringLiteral("--accepted: \"%1\" is not of the form YYYY-MM-DDTHH:MM").arg(parser.value(accepted))};

    OfficeHours office;
    if (parser.isSet(hours))
        std::tie(office.open, office.close) = parseSpan(QStringLiteral("hours"), parser.value(hours));
    if (parser.isSet(lunch)) {
        if (parser.value(lunch) == QLatin1String("none"))
            office.lunchStart = office.lunchEnd = QTime();
        else
            std::tie(office.lunchStart, office.lunchEnd) = parseSpan(QStringLiteral("lunch"), parser.value(lunch));
    }
    if (const QString problem = office.validate(); !problem.isEmpty())
        throw Failure{BadInput, QStringLiteral("office hours: ") + problem};

    const WorkingCalendar calendar = calendarInForce();
    const DeadlineCalculator calculator(calendar, office);
    const RequestDeadlines result = calculator.compute(*variant, *ch, at);

    QJsonArray steps;
    for (const StepDeadline& s : result.steps) {
        QJsonObject step{{QStringLiteral("n"), s.step.n},
                         {QStringLiteral("role"), stepActorName(s.step.actor)},
                         {QStringLiteral("due"), s.due ? QJsonValue(moment(*s.due)) : QJsonValue(QJsonValue::Null)}};
        if (s.step.duration) {
            step.insert(QStringLiteral("duration"),
                        QJsonObject{{QStringLiteral("value"), s.step.duration->value},
                                    {QStringLiteral("unit"), timeUnitName(s.step.duration->unit)}});
        }
        steps.append(step);
    }
    if (ctx.json()) {
        Context::printJson(QJsonObject{
            {QStringLiteral("service"), variant->id},
            {QStringLiteral("channel"), channelName(*ch)},
            {QStringLiteral("accepted"), moment(at)},
            {QStringLiteral("total_due"), result.termSet ? QJsonValue(moment(result.totalDue)) : QJsonValue()},
            {QStringLiteral("total_basis"), !result.termSet      ? QStringLiteral("none")
                                            : result.totalStated ? QStringLiteral("stated")
                                                                 : QStringLiteral("sum_of_steps")},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
        });
        return Ok;
    }
    Context::printLine(QStringLiteral("%1 via %2, accepted %3").arg(variant->id, channelName(*ch), moment(at)));
    for (const StepDeadline& s : result.steps) {
        Context::printLine(QStringLiteral("  step %1 %2: %3")
                               .arg(s.step.n)
                               .arg(stepActorName(s.step.actor), -14)
                               .arg(s.due ? moment(*s.due) : QStringLiteral("no limit stated")));
    }
    if (!result.termSet)
        Context::printLine(QStringLiteral("  due: none — no term is set (an administrator may enter one: kensectl "
                                          "settings set terms/%1 \"30 calendar_days\")")
                               .arg(variant->id));
    else
        Context::printLine(QStringLiteral("  due: %1 (%2)")
                               .arg(moment(result.totalDue), result.totalStated
                                                                 ? QStringLiteral("the term in force")
                                                                 : QStringLiteral("the end of the steps")));
    for (const QString& w : result.warnings)
        Context::printLine(QStringLiteral("  warning: ") + w);
    return Ok;
}

} // namespace kense::cli
