#include "PlaceStanding.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

std::optional<PlaceEvent> PlaceEvent::of(const QString& kind, const QDateTime& at, const QString& user,
                                         const QString& details)
{
    const std::optional<PlaceMove> move = placeMoveFromName(kind);
    if (!move)
        return std::nullopt;
    PlaceEvent e;
    e.move = *move;
    e.at = at;
    e.user = user;
    const QJsonObject recorded = QJsonDocument::fromJson(details.toUtf8()).object();
    e.offer.kindergarten = recorded.value(QStringLiteral("kindergarten")).toString();
    e.offer.group = recorded.value(QStringLiteral("group")).toString();
    e.offer.answerBy = QDate::fromString(recorded.value(QStringLiteral("answer_by")).toString(), Qt::ISODate);
    return e;
}

PlaceStanding PlaceStanding::of(const QList<PlaceEvent>& moves)
{
    PlaceStanding s;
    for (const PlaceEvent& e : moves) {
        const std::optional<PlaceState> next = PlaceCycle::target(e.move, s.state);
        if (!next)
            continue;
        s.state = *next;
        switch (e.move) {
        case PlaceMove::Offer:
            s.kindergarten = e.offer.kindergarten;
            s.group = e.offer.group;
            s.answerBy = e.offer.answerBy;
            s.offeredAt = e.at;
            s.offeredBy = e.user;
            break;
        case PlaceMove::Consent:
            s.directionIssuedAt = e.at;
            s.directionIssuedBy = e.user;
            break;
        case PlaceMove::RefuseOffer:
            break;
        case PlaceMove::Enroll:
        case PlaceMove::Expire:
        case PlaceMove::Withdraw:
            s.closedAt = e.at;
            break;
        }
    }
    return s;
}

QDate PlaceStanding::directionValidUntil(int months) const
{
    if (!directionIssuedAt.isValid() || months <= 0)
        return {};
    return PlaceCycle::directionValidUntil(directionIssuedAt.date(), months);
}

bool PlaceStanding::directionLapsed(int months, const QDate& today) const
{
    const QDate until = directionValidUntil(months);
    return until.isValid() && today > until;
}

bool PlaceStanding::answerOverdue(const QDate& today) const
{
    return state == PlaceState::Offered && answerBy.isValid() && today > answerBy;
}

} // namespace kense
