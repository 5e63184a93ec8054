#include "CalendarActs.h"

#include "EventLog.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "calendar/CalendarEdits.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QDir>

namespace kense::CalendarActs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::CalendarActs)
};

/// The day as the event keeps it: "2026-12-31 day off: <why>", or "… working day" when it is an ordinary one.
QString dayText(const WorkingCalendar& calendar, const QDate& date)
{
    const DayInfo day = calendar.info(date);
    QString text =
        date.toString(Qt::ISODate) + (day.working ? QStringLiteral(" working day") : QStringLiteral(" day off"));
    if (!day.name.ru.isEmpty())
        text += QStringLiteral(": ") + day.name.ru;
    return text;
}
} // namespace

WorkingCalendar editDay(const QSqlDatabase& db, const QString& overrideDir, const CalendarDayEdit& edit,
                        const UserRecord& admin, const QDateTime& at)
{
    UserRepository(db).requireAdministrator(admin.id, Tr::tr("only an administrator changes the working calendar"));
    const QString path = QDir(overrideDir).filePath(QStringLiteral("edits.json"));
    CalendarEdits edits;
    QString error;
    if (!CalendarEdits::read(path, &edits, &error))
        throw StorageError{error};
    if (edit.what == CalendarDayEdit::What::Undo) {
        if (!edits.remove(edit.date))
            throw StorageError{
                Tr::tr("%1 has no edit of yours to undo").arg(edit.date.toString(QStringLiteral("dd.MM.yyyy")))};
    } else if (!edits.set(edit.date, edit.what == CalendarDayEdit::What::DayOff, edit.reason, &error)) {
        throw StorageError{error};
    }
    const WorkingCalendar before = WorkingCalendar::load(WorkingCalendar::builtinDirectory(), overrideDir);
    const QString date = edit.date.toString(Qt::ISODate);
    QString after = date;
    if (edit.what == CalendarDayEdit::What::Undo)
        after += QStringLiteral(" as the year's calendar has it");
    else
        after += (edit.what == CalendarDayEdit::What::DayOff ? QStringLiteral(" day off: ")
                                                             : QStringLiteral(" working day: ")) +
                 edit.reason.trimmed();

    Transaction tx(db);
    EventLog::append(db, EventDraft{std::nullopt,
                                    at,
                                    admin.id,
                                    eventKindName(EventKind::CalendarDayEdited),
                                    {},
                                    {},
                                    dayText(before, edit.date),
                                    after,
                                    edit.reason.trimmed()});
    if (!QDir().mkpath(overrideDir))
        throw StorageError::failed(Tr::tr("%1: cannot make the folder").arg(overrideDir));
    if (!edits.write(path, &error))
        throw StorageError::failed(error);
    tx.commit();
    return WorkingCalendar::load(WorkingCalendar::builtinDirectory(), overrideDir);
}

} // namespace kense::CalendarActs
