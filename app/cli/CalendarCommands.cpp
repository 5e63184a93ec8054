#include "Cli.h"
#include "DataInForce.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kense::cli {

int calendarCommand(Context& ctx, const QString& verb)
{
    if (verb != QLatin1String("show"))
        throw Failure{BadInput, QStringLiteral("unknown subcommand 'calendar %1' (show)").arg(verb)};
    QCommandLineParser parser;
    const QStringList pos = ctx.parse(parser, 1, 1, QStringLiteral("kensectl calendar show YEAR [--json]"));
    bool ok = false;
    const int year = pos.first().toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        throw Failure{BadInput, QStringLiteral("\"%1\" is not a year between 2000 and 2100").arg(pos.first())};
    const WorkingCalendar calendar = calendarInForce();
    if (!calendar.hasYear(year))
        throw Failure{No, QStringLiteral("the working calendar has no data for %1 (years: %2)").arg(year).arg([&] {
                          QStringList ys;
                          for (int y : calendar.years())
                              ys << QString::number(y);
                          return ys.join(QStringLiteral(", "));
                      }())};
    int workingDays = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        workingDays += calendar.isWorkingDay(d) ? 1 : 0;

    const QList<DayInfo> days = calendar.specialDays(year);
    if (ctx.json()) {
        QJsonArray out;
        for (const DayInfo& d : days) {
            out.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), dayKindName(d.kind)},
                                   {QStringLiteral("working"), d.working},
                                   {QStringLiteral("name_kk"), d.name.kk},
                                   {QStringLiteral("name_ru"), d.name.ru},
                                   {QStringLiteral("source"), d.source}});
        }
        Context::printJson(QJsonObject{{QStringLiteral("year"), year},
                                       {QStringLiteral("working_days"), workingDays},
                                       {QStringLiteral("days"), out}});
        return Ok;
    }
    const QLocale c(QLocale::English);
    for (const DayInfo& d : days) {
        Context::printLine(QStringLiteral("%1 %2  %3  %4")
                               .arg(d.date.toString(Qt::ISODate), c.toString(d.date, QStringLiteral("ddd")))
                               .arg(dayKindName(d.kind), -24)
                               .arg(d.name.ru));
    }
    Context::printLine(QStringLiteral("%1: %2 working days").arg(year).arg(workingDays));
    return Ok;
}

} // namespace kense::cli
