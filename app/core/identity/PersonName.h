#pragma once

#include <QString>

#include <optional>

namespace kense {

/// Checks one part of a person's name (surname, given name, patronymic). Accepts Russian and Kazakh letters
/// (incl. әғқңөұүһі and ё), single spaces between words ("Қасым ұлы"), hyphens ("Әли-Хан") and apostrophes;
/// returns the name with surrounding spaces trimmed and inner runs of spaces collapsed, or an empty string with
/// *reason set.
QString normalizePersonName(const QString& input, QString* reason = nullptr);

/// Whether c is a letter of the Russian or Kazakh alphabet.
bool isKazakhOrRussianLetter(QChar c);

/// A person's name in the three parts documents print («тегі, аты, әкесінің аты» / «фамилия, имя, отчество»; seed 000
/// p.6 2) asks them of the employee who took the application).
struct PersonalName
{
    QString surname;
    QString givenName;
    QString patronymic; ///< empty where the person has none («при наличии»)

    /// "Surname Given Patronymic", the empty parts left out.
    QString full() const;
    bool isEmpty() const { return surname.isEmpty() && givenName.isEmpty() && patronymic.isEmpty(); }
    bool operator==(const PersonalName&) const = default;
};

/// A name written in one line, read in the documents' order: the first word the surname, the second the given name,
/// the rest the patronymic («Серікбаева Айгүл Маратқызы», «Оспанов Ерлан», «Қасымов Ерлан Қасым ұлы»). For names that
/// came as one line (accounts made before the three parts, other desks' users, `--name`).
PersonalName splitPersonalName(const QString& line);

/// The name with each part normalized (normalizePersonName), or std::nullopt with *reason naming the part and why:
/// the surname and the given name are required, the patronymic only checked when given.
std::optional<PersonalName> checkPersonalName(const PersonalName& name, QString* reason = nullptr);

} // namespace kense
