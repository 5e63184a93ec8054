#include "WorkingCalendar.h"

#include "common/JsonNode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kense {

namespace {
/// Translations of this file live in the context "kense::WorkingCalendar".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::WorkingCalendar)
};

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

/// Who made an administrator's edit: a login, the same in both languages.
LocalizedText byWhom(const QString& login)
{
    return LocalizedText{login, login, true, true};
}

LocalizedText readName(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("kk"), QStringLiteral("ru")});
    return LocalizedText{node.stringAt(QStringLiteral("kk")), node.stringAt(QStringLiteral("ru")), true, true};
}

bool readFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QFileInfo(path).fileName() + QStringLiteral(": ") + Tr::tr("cannot be read (%1)").arg(file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}
} // namespace

QString dayKindName(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QStringLiteral("working");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::PublicHoliday:
        return QStringLiteral("public_holiday");
    case DayKind::ShiftedDayOff:
        return QStringLiteral("shifted_day_off");
    case DayKind::ReligiousDayOff:
        return QStringLiteral("religious_day_off");
    case DayKind::TransferredDayOff:
        return QStringLiteral("transferred_day_off");
    case DayKind::TransferredWorkingDay:
        return QStringLiteral("transferred_working_day");
    case DayKind::AdministratorDayOff:
        return QStringLiteral("administrator_day_off");
    case DayKind::AdministratorWorkingDay:
        return QStringLiteral("administrator_working_day");
    }
    return {};
}

QString WorkingCalendar::builtinDirectory()
{
    return QStringLiteral(":/calendar");
}

WorkingCalendar WorkingCalendar::load(const QString& builtinDir, const QString& overrideDir, QStringList* errors)
{
    WorkingCalendar calendar;
    const QStringList pattern{QStringLiteral("kz-*.json")};
    QStringList names = QDir(builtinDir).entryList(pattern, QDir::Files, QDir::Name);
    const QStringList overrides =
        overrideDir.isEmpty() ? QStringList() : QDir(overrideDir).entryList(pattern, QDir::Files, QDir::Name);
    for (const QString& name : overrides) {
        if (!names.contains(name))
            names << name;
    }
    for (const QString& name : std::as_const(names)) {
        QStringList paths;
        if (overrides.contains(name))
            paths << QDir(overrideDir).filePath(name);
        if (QFileInfo::exists(QDir(builtinDir).filePath(name)))
            paths << QDir(builtinDir).filePath(name);
        for (const QString& path : std::as_const(paths)) {
            QByteArray bytes;
            QString error;
            if (readFile(path, &bytes, &error) && calendar.addYearFile(bytes, path, &error))
                break;
            if (errors)
                errors->append(error);
        }
    }
    const QString edits = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(QStringLiteral("edits.json"));
    if (!edits.isEmpty() && QFileInfo::exists(edits)) {
        QByteArray bytes;
        QString error;
        if (!readFile(edits, &bytes, &error) || !calendar.applyEdits(bytes, edits, &error)) {
            if (errors)
                errors->append(error);
        }
    }
    return calendar;
}

