#pragma once

#include "Channel.h"

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// Where a request stands. See Workflow for the moves between states.
enum class RequestState
{
    Draft,              ///< being filled in at the desk; nothing registered
    RefusedAtIntake,    ///< incomplete package: the refusal receipt was printed
    Registered,         ///< number given, receipt printed; at the provider it waits for the head's resolution
    InCourierRegister,  ///< ЦОН: in the accumulation sector, put into a courier register (тізілімдеме)
    SentToProvider,     ///< ЦОН: handed to the courier
    ReceivedByProvider, ///< ЦОН: registered by the provider's канцелярия; waits for the head's resolution
    InWork,             ///< the head's resolution named the executor
    ResultPrepared,     ///< the executor prepared the result (duplicate, order, permit …)
    RefusalPrepared,    ///< the executor prepared a reasoned refusal
    ResultSigned,       ///< the head signed the result (and sealed a duplicate)
    RefusalSigned,      ///< the head signed the reasoned refusal
    ResultReturnedToTson,  ///< ЦОН: the signed result came back to the ЦОН desk
    RefusalReturnedToTson, ///< ЦОН: the signed refusal came back to the ЦОН desk
    Issued,                ///< the result was issued against a signature
    RefusalIssued,         ///< the refusal was issued against a signature
    InStorage              ///< not collected in time — kept in storage until collected
};

QString stateName(RequestState state); ///< "draft", "registered", … — stored in the database and in JSON
std::optional<RequestState> stateFromName(const QString& name);
QList<RequestState> allStates();
/// The state's name for people, in the current UI language.
QString stateTitle(RequestState state);
/// The state's title for a request of `channel`: a result back at a rural akim's apparatus is not at a ЦОН.
QString stateTitle(RequestState state, Channel channel);
/// No further move is possible (issued, refusal issued, refused at intake).
bool isFinal(RequestState state);
/// The request is closed: nothing more is owed to the applicant (the same states as isFinal).
bool isClosed(RequestState state);
/// Registered and not yet closed: the office still owes the applicant a result or a refusal.
bool isOpen(RequestState state);
/// The request runs against its legal term: open, and not a result kept in storage (the office met the term; the
/// result waits for the applicant, who did not come — seed 000 p.9: «сақтауға»). What "overdue" is judged on.
bool termRuns(RequestState state);
/// The outcome is a refusal: at intake, or reasoned (prepared, signed, back at the ЦОН, issued).
bool isRefused(RequestState state);
/// Every state for which `test` holds, in declaration order (for queries over stored states).
QList<RequestState> statesWhere(bool (*test)(RequestState));

} // namespace kense
