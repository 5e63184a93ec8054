#pragma once

#include "PlaceCycle.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// A place the department offers a child of its waiting list: the kindergarten (required), the group, and the day by
/// which the parent is to answer in writing — the department's own date, written in its notice (the regulations give
/// the answer no term: seed 001 p.6 16)–19), appendix 8); invalid: none set.
struct PlaceOffer
{
    QString kindergarten;
    QString group;
    QDate answerBy;
};

/// One move of the preschool queue's cycle as the request's history keeps it: an event named by the move, with the
/// offer's kindergarten, group and answer day recorded in it.
struct PlaceEvent
{
    PlaceMove move = PlaceMove::Offer;
    QDateTime at;
    QString user; ///< who made it (login)
    PlaceOffer offer;

    /// The move an event of the history records, or nullopt when `kind` names no move of the cycle. `details` is
    /// what the event recorded (an offer's {"kindergarten", "group", "answer_by": "YYYY-MM-DD"} as JSON).
    static std::optional<PlaceEvent> of(const QString& kind, const QDateTime& at, const QString& user,
                                        const QString& details);
};

/// Where a child stands in the cycle and what it recorded on the way: the place offered last, when the direction was
/// issued. Read from the moves in the order they were made.
struct PlaceStanding
{
    PlaceState state = PlaceState::Waiting;
    QString kindergarten; ///< of the latest offer (the one a consent accepts)
    QString group;
    QDate answerBy; ///< of the latest offer (invalid: none set)
    QDateTime offeredAt;
    QString offeredBy;
    QDateTime directionIssuedAt; ///< invalid: no direction
    QString directionIssuedBy;   ///< the clerk who recorded the parent's consent
    QDateTime closedAt;          ///< enrolled, lapsed or withdrawn (invalid: not closed)

    /// A move the cycle has not from where the child stood (a history synced from two desks out of order) is kept
    /// out of the standing: the standing follows only the moves the rules allow.
    static PlaceStanding of(const QList<PlaceEvent>& moves);
    /// The last day the direction may be registered at the kindergarten, `months` after its issue (invalid: no
    /// direction, or a service whose regulation gives it no validity, `months` 0).
    QDate directionValidUntil(int months) const;
    /// Whether the direction has lapsed on `today` and so may be marked expired: there is one, the regulation gives it
    /// a term (`months` > 0) and its last day has passed. One rule for the store that refuses and the card that offers.
    bool directionLapsed(int months, const QDate& today) const;
    /// Whether a place is offered and the day set for the parent's answer has passed on `today` with none recorded.
    bool answerOverdue(const QDate& today) const;
};

} // namespace kense