bool WorkingCalendar::addYearFile(const QByteArray& bytes, const QString& fileName, QString* error)
{
    try {
        const JsonNode root = JsonNode::parse(bytes);
        root.allowOnly({QStringLiteral("schema"), QStringLiteral("year"), QStringLiteral("country"),
                        QStringLiteral("sources"), QStringLiteral("days_off"), QStringLiteral("transfers"),
                        QStringLiteral("notes")});
        root.at(QStringLiteral("schema")).integer(kSchemaVersion, kSchemaVersion);
        const int year = root.at(QStringLiteral("year")).integer(2000, 2100);
        const JsonNode sources = root.at(QStringLiteral("sources"));
        auto sourceOf = [&](const JsonNode& entry) {
            const JsonNode key = entry.at(QStringLiteral("source"));
            const QString k = key.string();
            if (!sources.has(k))
                key.fail(Tr::tr("\"%1\" is not a key of \"sources\"").arg(k));
            // A law's title in both languages ({"kk", "ru"}, and a maintainer's "note" never shown), or one string
            // for both, as files before it had.
            const JsonNode source = sources.at(k);
            if (source.value().isString()) {
                const QString both = source.string();
                return LocalizedText{both, both, true, true};
            }
            source.allowOnly({QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("note")});
            return LocalizedText{source.stringAt(QStringLiteral("kk")), source.stringAt(QStringLiteral("ru")), true,
                                 true};
        };
        auto dateIn = [&](const JsonNode& node) {
            const QDate d = node.date();
            if (d.year() != year)
                node.fail(Tr::tr("%1 is not in the year %2").arg(d.toString(Qt::ISODate)).arg(year));
            return d;
        };

        YearData data;
        QSet<QDate> seen;
        for (const JsonNode& entry : root.arrayAt(QStringLiteral("days_off"))) {
            entry.allowOnly({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name"),
                             QStringLiteral("source"), QStringLiteral("note")});
            DayInfo day;
            const JsonNode dateNode = entry.at(QStringLiteral("date"));
            day.date = dateIn(dateNode);
            if (seen.contains(day.date))
                dateNode.fail(Tr::tr("%1 is listed twice").arg(day.date.toString(Qt::ISODate)));
            seen.insert(day.date);
            day.kind = entry.at(QStringLiteral("kind"))
                                   .oneOf({QStringLiteral("public_holiday"), QStringLiteral("religious")}) ==
                               QLatin1String("public_holiday")
                           ? DayKind::PublicHoliday
                           : DayKind::ReligiousDayOff;
            day.working = false;
            day.name = readName(entry.at(QStringLiteral("name")));
            day.source = sourceOf(entry);
            data.declared << day;
        }
        for (const JsonNode& entry : root.optionalArrayAt(QStringLiteral("transfers"))) {
            entry.allowOnly({QStringLiteral("day_off"), QStringLiteral("working_day"), QStringLiteral("source"),
                             QStringLiteral("note")});
            const LocalizedText source = sourceOf(entry);
            const JsonNode offNode = entry.at(QStringLiteral("day_off"));
            const JsonNode workNode = entry.at(QStringLiteral("working_day"));
            DayInfo off{dateIn(offNode), DayKind::TransferredDayOff, false, {}, source};
            DayInfo work{dateIn(workNode), DayKind::TransferredWorkingDay, true, {}, source};
            if (!isWeekend(work.date))
                workNode.fail(Tr::tr("%1 is not a Saturday or Sunday").arg(work.date.toString(Qt::ISODate)));
            off.name = LocalizedText{Tr::tr("Day off moved from %1").arg(work.date.toString(Qt::ISODate)),
                                     Tr::tr("Day off moved from %1").arg(work.date.toString(Qt::ISODate)), true, true};
            work.name =
                LocalizedText{Tr::tr("Working day moved to %1").arg(off.date.toString(Qt::ISODate)),
                              Tr::tr("Working day moved to %1").arg(off.date.toString(Qt::ISODate)), true, true};
            data.transfers << off << work;
        }
        m_years.insert(year, data);
        resolveYear(year);
        return true;
    } catch (const JsonError& e) {
        if (error)
            *error = e.message(QFileInfo(fileName).fileName());
        return false;
    }
}

