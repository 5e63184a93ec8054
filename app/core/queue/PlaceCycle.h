#pragma once

#include "workflow/Role.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// Where a child stands in the preschool waiting list after the registration talon (Kyzylorda regulation, seed 001
/// p.6 15)–19) and appendix 8): waiting in its list; a place offered («МДҰ-да орынның бар екендігі туралы хабарлама»);
/// the parent's written refusal of the place keeps the child waiting («Тұтынушы кезекте тұруды жалғастырады»); the
/// written consent issues a direction and takes the child out of the list («жолдама беріледі және кезектен
/// шығарылады»); the parents register the direction at the kindergarten within a month («зарегистрировать направление
/// в течение месяца») — enrolled — or it lapses; a withdrawal takes the child out. This is a process of its own after
/// the service's term (which ends with the talon), kept as events on the request.
enum class PlaceState
{
    Waiting,
    Offered,
    DirectionIssued,
    Enrolled,
    DirectionExpired,
    Withdrawn
};

enum class PlaceMove
{
    Offer,       ///< the department offers a place in a kindergarten
    RefuseOffer, ///< the parent's written refusal of the offered place: the child keeps waiting
    Consent,     ///< the parent's written consent: the direction is issued
    Enroll,      ///< the kindergarten registered the direction
    Expire,      ///< the direction was not registered within its validity
    Withdraw,    ///< the parent takes the application back
};

QString placeStateName(PlaceState state); ///< "waiting", "place_offered", "direction_issued", …
std::optional<PlaceState> placeStateFromName(const QString& name);
QList<PlaceState> allPlaceStates();
QString placeStateTitle(PlaceState state); ///< for people, in the current UI language
/// The move's event kind: "place_offered", "offer_refused", "direction_issued", "enrolled", "direction_expired",
/// "withdrawn".
QString placeMoveName(PlaceMove move);
std::optional<PlaceMove> placeMoveFromName(const QString& name);
QList<PlaceMove> allPlaceMoves();
QString placeMoveTitle(PlaceMove move); ///< for people, in the current UI language

/// The rules of the cycle, in one place.
class PlaceCycle
{
public:
    /// The state a move leads to from `from`, or nullopt when it cannot be made there.
    static std::optional<PlaceState> target(PlaceMove move, PlaceState from);
    /// Who may make the move: the department's executor or head offers a place and records the kindergarten's answer;
    /// the канцелярия records what the parent wrote (refusal, consent, withdrawal).
    static QList<Role> rolesFor(PlaceMove move);
    static bool isAllowed(PlaceMove move, PlaceState from, const QList<Role>& roles);
    /// Where the child stands after `move`: each move leads to one state wherever it is made from.
    static PlaceState stateAfter(PlaceMove move);
    /// Whether a child in `state` holds a position in its list: waiting, or offered a place not yet answered.
    static bool holdsAPlace(PlaceState state);
    /// Whether no move leads out of `state`.
    static bool isFinal(PlaceState state);
    /// The state after `moves` made in order from Waiting; nullopt when one of them cannot be made where it stands.
    static std::optional<PlaceState> replay(const QList<PlaceMove>& moves);
    /// The last day a direction issued on `issued` may be registered at the kindergarten, `months` months on («в
    /// течение месяца»: the same day of the next month, or that month's last day).
    static QDate directionValidUntil(QDate issued, int months);
    /// Whether a direction issued on `issued` has lapsed on `today`: only then may it be marked expired.
    static bool directionLapsed(QDate issued, int months, QDate today);
};

} // namespace kense
