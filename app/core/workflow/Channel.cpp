#include "Channel.h"

namespace kense {

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Provider:
        return QStringLiteral("provider");
    case Channel::Tson:
        return QStringLiteral("tson");
    case Channel::Portal:
        return QStringLiteral("portal");
    }
    return {};
}

std::optional<Channel> channelFromName(const QString& name)
{
    for (Channel c : allChannels()) {
        if (channelName(c) == name)
            return c;
    }
    return std::nullopt;
}

QList<Channel> allChannels()
{
    return {Channel::Provider, Channel::Tson, Channel::Portal};
}

} // namespace kense
