#include "Phone.h"

#include <QCoreApplication>

namespace kense {

QString normalizePhone(const QString& input, QString* reason)
{
    auto fail = [&](const QString& why) {
        if (reason)
            *reason = why;
        return QString();
    };
    QString digits;
    for (QChar c : input) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" +-()").contains(c))
            return fail(QCoreApplication::translate("kense::Phone", "a phone number cannot contain \"%1\"").arg(c));
    }
    if (digits.isEmpty())
        return fail(QCoreApplication::translate("kense::Phone", "the phone number is empty"));
    if (digits.size() == 11 && (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7'))))
        digits.remove(0, 1);
    if (digits.size() != 10)
        return fail(QCoreApplication::translate("kense::Phone", "a phone number has 10 digits after +7 or 8"));
    if (!digits.startsWith(QLatin1Char('7')))
        return fail(QCoreApplication::translate("kense::Phone", "a Kazakhstan number begins with +7 7"));
    return QStringLiteral("+7 %1 %2 %3 %4").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
}

} // namespace kense
