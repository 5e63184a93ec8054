#pragma once

#include "common/LocalizedText.h"

#include <QString>

#include <optional>

namespace kense {

/// A final grade in a school or college education document: the five-point scale's 2 to 5, or a pass
/// («сынақ / зачёт») for a subject without a mark.
enum class Grade
{
    Unsatisfactory = 2,
    Satisfactory = 3,
    Good = 4,
    Excellent = 5,
    Pass
};

/// The grade an executor typed: "2" to "5" (spaces ignored), «сынақ», «зачёт» or «зачет» in any case, or a
/// grade as printed («5 (өте жақсы)», «4 (хорошо)»). nullopt for anything else.
std::optional<Grade> gradeOf(const QString& text);

/// How the grade is stored: "2" to "5", or «сынақ» for a pass.
QString gradeStored(Grade grade);

/// The grade as the document prints it, in figures and words: {«5 (өте жақсы)», «5 (отлично)»}; a pass is
/// {«сынақ», «зачёт»}.
LocalizedText gradeText(Grade grade);

/// Why `text` is not a grade, for the executor (names the accepted values), or nullopt when it is one.
std::optional<QString> whyNotAGrade(const QString& text);

} // namespace kense
