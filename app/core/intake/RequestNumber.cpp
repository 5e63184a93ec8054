#include "RequestNumber.h"

#include <QRegularExpression>

namespace kense {

QString formatRequestNumber(const QString& officeCode, const QString& deskCode, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3-%4").arg(officeCode, deskCode).arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString formatResultNumber(const QString& officeCode, const QString& deskCode, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3-D%4").arg(officeCode, deskCode).arg(year).arg(sequence, 5, 10, QLatin1Char('0'));
}

QString officeOfResultNumber(const QString& number)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z0-9]{2,12})-[A-Z0-9]{1,6}-\\d{4}-D\\d{5}\\z"));
    const QRegularExpressionMatch m = re.match(number);
    return m.hasMatch() ? m.captured(1) : QString();
}

namespace {
const QRegularExpression& requestNumberPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,12}-[A-Z0-9]{1,6}-\\d{4}-\\d{6}\\z"));
    return re;
}
} // namespace

bool isRequestNumber(const QString& text)
{
    return requestNumberPattern().match(text).hasMatch();
}

bool mayBecomeRequestNumber(const QString& text)
{
    const QRegularExpressionMatch m =
        requestNumberPattern().match(text, 0, QRegularExpression::PartialPreferCompleteMatch);
    return m.hasMatch() || m.hasPartialMatch();
}

bool isRequestNumberPrefix(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(?=.*[0-9])[A-Z0-9]{2,12}(-[A-Z0-9-]*)?\\z"));
    return re.match(text).hasMatch();
}

bool isValidOfficeCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,12}\\z"));
    return re.match(code).hasMatch();
}

bool isValidDeskCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,6}\\z"));
    return re.match(code).hasMatch();
}

QString officeCodeFromDirectoryId(const QString& directoryId)
{
    QString code;
    for (QChar c : directoryId.toUpper()) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            code += c;
    }
    return code.left(12);
}

} // namespace kense
