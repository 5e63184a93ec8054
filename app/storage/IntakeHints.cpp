#include "IntakeHints.h"

#include "SqlUtil.h"

#include <QRegularExpression>

namespace kense {

IntakeHints::IntakeHints(const QSqlDatabase& db)
    : m_db(db)
{}

std::optional<KnownApplicant> IntakeHints::applicant(const QString& iin) const
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (!twelveDigits.match(iin).hasMatch())
        return std::nullopt;
    // The person as an applicant or as someone's representative: the same person, the same name and phone.
    QSqlQuery last =
        prepare(m_db, QStringLiteral("SELECT p.role, p.surname, p.given_name, p.patronymic, p.phone, p.address, "
                                     "r.number, r.accepted_at, "
                                     "(SELECT count(DISTINCT q.request_id) FROM parties q WHERE q.iin = p.iin "
                                     "AND q.role IN ('applicant', 'representative')) "
                                     "FROM parties p JOIN requests r ON r.id = p.request_id "
                                     "WHERE p.iin = ? AND p.role IN ('applicant', 'representative') "
                                     "ORDER BY r.accepted_at DESC, r.id DESC LIMIT 1"));
    exec(last, {iin});
    if (!last.next())
        return std::nullopt;
    KnownApplicant known;
    known.party.role = partyRoleFromName(last.value(0).toString()).value_or(PartyRole::Applicant);
    known.party.iin = iin;
    known.party.surname = last.value(1).toString();
    known.party.givenName = last.value(2).toString();
    known.party.patronymic = last.value(3).toString();
    known.party.phone = last.value(4).toString();
    known.party.address = last.value(5).toString();
    known.lastNumber = last.value(6).toString();
    known.lastAcceptedAt = momentFromStored(last.value(7).toString());
    known.requests = last.value(8).toInt();
    return known;
}

QStringList IntakeHints::recentServices(qint64 userId, int limit, int window) const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT service_id FROM (SELECT service_id, accepted_by, accepted_at, id "
                                     "FROM requests ORDER BY accepted_at DESC, id DESC LIMIT ?) "
                                     "WHERE accepted_by = ? GROUP BY service_id "
                                     "ORDER BY max(accepted_at) DESC LIMIT ?"));
    exec(q, {window, userId, limit});
    QStringList services;
    while (q.next())
        services << q.value(0).toString();
    return services;
}

} // namespace kense
