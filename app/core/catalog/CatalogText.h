#pragma once

// The catalog loader's readers shared by its parts (CatalogLoader.cpp, CatalogSurvey.cpp).
#include "ServiceVariant.h"
#include "common/JsonNode.h"

namespace kense {

/// {"kk": "...", "ru": "...", "kk_official": bool, "ru_official": bool}; both languages are required.
LocalizedText readText(const JsonNode& node);

/// Reads a service's "survey" object, the quality survey as the regulation's appendix words it:
///   "survey": {"appendix": 5,
///              "questions": [{"kk": …, "ru": …}, {…}], "answers": [{…}, {…}, {…}], "ref": "…"}
/// Two questions and three answers, as the answers are kept (1–3 for each question); any other count is refused
/// with its JSON path.
SurveyText readSurveyText(const JsonNode& node);

} // namespace kense
