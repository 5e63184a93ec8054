#pragma once

#include <QDate>
#include <QString>

namespace kense {

/// Checks a Kazakhstan IIN (ЖСН / ИИН, individuals) or BIN (БСН / БИН, legal entities): 12 digits whose last
/// is a check digit over the first 11 — weights 1..11, and if that sum mod 11 is 10, weights 3..11,1,2; a
/// second 10 means no valid number has these digits.
///
/// An IIN begins with the birth date YYMMDD; its 7th digit gives the century and sex (1/2: 19th century,
/// 3/4: 20th, 5/6: 21st; odd male, even female). A BIN begins with the registration year and month YYMM and
/// its 5th digit is 4, 5 or 6 (the kind of entity) — a month cannot begin with those, which tells the two apart.
class IdentityNumber
{
public:
    enum class Kind
    {
        Iin,
        Bin
    };
    enum class Sex
    {
        Male,
        Female
    };
    enum class Failure
    {
        None,
        Empty,
        Length,
        NonDigit,
        CheckDigit,
        ImpossibleDate,
        UnknownCentury
    };

    static IdentityNumber check(const QString& input);

    bool isValid() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    /// A one-line reason for people, in the current UI language; empty when valid.
    QString reason() const;
    /// A stable code for scripts: "length", "non_digit", "check_digit", "impossible_date", "unknown_century".
    QString failureCode() const;

    QString number() const { return m_number; }
    Kind kind() const { return m_kind; }
    QDate birthDate() const { return m_birthDate; } ///< IIN only
    Sex sex() const { return m_sex; }               ///< IIN only

    /// The check digit for 11 digits, or -1 when none exists. Used by the demo-data generator.
    static int checkDigit(const QString& elevenDigits);

private:
    QString m_number;
    Failure m_failure = Failure::Empty;
    Kind m_kind = Kind::Iin;
    QDate m_birthDate;
    Sex m_sex = Sex::Male;
    int m_length = 0;
    QChar m_badChar;
};

} // namespace kense
