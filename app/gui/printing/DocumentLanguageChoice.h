#pragma once

class QComboBox;

namespace kense {

/// Fills a drop-down with the languages a document prints in — Kazakh, Russian, both — as "kk", "ru", "both",
/// in the interface language, keeping the current choice (call again on a language change).
void fillDocumentLanguages(QComboBox* combo);

} // namespace kense
