#include "RequestState.h"

#include "common/EnumNames.h"

#include <QCoreApplication>

namespace kense {

namespace {
constexpr EnumNameTable<RequestState, 16> kStates{{
    {RequestState::Draft, "draft"},
    {RequestState::RefusedAtIntake, "refused_at_intake"},
    {RequestState::Registered, "registered"},
    {RequestState::InCourierRegister, "in_courier_register"},
    {RequestState::SentToProvider, "sent_to_provider"},
    {RequestState::ReceivedByProvider, "received_by_provider"},
    {RequestState::InWork, "in_work"},
    {RequestState::ResultPrepared, "result_prepared"},
    {RequestState::RefusalPrepared, "refusal_prepared"},
    {RequestState::ResultSigned, "result_signed"},
    {RequestState::RefusalSigned, "refusal_signed"},
    {RequestState::ResultReturnedToTson, "result_returned_to_tson"},
    {RequestState::RefusalReturnedToTson, "refusal_returned_to_tson"},
    {RequestState::Issued, "issued"},
    {RequestState::RefusalIssued, "refusal_issued"},
    {RequestState::InStorage, "in_storage"},
}};
} // namespace

QString stateName(RequestState state)
{
    return enumName(kStates, state);
}

std::optional<RequestState> stateFromName(const QString& name)
{
    return enumFromName(kStates, name);
}

QList<RequestState> allStates()
{
    QList<RequestState> out;
    for (const auto& entry : kStates)
        out << entry.first;
    return out;
}

QString stateTitle(RequestState state)
{
    switch (state) {
    case RequestState::Draft:
        return QCoreApplication::translate("kense::RequestState", "Draft");
    case RequestState::RefusedAtIntake:
        return QCoreApplication::translate("kense::RequestState", "Refused at intake");
    case RequestState::Registered:
        return QCoreApplication::translate("kense::RequestState", "Registered");
    case RequestState::InCourierRegister:
        return QCoreApplication::translate("kense::RequestState", "In a courier register");
    case RequestState::SentToProvider:
        return QCoreApplication::translate("kense::RequestState", "Sent to the provider");
    case RequestState::ReceivedByProvider:
        return QCoreApplication::translate("kense::RequestState", "Received by the provider");
    case RequestState::InWork:
        return QCoreApplication::translate("kense::RequestState", "With the executor");
    case RequestState::ResultPrepared:
        return QCoreApplication::translate("kense::RequestState", "Result prepared");
    case RequestState::RefusalPrepared:
        return QCoreApplication::translate("kense::RequestState", "Refusal prepared");
    case RequestState::ResultSigned:
        return QCoreApplication::translate("kense::RequestState", "Result signed");
    case RequestState::RefusalSigned:
        return QCoreApplication::translate("kense::RequestState", "Refusal signed");
    case RequestState::ResultReturnedToTson:
        return QCoreApplication::translate("kense::RequestState", "Result back at the service centre");
    case RequestState::RefusalReturnedToTson:
        return QCoreApplication::translate("kense::RequestState", "Refusal back at the service centre");
    case RequestState::Issued:
        return QCoreApplication::translate("kense::RequestState", "Issued");
    case RequestState::RefusalIssued:
        return QCoreApplication::translate("kense::RequestState", "Refusal issued");
    case RequestState::InStorage:
        return QCoreApplication::translate("kense::RequestState", "Not collected, in storage");
    }
    return {};
}

QString stateTitle(RequestState state, Channel channel)
{
    if (channel == Channel::Akim && state == RequestState::ResultReturnedToTson)
        return QCoreApplication::translate("kense::RequestState", "Result back at the akim's office");
    if (channel == Channel::Akim && state == RequestState::RefusalReturnedToTson)
        return QCoreApplication::translate("kense::RequestState", "Refusal back at the akim's office");
    return stateTitle(state);
}

bool isFinal(RequestState state)
{
    return state == RequestState::Issued || state == RequestState::RefusalIssued ||
           state == RequestState::RefusedAtIntake;
}

bool isClosed(RequestState state)
{
    return isFinal(state);
}

bool isOpen(RequestState state)
{
    return state != RequestState::Draft && !isClosed(state);
}

bool termRuns(RequestState state)
{
    return isOpen(state) && state != RequestState::InStorage;
}

bool isRefused(RequestState state)
{
    switch (state) {
    case RequestState::RefusedAtIntake:
    case RequestState::RefusalPrepared:
    case RequestState::RefusalSigned:
    case RequestState::RefusalReturnedToTson:
    case RequestState::RefusalIssued:
        return true;
    default:
        return false;
    }
}

QList<RequestState> statesWhere(bool (*test)(RequestState))
{
    QList<RequestState> out;
    for (const auto& entry : kStates) {
        if (test(entry.first))
            out << entry.first;
    }
    return out;
}

} // namespace kense
