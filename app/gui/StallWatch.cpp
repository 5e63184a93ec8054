#include "gui/StallWatch.h"

#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcStall, "kense.gui.stall")

StallWatch::StallWatch(QObject* parent, int periodMs, int reportMs)
    : QObject(parent)
    , m_periodMs(periodMs)
    , m_reportMs(reportMs)
{
    m_timer.setInterval(periodMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
    m_sinceTick.start();
    m_timer.start();
}

StallWatch::~StallWatch()
{
    qCInfo(lcStall) << "longest UI stall:" << m_longest << "ms";
}

void StallWatch::tick()
{
    const qint64 late = m_sinceTick.restart() - m_periodMs;
    if (late > m_longest)
        m_longest = late;
    if (late > m_reportMs)
        qCWarning(lcStall) << "the UI thread stalled for" << late << "ms";
}

} // namespace kense
