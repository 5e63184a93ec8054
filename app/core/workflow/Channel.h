#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// Where a request was taken: at the provider's канцелярия / кеңсе, at a ЦОН (Мемлекеттік корпорация) desk,
/// on the e-gov portal — a portal request is registered at the provider's канцелярия (its e-gov number and the
/// moment it was sent) and goes the provider's way from there, its term counted by the portal's steps — or at the
/// apparatus of a rural akim (кент, ауыл, ауылдық округ әкімінің аппараты), where the applicant applies when the
/// place has no authorised body (seed 001, targeted social assistance p.1): like a ЦОН, an intake point that sends
/// the package to the provider by a courier register and hands the result over when it comes back.
enum class Channel
{
    Provider,
    Tson,
    Portal,
    Akim
};

QString channelName(Channel channel); // "provider", "tson", "portal", "akim"
std::optional<Channel> channelFromName(const QString& name);
QList<Channel> allChannels();
/// The channel whose desk registers a request of `channel`: a portal request is the provider's канцелярия's.
Channel deskChannel(Channel channel);
/// A desk that takes requests for another office to provide and sends them by courier registers: a ЦОН's, an akim's.
bool isIntakePoint(Channel channel);
/// For people, in the current UI language.
QString channelTitle(Channel channel);

} // namespace kense
