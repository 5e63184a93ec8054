#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// Where a request was taken: at the provider's канцелярия / кеңсе, at a ЦОН (Мемлекеттік корпорация) desk,
/// or on the e-gov portal — a portal request is registered at the provider's канцелярия (its e-gov number and the
/// moment it was sent) and goes the provider's way from there, its term counted by the portal's steps.
enum class Channel
{
    Provider,
    Tson,
    Portal
};

QString channelName(Channel channel); // "provider", "tson", "portal"
std::optional<Channel> channelFromName(const QString& name);
QList<Channel> allChannels();
/// The channel whose desk registers a request of `channel`: a portal request is the provider's канцелярия's.
Channel deskChannel(Channel channel);
/// For people, in the current UI language.
QString channelTitle(Channel channel);

} // namespace kense
