// A calendar year file and an administrator's edits file: any bytes are refused with a message or applied, and the
// calendar then answers for every day of the years it holds, never crashing or looping.
#include "calendar/WorkingCalendar.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kense;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    WorkingCalendar calendar;
    QString error;
    // The same bytes as a year file and as an edits file: both readers meet every input.
    const bool year = calendar.addYearFile(bytes, QStringLiteral("kz-2027.json"), &error);
    if (!year && error.isEmpty())
        __builtin_trap();
    error.clear();
    const bool edits = calendar.applyEdits(bytes, QStringLiteral("edits.json"), &error);
    if (!edits && error.isEmpty())
        __builtin_trap();
    for (int y : calendar.years()) {
        calendar.specialDays(y);
        calendar.nextWorkingDay(QDate(y, 12, 31));
    }
    return 0;
}
