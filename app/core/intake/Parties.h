#pragma once

#include "RequestDraft.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kense {

/// Who a request names. The one convention for the whole program, from the catalog's field ids:
///  - applicant.* and representative.*: iin, surname, given_name, patronymic, phone, address; the representative
///    also poa_number and poa_date (the power of attorney);
///  - subject.*: the person the service is about — subject.holder_* for the holder of a document (a duplicate's
///    graduate), subject.child_* for a child (a place in a kindergarten or a school); iin, surname, given_name,
///    patronymic.
enum class PartyRole
{
    Applicant,
    Representative,
    Subject
};

QString partyRoleName(PartyRole role); ///< "applicant", "representative", "subject" — as stored
std::optional<PartyRole> partyRoleFromName(const QString& name);

/// Whom the subject fields are about, for documents that name the holder or the child.
enum class SubjectKind
{
    Holder,
    Child
};

struct Party
{
    PartyRole role = PartyRole::Applicant;
    QString iin;
    QString surname;
    QString givenName;
    QString patronymic;
    QString phone;
    QString address;
    QString poaNumber;
    QString poaDate;

    /// "Surname Given Patronymic", the empty parts left out.
    QString fullName() const;
    /// Neither an IIN nor a name: the draft does not name this party.
    bool isEmpty() const;
};

/// "Surname Given Patronymic" of three parts, the empty ones left out and each trimmed.
QString joinPersonName(const QString& surname, const QString& givenName, const QString& patronymic);

/// One party of a draft, read from its fields; the subject is the holder, or the child when no holder is named.
Party partyOf(const RequestDraft& draft, PartyRole role);
/// The parties a draft names (applicant, representative, subject — those not empty), in that order.
QList<Party> partiesOf(const RequestDraft& draft);
/// The subject as holder or as child (the other kind's fields are not read).
Party subjectOf(const QMap<QString, QString>& fields, SubjectKind kind);
/// The document holder's fields (subject.holder_iin, _surname, _given_name, _patronymic) with the applicant's own
/// values: what «the holder is the applicant» fills when a graduate asks for their own duplicate. The applicant's
/// empty parts are left out.
QMap<QString, QString> holderAsApplicant(const RequestDraft& draft);

} // namespace kense
