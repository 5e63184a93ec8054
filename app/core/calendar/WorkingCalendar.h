#pragma once

#include "common/LocalizedText.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kense {

/// Why a day is (or is not) a working day.
enum class DayKind
{
    Working,
    Weekend,
    PublicHoliday, ///< a public holiday of the law «О праздниках в Республике Казахстан»
    ShiftedDayOff,           ///< the working day after a public holiday that fell on a Saturday or Sunday
    ReligiousDayOff,         ///< Orthodox Christmas, the first day of Kurban ait: never moved
    TransferredDayOff,       ///< a day off by a government transfer decree
    TransferredWorkingDay,   ///< a weekend day made a working day by a transfer decree
    AdministratorDayOff,     ///< added by the administrator
    AdministratorWorkingDay, ///< a day off the administrator made a working day
};

QString dayKindName(DayKind kind); ///< "public_holiday", … — for JSON and logs

struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Working;
    bool working = true;
    LocalizedText name;   ///< the holiday's name, or the reason of an edit
    LocalizedText source; ///< the law, decree or person behind it, as the interface's language names it
};

/// Kazakhstan's working calendar, from one data file per year (resources/calendar/kz-YYYY.json) plus the
/// administrator's edits (edits.json in the override directory). Rules applied, in order:
///  1. Saturday and Sunday are days off;
///  2. the days of the year file: public holidays and religious days off;
///  3. a public holiday on a Saturday or Sunday gives a day off on the next working day (Labour Code art. 85 p.2
///     / «О праздниках» — religious days off do not move);
///  4. the government's transfer decrees: a day off moved to another day;
///  5. the administrator's edits win over everything.
/// A year with no file has only weekends; hasYear() tells, so deadlines can warn.
class WorkingCalendar
{
public:
    static constexpr int kSchemaVersion = 1;

    static QString builtinDirectory(); ///< ":/calendar"

    /// Loads kz-*.json from builtinDir, a same-named file in overrideDir replacing the built-in one, then
    /// overrideDir/edits.json. A refused file is reported in *errors (the built-in file stays in force).
    static WorkingCalendar load(const QString& builtinDir, const QString& overrideDir = QString(),
                                QStringList* errors = nullptr);

    /// Adds one year file's days; returns false with "<file>: <path>: <reason>" on a bad file.
    bool addYearFile(const QByteArray& bytes, const QString& fileName, QString* error);
    /// Applies an edits file ({"schema":1,"days_off":[{date,reason}],"working_days":[{date,reason}]}).
    bool applyEdits(const QByteArray& bytes, const QString& fileName, QString* error);
    /// The administrator's single-day edits, as the settings dialog makes them.
    void addDayOff(const QDate& date, const QString& reason);
    void addWorkingDay(const QDate& date, const QString& reason);

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    bool isWorkingDay(const QDate& date) const { return info(date).working; }
    DayInfo info(const QDate& date) const;
    /// Every day of the year that is not an ordinary working day (weekends excepted unless made working),
    /// in date order.
    QList<DayInfo> specialDays(int year) const;

    /// The first working day strictly after `date`.
    QDate nextWorkingDay(const QDate& date) const;

private:
    void resolveYear(int year);

    struct YearData
    {
        QList<DayInfo> declared;  ///< holidays and religious days of the file
        QList<DayInfo> transfers; ///< TransferredDayOff / TransferredWorkingDay entries
    };
    QHash<int, YearData> m_years;
    QHash<QDate, DayInfo> m_days; ///< resolved non-default days of every loaded year
    QHash<QDate, DayInfo> m_edits;
};

} // namespace kense
