#pragma once

#include <QString>

#include <optional>

namespace kense {

/// What an event of the log records. A move of the workflow is stored under its transition's name
/// ("assign_executor", "sign", …); every other kind under its own name (eventKindName).
enum class EventKind
{
    Registered,          ///< "registered": the request was registered (receipt)
    RefusedAtIntake,     ///< "refused_at_intake": the package was refused (refusal receipt)
    Moved,               ///< a transition of the workflow, stored under the transition's name
    PlaceMoved,          ///< a move of the preschool queue's cycle (PlaceCycle), stored under the move's name
    Edited,              ///< "edit": the clerk corrected the form
    ResultSaved,         ///< "result_saved": the executor prepared or changed the result
    SurveyAnswered,      ///< "survey_answered": the applicant answered the quality survey
    PutInRegister,       ///< "register_add": put into a courier register
    TakenOutOfRegister,  ///< "register_remove": taken out of a courier register
    RegisterSent,        ///< "register_sent": the courier register it is in was sent
    ConflictDecided,     ///< "conflict_resolved": an administrator decided a sync conflict
    UserAdded,           ///< "user_added": an account was created
    UserRenamed,         ///< "user_renamed": an administrator corrected an account's surname, name or patronymic
    UserRolesChanged,    ///< "user_roles": an administrator changed an account's roles
    OfficeHoursSaved,    ///< "office_hours": the office's working hours were changed
    PasswordSet,         ///< "password_set": an account's password was set (by its user or an administrator)
    UserDisabled,        ///< "user_disabled": an administrator disabled an account
    UserEnabled,         ///< "user_enabled": an administrator enabled an account again
    CalendarDayEdited,   ///< "calendar_day": an administrator made a day a day off or a working day, or undid that
    HoldReleased,        ///< "hold_released": an administrator let a desk restored from a backup work without a sync
    DeskKeyReplaced,     ///< "desk_key_replaced": an administrator replaced a lost desk key (the note says why)
    ExchangeKeyReplaced, ///< "exchange_key_replaced": an administrator replaced another party's exchange key
};

/// The longest note an event keeps (a move's reasons, an intake note, a decision's why), in characters.
constexpr int kMaxNoteLength = 4000;

/// The stored name of a kind; empty for Moved (whose events carry the transition's name).
QString eventKindName(EventKind kind);
/// The kind of a stored event: its own names, Moved for a transition's name, PlaceMoved for a move of the cycle's.
std::optional<EventKind> eventKindOf(const QString& storedKind);
/// The kind in words, in the current UI language ("data edited").
QString eventKindTitle(EventKind kind);
/// What an event did, in words: a move as "state → state" (or the state it reached), any other kind by its title,
/// and a kind this version does not know (from a newer desk) as it was stored.
QString describeEvent(const QString& storedKind, const QString& fromState, const QString& toState);

} // namespace kense
