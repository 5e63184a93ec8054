#pragma once

#include <QString>
#include <QTime>

namespace kense {

/// The hours an office works on each working day, with an optional lunch break. Terms in minutes and hours
/// run only inside these hours; a term in days ends at the close of its last day.
/// Default: 09:00–18:30 with lunch 13:00–14:30.
struct OfficeHours
{
    QTime open{9, 0};
    QTime close{18, 30};
    QTime lunchStart{13, 0};
    QTime lunchEnd{14, 30};

    bool hasLunch() const { return lunchStart.isValid() && lunchEnd.isValid(); }
    /// Empty when consistent, else the reason (e.g. lunch outside the working hours).
    QString validate() const;
    /// Minutes of work in one working day.
    int workingMinutes() const;
};

} // namespace kense
