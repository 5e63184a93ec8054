#pragma once

#include "calendar/WorkingCalendar.h"
#include "records/UserRecord.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kense {

/// An administrator's change of one day of the working calendar.
struct CalendarDayEdit
{
    enum class What
    {
        DayOff,     ///< the day is made a day off
        WorkingDay, ///< the day is made a working day
        Undo        ///< the administrator's earlier edit of the day is taken back
    };
    QDate date;
    What what = What::DayOff;
    QString reason; ///< required, except for Undo
};

/// The acts on the desk's working calendar, one function each for both doors (Administration through QueueStore,
/// and `kensectl calendar edit`).
namespace CalendarActs {
/// Makes the edit in `overrideDir`/edits.json, with a "calendar_day" event (the day before → after, and the reason)
/// by `admin` in the same transaction: only an administrator may, a reason is required, and the file is written whole
/// or not at all (the event is rolled back with it). Returns the calendar now in force (built-in year files, the
/// override directory's, and the edits).
WorkingCalendar editDay(const QSqlDatabase& db, const QString& overrideDir, const CalendarDayEdit& edit,
                        const UserRecord& admin, const QDateTime& at);
} // namespace CalendarActs

} // namespace kense
