#include "gui/common/TabOrder.h"

#include <QWidget>

namespace kense {

void setTabOrder(const QList<QWidget*>& widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace kense
