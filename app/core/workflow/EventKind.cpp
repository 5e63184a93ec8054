#include "EventKind.h"

#include "RequestState.h"
#include "Workflow.h"
#include "common/EnumNames.h"
#include "queue/PlaceCycle.h"

#include <QCoreApplication>

namespace kense {

namespace {

constexpr EnumNameTable<EventKind, 20> kNames{{
    {EventKind::Registered, "registered"},
    {EventKind::RefusedAtIntake, "refused_at_intake"},
    {EventKind::Edited, "edit"},
    {EventKind::ResultSaved, "result_saved"},
    {EventKind::SurveyAnswered, "survey_answered"},
    {EventKind::PutInRegister, "register_add"},
    {EventKind::TakenOutOfRegister, "register_remove"},
    {EventKind::RegisterSent, "register_sent"},
    {EventKind::ConflictDecided, "conflict_resolved"},
    {EventKind::UserAdded, "user_added"},
    {EventKind::UserRenamed, "user_renamed"},
    {EventKind::UserRolesChanged, "user_roles"},
    {EventKind::OfficeHoursSaved, "office_hours"},
    {EventKind::PasswordSet, "password_set"},
    {EventKind::UserDisabled, "user_disabled"},
    {EventKind::UserEnabled, "user_enabled"},
    {EventKind::CalendarDayEdited, "calendar_day"},
    {EventKind::HoldReleased, "hold_released"},
    {EventKind::DeskKeyReplaced, "desk_key_replaced"},
    {EventKind::ExchangeKeyReplaced, "exchange_key_replaced"},
}};

} // namespace

QString eventKindName(EventKind kind)
{
    return enumName(kNames, kind);
}

std::optional<EventKind> eventKindOf(const QString& storedKind)
{
    if (const auto kind = enumFromName(kNames, storedKind))
        return kind;
    if (transitionFromName(storedKind))
        return EventKind::Moved;
    if (placeMoveFromName(storedKind))
        return EventKind::PlaceMoved;
    return std::nullopt;
}

QString eventKindTitle(EventKind kind)
{
    switch (kind) {
    case EventKind::Registered:
        return QCoreApplication::translate("kense::EventKind", "registered");
    case EventKind::RefusedAtIntake:
        return QCoreApplication::translate("kense::EventKind", "refused at intake");
    case EventKind::Moved:
        return QCoreApplication::translate("kense::EventKind", "moved on");
    case EventKind::PlaceMoved:
        return QCoreApplication::translate("kense::EventKind", "the place in the waiting list changed");
    case EventKind::Edited:
        return QCoreApplication::translate("kense::EventKind", "data edited");
    case EventKind::ResultSaved:
        return QCoreApplication::translate("kense::EventKind", "result saved");
    case EventKind::SurveyAnswered:
        return QCoreApplication::translate("kense::EventKind", "survey answered");
    case EventKind::PutInRegister:
        return QCoreApplication::translate("kense::EventKind", "put into a courier register");
    case EventKind::TakenOutOfRegister:
        return QCoreApplication::translate("kense::EventKind", "taken out of a courier register");
    case EventKind::RegisterSent:
        return QCoreApplication::translate("kense::EventKind", "courier register sent");
    case EventKind::ConflictDecided:
        return QCoreApplication::translate("kense::EventKind", "conflict decided");
    case EventKind::UserAdded:
        return QCoreApplication::translate("kense::EventKind", "account created");
    case EventKind::UserRenamed:
        return QCoreApplication::translate("kense::EventKind", "account's name corrected");
    case EventKind::UserRolesChanged:
        return QCoreApplication::translate("kense::EventKind", "account's roles changed");
    case EventKind::OfficeHoursSaved:
        return QCoreApplication::translate("kense::EventKind", "working hours changed");
    case EventKind::PasswordSet:
        return QCoreApplication::translate("kense::EventKind", "password set");
    case EventKind::UserDisabled:
        return QCoreApplication::translate("kense::EventKind", "account disabled");
    case EventKind::UserEnabled:
        return QCoreApplication::translate("kense::EventKind", "account enabled");
    case EventKind::CalendarDayEdited:
        return QCoreApplication::translate("kense::EventKind", "working calendar changed");
    case EventKind::HoldReleased:
        return QCoreApplication::translate("kense::EventKind", "hold after a restore released");
    case EventKind::DeskKeyReplaced:
        return QCoreApplication::translate("kense::EventKind", "desk key replaced");
    case EventKind::ExchangeKeyReplaced:
        return QCoreApplication::translate("kense::EventKind", "exchange key of another desk replaced");
    }
    return {};
}

QString describeEvent(const QString& storedKind, const QString& fromState, const QString& toState)
{
    const std::optional<EventKind> kind = eventKindOf(storedKind);
    // Registration and refusal at intake read best, like every move, as the states they went between; so does a
    // kind from a newer version, whose states this version still knows.
    const bool move =
        !kind || kind == EventKind::Moved || kind == EventKind::Registered || kind == EventKind::RefusedAtIntake;
    if (kind == EventKind::PlaceMoved)
        return placeMoveTitle(*placeMoveFromName(storedKind));
    if (!move)
        return eventKindTitle(*kind);
    const auto from = stateFromName(fromState);
    const auto to = stateFromName(toState);
    if (from && to)
        return QStringLiteral("%1 → %2").arg(stateTitle(*from), stateTitle(*to));
    if (to)
        return stateTitle(*to);
    return kind && *kind != EventKind::Moved ? eventKindTitle(*kind) : storedKind;
}

} // namespace kense
