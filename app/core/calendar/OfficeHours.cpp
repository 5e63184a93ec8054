#include "OfficeHours.h"

#include <QCoreApplication>

namespace kense {

QString OfficeHours::validate() const
{
    if (!open.isValid() || !close.isValid() || open >= close)
        return QCoreApplication::translate("kense::OfficeHours", "the office must open before it closes");
    if (lunchStart.isValid() != lunchEnd.isValid())
        return QCoreApplication::translate("kense::OfficeHours", "a lunch break needs both a start and an end");
    if (hasLunch() && !(open < lunchStart && lunchStart < lunchEnd && lunchEnd < close))
        return QCoreApplication::translate("kense::OfficeHours", "the lunch break must lie inside the working hours");
    return {};
}

int OfficeHours::workingMinutes() const
{
    int minutes = open.secsTo(close) / 60;
    if (hasLunch())
        minutes -= lunchStart.secsTo(lunchEnd) / 60;
    return minutes;
}

} // namespace kense
