#include "Channel.h"

#include <QCoreApplication>

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
    case Channel::Akim:
        return QStringLiteral("akim");
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
    return {Channel::Provider, Channel::Tson, Channel::Portal, Channel::Akim};
}

Channel deskChannel(Channel channel)
{
    return channel == Channel::Portal ? Channel::Provider : channel;
}

bool isIntakePoint(Channel channel)
{
    return channel == Channel::Tson || channel == Channel::Akim;
}

QString channelTitle(Channel channel)
{
    switch (channel) {
    case Channel::Provider:
        return QCoreApplication::translate("kense::Channel", "Provider's office");
    case Channel::Tson:
        return QCoreApplication::translate("kense::Channel", "Service centre");
    case Channel::Portal:
        return QCoreApplication::translate("kense::Channel", "Portal");
    case Channel::Akim:
        return QCoreApplication::translate("kense::Channel", "Rural akim's office");
    }
    return {};
}

} // namespace kense
