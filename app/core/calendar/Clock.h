#pragma once

#include <QDateTime>

namespace kense {

/// The source of "now" for everything that depends on time (due dates, SLA state, numbering by year). The rules
/// take the moment from their caller; the program makes one SystemClock and its windows read the moment from it
/// (the main window hands it to every dialog), so tests pass a ManualClock and move it. What still reads the
/// system's time itself: kensectl's commands (the moment a script runs them; `--at` where a command takes one),
/// the sync's bookkeeping of other desks' users and changes, and the backup's file name.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start)
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& moment) { m_now = moment; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace kense
