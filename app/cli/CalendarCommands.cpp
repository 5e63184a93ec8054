#include "CalendarActs.h"
#include "Cli.h"
#include "DataInForce.h"
#include "Queue.h"
#include "paths/AppPaths.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kense::cli {

namespace {

/// kensectl calendar edit: the same act as Administration's calendar page (CalendarActs::editDay).
int edit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption dayOff(QStringLiteral("day-off"), QStringLiteral("Make the day a day off."));
    const QCommandLineOption workingDay(QStringLiteral("working-day"), QStringLiteral("Make the day a working day."));
    const QCommandLineOption undo(QStringLiteral("undo"), QStringLiteral("Take back the administrator's edit."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (kept beside the day)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The administrator."), QStringLiteral("LOGIN"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), dayOff, workingDay, undo, reason, as});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl calendar edit DATE (--day-off | --working-day | --undo) [--reason TEXT] "
                                 "--as LOGIN --password-stdin --db FILE [--json]"));
    const QDate date = QDate::fromString(pos.first(), Qt::ISODate);
    if (!date.isValid())
        throw Failure{BadInput, QStringLiteral("\"%1\" is not a date YYYY-MM-DD").arg(pos.first())};
    if (int(p.isSet(dayOff)) + int(p.isSet(workingDay)) + int(p.isSet(undo)) != 1)
        throw Failure{BadInput, QStringLiteral("give one of --day-off, --working-day and --undo")};
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord admin = queue.signIn(p);
    const CalendarDayEdit change{date,
                                 p.isSet(undo)     ? CalendarDayEdit::What::Undo
                                 : p.isSet(dayOff) ? CalendarDayEdit::What::DayOff
                                                   : CalendarDayEdit::What::WorkingDay,
                                 p.value(reason)};
    WorkingCalendar calendar;
    try {
        calendar = CalendarActs::editDay(queue.db(), AppPaths::calendarOverrideDirectory(), change, admin,
                                         QDateTime::currentDateTime());
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    const DayInfo day = calendar.info(date);
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                                       {QStringLiteral("working"), day.working},
                                       {QStringLiteral("kind"), dayKindName(day.kind)},
                                       {QStringLiteral("source"), day.source.ru},
                                       {QStringLiteral("source_kk"), day.source.kk}});
    else
        Context::printLine(QStringLiteral("%1: %2 (%3)")
                               .arg(date.toString(Qt::ISODate),
                                    day.working ? QStringLiteral("working day") : QStringLiteral("day off"),
                                    dayKindName(day.kind)));
    return Ok;
}

} // namespace

int calendarCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("edit"))
        return edit(ctx);
    if (verb != QLatin1String("show"))
        throw Failure{BadInput, QStringLiteral("unknown subcommand 'calendar %1' (show, edit)").arg(verb)};
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
                                   {QStringLiteral("source"), d.source.ru},
                                   {QStringLiteral("source_kk"), d.source.kk}});
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
