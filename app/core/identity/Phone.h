#pragma once

#include <QString>

namespace kense {

/// Normalises a Kazakhstan phone number to "+7 7XX XXX XX XX". Accepts what clerks type and what the regulations
/// print: "8 701 123 45 67", "+7(701)1234567", "87011234567", "7011234567", "8(7242) 23-45-67".
/// On failure returns an empty string and sets *reason.
QString normalizePhone(const QString& input, QString* reason = nullptr);

} // namespace kense
