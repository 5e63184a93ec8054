#include "PersonName.h"

#include <QCoreApplication>
#include <QStringList>

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

QString PersonalName::full() const
{
    QStringList parts;
    for (const QString& part : {surname, givenName, patronymic}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

PersonalName splitPersonalName(const QString& line)
{
    QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonalName name;
    if (!words.isEmpty())
        name.surname = words.takeFirst();
    if (!words.isEmpty())
        name.givenName = words.takeFirst();
    name.patronymic = words.join(QLatin1Char(' '));
    return name;
}

std::optional<PersonalName> checkPersonalName(const PersonalName& name, QString* reason)
{
    PersonalName out;
    const struct
    {
        const QString& value;
        QString* normal;
        bool required;
        QString title;
    } parts[] = {
        {name.surname, &out.surname, true, QCoreApplication::translate("kense::PersonName", "surname")},
        {name.givenName, &out.givenName, true, QCoreApplication::translate("kense::PersonName", "given name")},
        {name.patronymic, &out.patronymic, false, QCoreApplication::translate("kense::PersonName", "patronymic")},
    };
    for (const auto& part : parts) {
        if (!part.required && part.value.simplified().isEmpty())
            continue;
        QString why;
        *part.normal = normalizePersonName(part.value, &why);
        if (part.normal->isEmpty()) {
            if (reason)
                *reason = QStringLiteral("%1: %2").arg(part.title, why);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace kense
