// A catalog file as an administrator might leave it: any bytes are refused with a message or loaded, never a crash,
// a hang or undefined behaviour; a loaded variant answers its questions (steps, deadlines on a fixed calendar).
#include "calendar/DeadlineCalculator.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogLoader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kense;
    static const WorkingCalendar calendar = [] {
        WorkingCalendar c = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
        if (!c.hasYear(2026))
            __builtin_trap(); // the built-in calendar is not linked in
        return c;
    }();
    static const DeadlineCalculator deadlines(calendar, OfficeHours{});
    CatalogFile file;
    QString error;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!CatalogLoader::parse(bytes, QStringLiteral("fuzz.json"), &file, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const QDateTime accepted(QDate(2026, 12, 4), QTime(10, 0));
    for (const ServiceVariant& v : std::as_const(file.variants)) {
        for (Channel c : v.channels)
            deadlines.compute(v, c, accepted);
    }
    return 0;
}
