#include "Parties.h"

#include "common/EnumNames.h"
#include "identity/PersonName.h"

#include <QStringList>

namespace kense {

namespace {

constexpr EnumNameTable<PartyRole, 3> kRoles{{
    {PartyRole::Applicant, "applicant"},
    {PartyRole::Representative, "representative"},
    {PartyRole::Subject, "subject"},
}};

QString field(const QMap<QString, QString>& fields, const QString& prefix, const char* name)
{
    return fields.value(prefix + QLatin1String(name));
}

Party person(const QMap<QString, QString>& fields, PartyRole role, const QString& prefix)
{
    Party p;
    p.role = role;
    p.iin = field(fields, prefix, "iin");
    p.surname = field(fields, prefix, "surname");
    p.givenName = field(fields, prefix, "given_name");
    p.patronymic = field(fields, prefix, "patronymic");
    return p;
}

} // namespace

QString partyRoleName(PartyRole role)
{
    return enumName(kRoles, role);
}

std::optional<PartyRole> partyRoleFromName(const QString& name)
{
    return enumFromName(kRoles, name);
}

QString joinPersonName(const QString& surname, const QString& givenName, const QString& patronymic)
{
    return PersonalName{surname, givenName, patronymic}.full(); // one way to write a name in one line
}

QString Party::fullName() const
{
    return joinPersonName(surname, givenName, patronymic);
}

bool Party::isEmpty() const
{
    return iin.isEmpty() && surname.isEmpty() && givenName.isEmpty();
}

Party subjectOf(const QMap<QString, QString>& fields, SubjectKind kind)
{
    return person(fields, PartyRole::Subject,
                  kind == SubjectKind::Holder ? QStringLiteral("subject.holder_") : QStringLiteral("subject.child_"));
}

Party partyOf(const RequestDraft& draft, PartyRole role)
{
    if (role == PartyRole::Subject) {
        // A service is about a holder or about a child; a draft that names both parts keeps each field of the
        // holder and takes from the child only what the holder leaves empty.
        const Party holder = subjectOf(draft.fields, SubjectKind::Holder);
        const Party child = subjectOf(draft.fields, SubjectKind::Child);
        auto either = [](const QString& a, const QString& b) {
            return a.isEmpty() ? b : a;
        };
        Party p = holder;
        p.iin = either(holder.iin, child.iin);
        p.surname = either(holder.surname, child.surname);
        p.givenName = either(holder.givenName, child.givenName);
        p.patronymic = either(holder.patronymic, child.patronymic);
        return p;
    }
    const QString prefix = partyRoleName(role) + QLatin1Char('.');
    Party p = person(draft.fields, role, prefix);
    p.phone = field(draft.fields, prefix, "phone");
    p.address = field(draft.fields, prefix, "address");
    p.poaNumber = field(draft.fields, prefix, "poa_number");
    p.poaDate = field(draft.fields, prefix, "poa_date");
    return p;
}

QMap<QString, QString> holderAsApplicant(const RequestDraft& draft)
{
    QMap<QString, QString> holder;
    for (const char* part : {"iin", "surname", "given_name", "patronymic"}) {
        const QString value = draft.fields.value(QStringLiteral("applicant.") + QLatin1String(part)).trimmed();
        if (!value.isEmpty())
            holder.insert(QStringLiteral("subject.holder_") + QLatin1String(part), value);
    }
    return holder;
}

QList<Party> partiesOf(const RequestDraft& draft)
{
    QList<Party> out;
    for (PartyRole role : {PartyRole::Applicant, PartyRole::Representative, PartyRole::Subject}) {
        Party p = partyOf(draft, role);
        if (!p.isEmpty())
            out << std::move(p);
    }
    return out;
}

} // namespace kense
