// A request file as a script hands it to `kensectl request register`: any bytes are refused with a message naming
// the file, or read and checked against the service's rules (IntakeValidator) without a crash.
#include "catalog/ServiceCatalog.h"
#include "intake/IntakeValidator.h"
#include "intake/RequestFile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kense;
    static const ServiceCatalog catalog = [] {
        ServiceCatalog c = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
        if (!c.variant(QStringLiteral("duplicate-secondary-edu-vko")))
            __builtin_trap(); // the built-in catalog is not linked in: the target would check nothing
        return c;
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<RequestFile> file = RequestFile::parse(bytes, QStringLiteral("fuzz.json"), &error);
    if (!file) {
        if (!error.startsWith(QStringLiteral("fuzz.json: ")))
            __builtin_trap(); // a refusal names the file
        return 0;
    }
    if (const ServiceVariant* variant = catalog.variant(file->draft.serviceId)) {
        RequestDraft normalized;
        IntakeValidator::validate(*variant, file->draft, &normalized);
        IntakeValidator::missingRequiredDocuments(*variant, file->draft);
        IntakeValidator::personName(normalized, QStringLiteral("applicant"));
    }
    return 0;
}
