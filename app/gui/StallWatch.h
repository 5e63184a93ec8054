#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace kense {

/// Watches the UI thread: a timer that should fire every `periodMs` notes how late it came. A delay over
/// `reportMs` is a stall the clerk felt; it is logged as a warning (with the help desk in mind), and the longest one
/// is logged when the watch ends.
class StallWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatch)

public:
    explicit StallWatch(QObject* parent = nullptr, int periodMs = 50, int reportMs = 100);
    ~StallWatch() override;

    qint64 longestStallMs() const { return m_longest; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    int m_periodMs;
    int m_reportMs;
    qint64 m_longest = 0;
};

} // namespace kense
