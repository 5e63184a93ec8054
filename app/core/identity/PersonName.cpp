#include "PersonName.h"

#include <QCoreApplication>

namespace kense {

bool isKazakhOrRussianLetter(QChar c)
{
    static const QString kazakh = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    const char16_t u = c.unicode();
    return (u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451 || kazakh.contains(c);
}

QString normalizePersonName(const QString& input, QString* reason)
{
    auto fail = [&](const QString& why) {
        if (reason)
            *reason = why;
        return QString();
    };
    const QString name = input.simplified();
    if (name.isEmpty())
        return fail(QCoreApplication::translate("kense::PersonName", "the name is empty"));
    if (name.size() > 120)
        return fail(QCoreApplication::translate("kense::PersonName", "a name is at most 120 characters long"));
    static const QString joiners = QStringLiteral(" -'’");
    QChar previous = QLatin1Char(' ');
    for (QChar c : name) {
        if (isKazakhOrRussianLetter(c)) {
            previous = c;
            continue;
        }
        if (!joiners.contains(c))
            return fail(
                QCoreApplication::translate("kense::PersonName", "\"%1\" is not a Kazakh or Russian letter").arg(c));
        if (joiners.contains(previous))
            return fail(QCoreApplication::translate("kense::PersonName",
                                                    "a space, hyphen or apostrophe must stand between letters"));
        previous = c;
    }
    if (joiners.contains(previous))
        return fail(QCoreApplication::translate("kense::PersonName",
                                                "a space, hyphen or apostrophe must stand between letters"));
    return name;
}

} // namespace kense
