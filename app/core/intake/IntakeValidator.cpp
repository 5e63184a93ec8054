#include "IntakeValidator.h"

#include "Parties.h"
#include "PortalSubmission.h"
#include "identity/Iin.h"
#include "identity/PersonName.h"
#include "identity/Phone.h"

#include <QCoreApplication>
#include <QDate>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::IntakeValidator)
};

constexpr qsizetype kMaxText = 500;

/// Validates one value; returns the reason, or empty with *normal set.
QString checkValue(const FieldSpec& f, const QString& raw, QString* normal)
{
    const QString value = raw.trimmed();
    QString reason;
    switch (f.type) {
    case FieldType::Iin: {
        const IdentityNumber id = IdentityNumber::check(value);
        if (!id.isValid())
            return id.reason();
        if (id.kind() != IdentityNumber::Kind::Iin)
            return Tr::tr("this is a BIN of an organisation; a person has an IIN");
        *normal = id.number();
        return {};
    }
    case FieldType::Name:
        *normal = normalizePersonName(value, &reason);
        return reason;
    case FieldType::Phone:
        *normal = normalizePhone(value, &reason);
        return reason;
    case FieldType::Date: {
        QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(value, QStringLiteral("dd.MM.yyyy"));
        if (!d.isValid())
            return Tr::tr("\"%1\" is not a date (DD.MM.YYYY)").arg(value);
        *normal = d.toString(Qt::ISODate);
        return {};
    }
    case FieldType::Year:
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return Tr::tr("\"%1\" is not a whole number").arg(value);
        if ((f.min && n < *f.min) || (f.max && n > *f.max))
            return Tr::tr("must be between %1 and %2").arg(f.min.value_or(0)).arg(f.max.value_or(0));
        *normal = QString::number(n);
        return {};
    }
    case FieldType::Enum:
        for (const FieldOption& o : f.options) {
            if (o.id == value) {
                *normal = value;
                return {};
            }
        }
        return Tr::tr("\"%1\" is not one of the choices").arg(value);
    case FieldType::Text:
    case FieldType::Address:
    case FieldType::DocumentNumber:
        if (value.size() > kMaxText)
            return Tr::tr("at most %1 characters").arg(kMaxText);
        *normal = value.simplified();
        return {};
    }
    return {};
}
/// Full years from `birth` to `on`.
int yearsOld(const QDate& birth, const QDate& on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

/// Why the person an IIN names cannot be the one the field asks for on the day `on`, or empty.
QString checkAge(const FieldSpec& f, const QDate& birth, const QDate& on)
{
    const QString born = birth.toString(QStringLiteral("dd.MM.yyyy"));
    if (birth > on)
        return Tr::tr("the IIN gives the birth date %1, after the day of application: it is mistyped").arg(born);
    if (!f.age)
        return {};
    const int years = yearsOld(birth, on);
    if (years < f.age->min || years > f.age->max)
        return Tr::tr("born %1, %2 full years old on %3; this service takes ages %4 to %5 (%6)")
            .arg(born)
            .arg(years)
            .arg(on.toString(QStringLiteral("dd.MM.yyyy")))
            .arg(f.age->min)
            .arg(f.age->max)
            .arg(f.age->ref);
    return {};
}
} // namespace

