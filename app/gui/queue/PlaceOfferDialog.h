#pragma once

#include <QString>
#include <QWidget>

#include <optional>

namespace kense {

/// A place the department offers a child of its waiting list: the kindergarten (required) and the group.
struct PlaceOffer
{
    QString kindergarten;
    QString group;
};

/// Asks the department's executor or head, in a modal dialog over `parent`, which kindergarten (and group) offers
/// the child of request `number` a place; nullopt when cancelled. OK stays disabled until a kindergarten is named.
std::optional<PlaceOffer> askPlaceOfferInDialog(QWidget* parent, const QString& number);

} // namespace kense
