#include "RequestState.h"

#include <QCoreApplication>

#include <array>

namespace kense {

namespace {
constexpr std::array<std::pair<RequestState, const char*>, 16> kStates{{
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
    for (const auto& [s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RequestState> stateFromName(const QString& name)
{
    for (const auto& [s, n] : kStates) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
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
    const char* ctx = "kense::RequestState";
    switch (state) {
    case RequestState::Draft:
        return QCoreApplication::translate(ctx, "Draft");
    case RequestState::RefusedAtIntake:
        return QCoreApplication::translate(ctx, "Refused at intake");
    case RequestState::Registered:
        return QCoreApplication::translate(ctx, "Registered");
    case RequestState::InCourierRegister:
        return QCoreApplication::translate(ctx, "In a courier register");
    case RequestState::SentToProvider:
        return QCoreApplication::translate(ctx, "Sent to the provider");
    case RequestState::ReceivedByProvider:
        return QCoreApplication::translate(ctx, "Received by the provider");
    case RequestState::InWork:
        return QCoreApplication::translate(ctx, "With the executor");
    case RequestState::ResultPrepared:
        return QCoreApplication::translate(ctx, "Result prepared");
    case RequestState::RefusalPrepared:
        return QCoreApplication::translate(ctx, "Refusal prepared");
    case RequestState::ResultSigned:
        return QCoreApplication::translate(ctx, "Result signed");
    case RequestState::RefusalSigned:
        return QCoreApplication::translate(ctx, "Refusal signed");
    case RequestState::ResultReturnedToTson:
        return QCoreApplication::translate(ctx, "Result back at the service centre");
    case RequestState::RefusalReturnedToTson:
        return QCoreApplication::translate(ctx, "Refusal back at the service centre");
    case RequestState::Issued:
        return QCoreApplication::translate(ctx, "Issued");
    case RequestState::RefusalIssued:
        return QCoreApplication::translate(ctx, "Refusal issued");
    case RequestState::InStorage:
        return QCoreApplication::translate(ctx, "Not collected, in storage");
    }
    return {};
}

bool isFinal(RequestState state)
{
    return state == RequestState::Issued || state == RequestState::RefusalIssued ||
           state == RequestState::RefusedAtIntake;
}

} // namespace kense
