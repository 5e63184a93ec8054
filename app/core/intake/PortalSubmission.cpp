#include "PortalSubmission.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::IntakeValidator)
};

constexpr auto kStored = "yyyy-MM-ddTHH:mm";
} // namespace

const QString PortalSubmission::numberField = QStringLiteral("portal.number");
const QString PortalSubmission::sentAtField = QStringLiteral("portal.sent_at");

QString PortalSubmission::momentText(const QDateTime& at)
{
    return at.toString(QString::fromLatin1(kStored));
}

QDateTime PortalSubmission::sentAtOf(const QMap<QString, QString>& fields)
{
    return QDateTime::fromString(fields.value(sentAtField), QString::fromLatin1(kStored));
}

QList<FieldError> PortalSubmission::read(const RequestDraft& draft, const QDateTime& now, PortalSubmission* out,
                                         int slackSeconds)
{
    QList<FieldError> errors;
    const QString number = draft.fields.value(numberField).trimmed().toUpper();
    const QString sent = draft.fields.value(sentAtField).simplified();
    if (draft.channel != Channel::Portal) {
        for (const QString& id : {numberField, sentAtField}) {
            if (draft.fields.contains(id))
                errors << FieldError{id, Tr::tr("only a request sent through the portal has it")};
        }
        return errors;
    }
    static const QRegularExpression kNumber(QStringLiteral("^[A-Z0-9][A-Z0-9-]{4,30}[A-Z0-9]$"));
    if (number.isEmpty())
        errors << FieldError{numberField, Tr::tr("is required: the number the portal gave the request")};
    else if (!kNumber.match(number).hasMatch())
        errors << FieldError{
            numberField,
            Tr::tr("\"%1\" is not a portal request number: 6 to 32 Latin letters, digits and hyphens").arg(number)};
    QDateTime at = QDateTime::fromString(sent, QString::fromLatin1(kStored));
    if (!at.isValid())
        at = QDateTime::fromString(sent, QStringLiteral("dd.MM.yyyy HH:mm"));
    if (sent.isEmpty())
        errors << FieldError{sentAtField, Tr::tr("is required: when the applicant sent the request on the portal")};
    else if (!at.isValid())
        errors << FieldError{sentAtField, Tr::tr("\"%1\" is not a moment: write it as DD.MM.YYYY HH:MM").arg(sent)};
    else if (now.isValid() && at > now.addSecs(slackSeconds))
        errors << FieldError{sentAtField, Tr::tr("%1 is later than now (%2): a request is registered after it was sent")
                                              .arg(at.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                                   now.toString(QStringLiteral("dd.MM.yyyy HH:mm")))};
    if (errors.isEmpty() && out)
        *out = PortalSubmission{number, at};
    return errors;
}

} // namespace kense
