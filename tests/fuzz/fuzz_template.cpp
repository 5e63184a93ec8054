// A document template or form layout an administrator put in <data>/templates: any bytes are refused with
// TemplateError (file, JSON path, reason) or read, never a crash. The first byte chooses the reader.
#include "DocumentTemplate.h"
#include "FormTemplate.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kense;
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    try {
        if (data[0] & 1)
            FormTemplate::parse(bytes, QStringLiteral("fuzz.form.json"));
        else
            DocumentTemplate::parse(bytes, QStringLiteral("fuzz.json"));
    } catch (const TemplateError& e) {
        if (e.message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
