#pragma once

#include <QWidget>

#include <optional>
#include <utility>

namespace kense {

/// Asks the applicant the quality survey (seed 001: «Сапа» and «Қолжетімділік») in a modal dialog over `parent`: the
/// answers (1–3 each), or nullopt when the applicant declines or leaves an answer out.
std::optional<std::pair<int, int>> askSurveyInDialog(QWidget* parent);

} // namespace kense
