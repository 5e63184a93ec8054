#include "Grade.h"

#include <QCoreApplication>

namespace kense {

std::optional<Grade> gradeOf(const QString& text)
{
    QString t = text.simplified().toLower();
    // A grade as printed: its figure before the words in brackets.
    if (const qsizetype bracket = t.indexOf(QLatin1Char('(')); bracket > 0)
        t = t.left(bracket).trimmed();
    if (t == QLatin1String("2"))
        return Grade::Unsatisfactory;
    if (t == QLatin1String("3"))
        return Grade::Satisfactory;
    if (t == QLatin1String("4"))
        return Grade::Good;
    if (t == QLatin1String("5"))
        return Grade::Excellent;
    if (t == QStringLiteral("сынақ") || t == QStringLiteral("зачёт") || t == QStringLiteral("зачет") ||
        t == QStringLiteral("сынақ / зачёт"))
        return Grade::Pass;
    return std::nullopt;
}

QString gradeStored(Grade grade)
{
    return grade == Grade::Pass ? QStringLiteral("сынақ") : QString::number(static_cast<int>(grade));
}

LocalizedText gradeText(Grade grade)
{
    const auto figure = [&](const QString& kk, const QString& ru) {
        const QString n = QString::number(static_cast<int>(grade));
        return LocalizedText{n + QStringLiteral(" (") + kk + QLatin1Char(')'),
                             n + QStringLiteral(" (") + ru + QLatin1Char(')')};
    };
    switch (grade) {
    case Grade::Unsatisfactory:
        return figure(QStringLiteral("қанағаттанарлықсыз"), QStringLiteral("неудовлетворительно"));
    case Grade::Satisfactory:
        return figure(QStringLiteral("қанағаттанарлық"), QStringLiteral("удовлетворительно"));
    case Grade::Good:
        return figure(QStringLiteral("жақсы"), QStringLiteral("хорошо"));
    case Grade::Excellent:
        return figure(QStringLiteral("өте жақсы"), QStringLiteral("отлично"));
    case Grade::Pass:
        break;
    }
    return LocalizedText{QStringLiteral("сынақ"), QStringLiteral("зачёт")};
}

std::optional<QString> whyNotAGrade(const QString& text)
{
    if (gradeOf(text))
        return std::nullopt;
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("kense::Grade", "the grade is empty");
    return QCoreApplication::translate("kense::Grade",
                                       "\"%1\" is not a grade: a grade is 2, 3, 4 or 5, or «сынақ» / «зачёт»")
        .arg(text.trimmed());
}

} // namespace kense
