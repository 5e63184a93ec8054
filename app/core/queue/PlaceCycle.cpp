#include "PlaceCycle.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

#include <algorithm>

namespace kense {

namespace {
constexpr EnumNameTable<PlaceState, 6> kStates{{
    {PlaceState::Waiting, "waiting"},
    {PlaceState::Offered, "place_offered"},
    {PlaceState::DirectionIssued, "direction_issued"},
    {PlaceState::Enrolled, "enrolled"},
    {PlaceState::DirectionExpired, "direction_expired"},
    {PlaceState::Withdrawn, "withdrawn"},
}};

constexpr EnumNameTable<PlaceMove, 6> kMoves{{
    {PlaceMove::Offer, "place_offered"},
    {PlaceMove::RefuseOffer, "offer_refused"},
    {PlaceMove::Consent, "direction_issued"},
    {PlaceMove::Enroll, "enrolled"},
    {PlaceMove::Expire, "direction_expired"},
    {PlaceMove::Withdraw, "withdrawn"},
}};
} // namespace

QString placeStateName(PlaceState state)
{
    return enumName(kStates, state);
}

std::optional<PlaceState> placeStateFromName(const QString& name)
{
    return enumFromName(kStates, name);
}

QList<PlaceState> allPlaceStates()
{
    QList<PlaceState> out;
    for (const auto& entry : kStates)
        out << entry.first;
    return out;
}

QString placeStateTitle(PlaceState state)
{
    switch (state) {
    case PlaceState::Waiting:
        return QCoreApplication::translate("kense::PlaceState", "Waiting for a place");
    case PlaceState::Offered:
        return QCoreApplication::translate("kense::PlaceState", "Place offered");
    case PlaceState::DirectionIssued:
        return QCoreApplication::translate("kense::PlaceState", "Direction issued");
    case PlaceState::Enrolled:
        return QCoreApplication::translate("kense::PlaceState", "Enrolled in the kindergarten");
    case PlaceState::DirectionExpired:
        return QCoreApplication::translate("kense::PlaceState", "Direction expired");
    case PlaceState::Withdrawn:
        return QCoreApplication::translate("kense::PlaceState", "Withdrawn from the list");
    }
    return {};
}

QString placeMoveName(PlaceMove move)
{
    return enumName(kMoves, move);
}

std::optional<PlaceMove> placeMoveFromName(const QString& name)
{
    return enumFromName(kMoves, name);
}

QList<PlaceMove> allPlaceMoves()
{
    QList<PlaceMove> out;
    for (const auto& entry : kMoves)
        out << entry.first;
    return out;
}

QString placeMoveTitle(PlaceMove move)
{
    switch (move) {
    case PlaceMove::Offer:
        return QCoreApplication::translate("kense::PlaceMove", "Offer a place");
    case PlaceMove::RefuseOffer:
        return QCoreApplication::translate("kense::PlaceMove", "The parent refused the place in writing");
    case PlaceMove::Consent:
        return QCoreApplication::translate("kense::PlaceMove", "The parent consented: issue the direction");
    case PlaceMove::Enroll:
        return QCoreApplication::translate("kense::PlaceMove", "The kindergarten registered the direction");
    case PlaceMove::Expire:
        return QCoreApplication::translate("kense::PlaceMove", "The direction expired");
    case PlaceMove::Withdraw:
        return QCoreApplication::translate("kense::PlaceMove", "Withdraw from the list");
    }
    return {};
}

std::optional<PlaceState> PlaceCycle::target(PlaceMove move, PlaceState from)
{
    using S = PlaceState;
    switch (move) {
    case PlaceMove::Offer:
        return from == S::Waiting ? std::optional(S::Offered) : std::nullopt;
    case PlaceMove::RefuseOffer:
        return from == S::Offered ? std::optional(S::Waiting) : std::nullopt;
    case PlaceMove::Consent:
        return from == S::Offered ? std::optional(S::DirectionIssued) : std::nullopt;
    case PlaceMove::Enroll:
        return from == S::DirectionIssued ? std::optional(S::Enrolled) : std::nullopt;
    case PlaceMove::Expire:
        return from == S::DirectionIssued ? std::optional(S::DirectionExpired) : std::nullopt;
    case PlaceMove::Withdraw:
        return from == S::Waiting || from == S::Offered ? std::optional(S::Withdrawn) : std::nullopt;
    }
    return std::nullopt;
}

QList<Role> PlaceCycle::rolesFor(PlaceMove move)
{
    switch (move) {
    case PlaceMove::Offer:
    case PlaceMove::Enroll:
    case PlaceMove::Expire:
        return {Role::Executor, Role::Head};
    case PlaceMove::RefuseOffer:
    case PlaceMove::Consent:
    case PlaceMove::Withdraw:
        return {Role::Clerk};
    }
    return {};
}

bool PlaceCycle::isAllowed(PlaceMove move, PlaceState from, const QList<Role>& roles)
{
    const QList<Role> allowed = rolesFor(move);
    return target(move, from).has_value() &&
           std::any_of(roles.begin(), roles.end(), [&](Role r) { return allowed.contains(r); });
}

PlaceState PlaceCycle::stateAfter(PlaceMove move)
{
    for (PlaceState from : allPlaceStates()) {
        if (const std::optional<PlaceState> to = target(move, from))
            return *to;
    }
    return PlaceState::Waiting; // not reached: every move leads somewhere (tst_placecycle)
}

bool PlaceCycle::holdsAPlace(PlaceState state)
{
    return state == PlaceState::Waiting || state == PlaceState::Offered;
}

bool PlaceCycle::isFinal(PlaceState state)
{
    const QList<PlaceMove> moves = allPlaceMoves();
    return std::none_of(moves.begin(), moves.end(), [state](PlaceMove m) { return target(m, state).has_value(); });
}

std::optional<PlaceState> PlaceCycle::replay(const QList<PlaceMove>& moves)
{
    PlaceState state = PlaceState::Waiting;
    for (PlaceMove m : moves) {
        const std::optional<PlaceState> next = target(m, state);
        if (!next)
            return std::nullopt;
        state = *next;
    }
    return state;
}

QDate PlaceCycle::directionValidUntil(QDate issued, int months)
{
    return issued.addMonths(months); // QDate clamps the day to the month's last
}

bool PlaceCycle::directionLapsed(QDate issued, int months, QDate today)
{
    return today > directionValidUntil(issued, months);
}

} // namespace kense
