#pragma once

#include <QList>

class QWidget;

namespace kense {

/// Tab goes through `widgets` in this order (null entries are skipped; hidden and disabled ones are skipped by Qt
/// when Tab is pressed). Widgets made at run time — a catalog's editors, a card's move buttons — otherwise come last
/// in the focus chain, after the window's own buttons.
void setTabOrder(const QList<QWidget*>& widgets);

} // namespace kense