bool WorkingCalendar::applyEdits(const QByteArray& bytes, const QString& fileName, QString* error)
{
    try {
        const JsonNode root = JsonNode::parse(bytes);
        root.allowOnly({QStringLiteral("schema"), QStringLiteral("days_off"), QStringLiteral("working_days")});
        root.at(QStringLiteral("schema")).integer(kSchemaVersion, kSchemaVersion);
        QHash<QDate, DayInfo> edits;
        auto readEdits = [&](const QString& key, bool working) {
            for (const JsonNode& entry : root.optionalArrayAt(key)) {
                entry.allowOnly({QStringLiteral("date"), QStringLiteral("reason"), QStringLiteral("by")});
                const JsonNode dateNode = entry.at(QStringLiteral("date"));
                const QDate date = dateNode.date();
                if (edits.contains(date))
                    dateNode.fail(Tr::tr("%1 is listed twice").arg(date.toString(Qt::ISODate)));
                const QString reason = entry.stringAt(QStringLiteral("reason"));
                edits.insert(date, DayInfo{date,
                                           working ? DayKind::AdministratorWorkingDay : DayKind::AdministratorDayOff,
                                           working,
                                           {reason, reason, true, true},
                                           byWhom(entry.stringOr(QStringLiteral("by"), Tr::tr("administrator")))});
            }
        };
        readEdits(QStringLiteral("days_off"), false);
        readEdits(QStringLiteral("working_days"), true);
        m_edits.insert(edits);
        return true;
    } catch (const JsonError& e) {
        if (error)
            *error = e.message(QFileInfo(fileName).fileName());
        return false;
    }
}

void WorkingCalendar::addDayOff(const QDate& date, const QString& reason)
{
    m_edits.insert(date, DayInfo{date, DayKind::AdministratorDayOff, false, {reason, reason, true, true}, {}});
}

void WorkingCalendar::addWorkingDay(const QDate& date, const QString& reason)
{
    m_edits.insert(date, DayInfo{date, DayKind::AdministratorWorkingDay, true, {reason, reason, true, true}, {}});
}

void WorkingCalendar::resolveYear(int year)
{
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (it.key().year() == year && it->kind != DayKind::ShiftedDayOff)
            it = m_days.erase(it);
        else
            ++it;
    }
    // Shifted days may have come from this year (or from the previous year's December): recompute all shifts.
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (it->kind == DayKind::ShiftedDayOff)
            it = m_days.erase(it);
        else
            ++it;
    }
    const YearData& data = m_years[year];
    for (const DayInfo& d : data.declared)
        m_days.insert(d.date, d);

    QList<int> years = m_years.keys();
    std::sort(years.begin(), years.end());
    for (int y : std::as_const(years)) {
        QList<DayInfo> holidays = m_years[y].declared;
        std::sort(holidays.begin(), holidays.end(), [](const DayInfo& a, const DayInfo& b) { return a.date < b.date; });
        for (const DayInfo& h : std::as_const(holidays)) {
            if (h.kind != DayKind::PublicHoliday || !isWeekend(h.date))
                continue;
            QDate d = h.date.addDays(1);
            while (isWeekend(d) || (m_days.contains(d) && !m_days.value(d).working))
                d = d.addDays(1);
            DayInfo shifted = h;
            shifted.date = d;
            shifted.kind = DayKind::ShiftedDayOff;
            shifted.source = h.source;
            shifted.name.kk = h.name.kk + QStringLiteral(" (") + h.date.toString(Qt::ISODate) + QLatin1Char(')');
            shifted.name.ru = h.name.ru + QStringLiteral(" (") + h.date.toString(Qt::ISODate) + QLatin1Char(')');
            m_days.insert(d, shifted);
        }
    }
    for (const DayInfo& t : data.transfers)
        m_days.insert(t.date, t);
}

QList<int> WorkingCalendar::years() const
{
    QList<int> out = m_years.keys();
    std::sort(out.begin(), out.end());
    return out;
}

DayInfo WorkingCalendar::info(const QDate& date) const
{
    if (auto it = m_edits.constFind(date); it != m_edits.cend())
        return *it;
    if (auto it = m_days.constFind(date); it != m_days.cend())
        return *it;
    DayInfo day;
    day.date = date;
    day.kind = isWeekend(date) ? DayKind::Weekend : DayKind::Working;
    day.working = !isWeekend(date);
    return day;
}

QList<DayInfo> WorkingCalendar::specialDays(int year) const
{
    QList<DayInfo> out;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const DayInfo day = info(d);
        if (day.kind != DayKind::Working && day.kind != DayKind::Weekend)
            out << day;
    }
    return out;
}

QDate WorkingCalendar::nextWorkingDay(const QDate& date) const
{
    QDate d = date.addDays(1);
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

} // namespace kense
