#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kense {

/// The administrator's single-day changes to the working calendar: <data>/calendar/edits.json,
/// {"schema": 1, "days_off": [{"date", "reason"}], "working_days": [{"date", "reason"}]}.
/// WorkingCalendar::applyEdits reads the same file; a day is in at most one of the lists.
class CalendarEdits
{
public:
    struct Edit
    {
        QDate date;
        bool dayOff = true;
        QString reason;
    };

    /// Reads `path`; a missing file is no edits. False with "file: reason" for a file that does not read.
    static bool read(const QString& path, CalendarEdits* edits, QString* error);
    /// Writes the file whole or not at all.
    bool write(const QString& path, QString* error) const;

    /// Makes `date` a day off (or a working day), replacing an earlier edit of the same day. The reason is required.
    bool set(const QDate& date, bool dayOff, const QString& reason, QString* error);
    bool remove(const QDate& date);
    const QList<Edit>& edits() const { return m_edits; }

private:
    QList<Edit> m_edits; ///< in date order
};

} // namespace kense