QList<FieldError> IntakeValidator::validate(const ServiceVariant& variant, const RequestDraft& draft,
                                            RequestDraft* normalized, const QDate& on)
{
    QList<FieldError> errors;
    if (variant.isExcluded()) {
        errors << FieldError{
            QStringLiteral("service"),
            Tr::tr("this service was excluded by %1 and takes no applications").arg(variant.excluded->by)};
        return errors;
    }
    if (!variant.offersChannel(draft.channel)) {
        errors << FieldError{
            QStringLiteral("channel"),
            Tr::tr("this service is not taken through the channel \"%1\"").arg(channelName(draft.channel))};
        return errors;
    }
    PortalSubmission portal;
    errors << PortalSubmission::read(draft, QDateTime(), &portal);
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it) {
        const bool portalField = it.key() == PortalSubmission::numberField || it.key() == PortalSubmission::sentAtField;
        if (!portalField && !variant.field(it.key()))
            errors << FieldError{it.key(), Tr::tr("is not a field of this service")};
    }
    for (auto it = draft.documents.cbegin(); it != draft.documents.cend(); ++it) {
        bool known = false;
        for (const DocumentSpec& d : variant.documents.items)
            known = known || d.id == it.key();
        if (!known)
            errors << FieldError{QStringLiteral("documents.") + it.key(), Tr::tr("is not a document of this service")};
    }

    RequestDraft out = draft;
    out.fields.clear();
    for (const FieldSpec& f : variant.fields) {
        // One spelling of every letter: «Й» typed as И + U+0306 is «Й» (NFC), so checks, search and print agree.
        const QString raw = draft.fields.value(f.id).normalized(QString::NormalizationForm_C);
        if (raw.trimmed().isEmpty()) {
            if (f.required && (!variant.optionalGroups.contains(f.group) || groupInUse(draft, f.group)))
                errors << FieldError{f.id, Tr::tr("is required")};
            continue;
        }
        QString normal;
        QString reason = checkValue(f, raw, &normal);
        if (reason.isEmpty() && f.type == FieldType::Iin && on.isValid())
            reason = checkAge(f, IdentityNumber::check(normal).birthDate(), on);
        if (!reason.isEmpty())
            errors << FieldError{f.id, reason};
        else
            out.fields.insert(f.id, normal);
    }
    if (draft.channel == Channel::Portal && !portal.number.isEmpty()) {
        out.fields.insert(PortalSubmission::numberField, portal.number);
        out.fields.insert(PortalSubmission::sentAtField, PortalSubmission::momentText(portal.sentAt));
    }
    if (errors.isEmpty() && normalized)
        *normalized = out;
    return errors;
}

bool IntakeValidator::groupInUse(const RequestDraft& draft, const QString& group)
{
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it) {
        if (it.key().startsWith(group + QLatin1Char('.')) && !it.value().trimmed().isEmpty())
            return true;
    }
    return false;
}

bool IntakeValidator::isRequired(const DocumentSpec& document, const RequestDraft& draft)
{
    if (document.rule == DocumentRule::Required)
        return true;
    const DocumentCondition& when = document.requiredWhen;
    if (!when.group.isEmpty())
        return groupInUse(draft, when.group);
    return !when.field.isEmpty() && draft.fields.value(when.field).trimmed() == when.value;
}

QList<DocumentShortfall> IntakeValidator::packageShortfalls(const ServiceVariant& variant, const RequestDraft& draft)
{
    QList<DocumentShortfall> shortfalls;
    for (const DocumentSpec& d : variant.documents.items) {
        const DocumentStatus given = draft.documents.value(d.id, DocumentStatus::Missing);
        if (!isRequired(d, draft))
            continue;
        if (given == DocumentStatus::Missing)
            shortfalls << DocumentShortfall{d, DocumentShortfall::Why::Missing};
        else if (d.onlyACopy(given))
            shortfalls << DocumentShortfall{d, DocumentShortfall::Why::CopyOnly};
    }
    return shortfalls;
}

QList<DocumentSpec> IntakeValidator::missingRequiredDocuments(const ServiceVariant& variant, const RequestDraft& draft)
{
    QList<DocumentSpec> missing;
    for (const DocumentShortfall& s : packageShortfalls(variant, draft))
        missing << s.document;
    return missing;
}

QString IntakeValidator::personName(const RequestDraft& draft, const QString& group)
{
    const std::optional<PartyRole> role = partyRoleFromName(group);
    return role ? partyOf(draft, *role).fullName() : QString();
}

} // namespace kense
