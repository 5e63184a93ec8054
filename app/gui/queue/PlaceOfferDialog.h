#pragma once

#include "queue/PlaceStanding.h"

#include <QString>
#include <QWidget>

#include <optional>

namespace kense {

/// Asks the department's executor or head, in a modal dialog over `parent`, which kindergarten (and group) offers
/// the child of request `number` a place, and — if the notice sets one — the day the parent is to answer by (today or
/// later); nullopt when cancelled. OK stays disabled until a kindergarten is named.
std::optional<PlaceOffer> askPlaceOfferInDialog(QWidget* parent, const QString& number);

} // namespace kense
