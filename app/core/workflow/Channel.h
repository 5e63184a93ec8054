#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kense {

/// Where a request was taken: at the provider's канцелярия / кеңсе, at a ЦОН (Мемлекеттік корпорация) desk,
/// or on the e-gov portal (the portal only notifies; Kense does not take portal intake at a desk).
enum class Channel
{
    Provider,
    Tson,
    Portal
};

QString channelName(Channel channel); // "provider", "tson", "portal"
std::optional<Channel> channelFromName(const QString& name);
QList<Channel> allChannels();
/// For people, in the current UI language.
QString channelTitle(Channel channel);

} // namespace kense
