#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSysInfo>

namespace kense {

/// Time since the computer started, on its monotonic clock: what a person setting the date or time does not move.
/// `boot` names the start (empty where the system names none); moments of different starts cannot be compared.
struct Uptime
{
    QByteArray boot;
    qint64 ms = 0;
};

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
    virtual Uptime uptime() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    /// CLOCK_MONOTONIC on Linux (its reference is the boot, the same in every process) and the boot's id.
    Uptime uptime() const override
    {
        QElapsedTimer timer;
        timer.start();
        return Uptime{QSysInfo::bootUniqueId(), timer.msecsSinceReference()};
    }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start)
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    Uptime uptime() const override { return Uptime{QByteArrayLiteral("manual-clock"), m_uptimeMs}; }
    /// Sets the date and time as a person would: the uptime does not move.
    void set(const QDateTime& moment) { m_now = moment; }
    /// Time passes: both move.
    void advanceSeconds(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        m_uptimeMs += seconds * 1000;
    }
    void advanceDays(int days) { advanceSeconds(qint64(days) * 86400); }

private:
    QDateTime m_now;
    qint64 m_uptimeMs = 0;
};

} // namespace kense
