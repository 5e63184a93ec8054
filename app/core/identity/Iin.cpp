#include "Iin.h"

#include <QCoreApplication>

namespace kense {

namespace {
/// Translations of this file live in the context "kense::IdentityNumber".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::IdentityNumber)
};
} // namespace

int IdentityNumber::checkDigit(const QString& digits)
{
    if (digits.size() != 11)
        return -1;
    auto weighted = [&](auto weight) {
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += digits.at(i).digitValue() * weight(i);
        return sum % 11;
    };
    int c = weighted([](int i) { return i + 1; });
    if (c == 10)
        c = weighted([](int i) { return (i + 2) % 11 + 1; }); // 3,4,…,11,1,2
    return c == 10 ? -1 : c;
}

IdentityNumber IdentityNumber::check(const QString& input)
{
    IdentityNumber r;
    const QString s = input.trimmed();
    r.m_number = s;
    r.m_length = static_cast<int>(s.size());
    if (s.isEmpty()) {
        r.m_failure = Failure::Empty;
        return r;
    }
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            r.m_failure = Failure::NonDigit;
            r.m_badChar = c;
            return r;
        }
    }
    if (s.size() != 12) {
        r.m_failure = Failure::Length;
        return r;
    }
    const int expected = checkDigit(s.left(11));
    if (expected < 0 || expected != s.at(11).digitValue()) {
        r.m_failure = Failure::CheckDigit;
        return r;
    }
    const int fifth = s.at(4).digitValue();
    if (fifth >= 4 && fifth <= 6) {
        r.m_kind = Kind::Bin;
        const int month = s.mid(2, 2).toInt();
        if (month < 1 || month > 12) {
            r.m_failure = Failure::ImpossibleDate;
            return r;
        }
        r.m_failure = Failure::None;
        return r;
    }
    r.m_kind = Kind::Iin;
    const int centuryDigit = s.at(6).digitValue();
    if (centuryDigit < 1 || centuryDigit > 6) {
        r.m_failure = Failure::UnknownCentury;
        return r;
    }
    const int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    const QDate birth(century + s.left(2).toInt(), s.mid(2, 2).toInt(), s.mid(4, 2).toInt());
    if (!birth.isValid()) {
        r.m_failure = Failure::ImpossibleDate;
        return r;
    }
    r.m_birthDate = birth;
    r.m_sex = centuryDigit % 2 == 1 ? Sex::Male : Sex::Female;
    r.m_failure = Failure::None;
    return r;
}

QString IdentityNumber::reason() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Empty:
        return Tr::tr("the IIN/BIN is empty");
    case Failure::Length:
        return Tr::tr("an IIN/BIN has 12 digits, this one has %1").arg(m_length);
    case Failure::NonDigit:
        return Tr::tr("an IIN/BIN has only digits, this one has \"%1\"").arg(m_badChar);
    case Failure::CheckDigit:
        return Tr::tr("the check digit does not match: the number is mistyped");
    case Failure::ImpossibleDate:
        return Tr::tr("the first digits are not a real date");
    case Failure::UnknownCentury:
        return Tr::tr("the 7th digit must be 1 to 6 (century and sex), this one is %1").arg(m_number.at(6));
    }
    return {};
}

QString IdentityNumber::failureCode() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Empty:
        return QStringLiteral("empty");
    case Failure::Length:
        return QStringLiteral("length");
    case Failure::NonDigit:
        return QStringLiteral("non_digit");
    case Failure::CheckDigit:
        return QStringLiteral("check_digit");
    case Failure::ImpossibleDate:
        return QStringLiteral("impossible_date");
    case Failure::UnknownCentury:
        return QStringLiteral("unknown_century");
    }
    return {};
}

} // namespace kense
