// The centre under the load of an oblast: N simulated ЦОН desks, each with its own SQLite file and its own desk login
// at the centre, register requests at a steady rate and sync on a schedule for a bounded time, all at once against
// one PostgreSQL. Prints the sync latency (p50, p99, max), the changes per second, the errors, the server's CPU, and
// checks at the end that every request is at the centre exactly once. Run by load-centre.sh, which starts a durable
// cluster on this machine (loopback only) and stops it.
//   load_centre --url postgresql://USER@HOST:PORT/DB --dir DIR [--desks 200] [--per-office 5] [--rate 5]
//               [--sync-every 60] [--minutes 5] [--server-pid PID]            (password: PGPASSWORD)
#include "BenchCentre.h"
#include "Database.h"
#include "DemoData.h"
#include "DeskRepository.h"
#include "SqlUtil.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "sync/Central.h"
#include "sync/CentralRoles.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace kense;
using namespace kense::sync;
using namespace kense::bench;

namespace {
struct Options
{
    CentralAddress centre;
    QString password;
    QString dir;
    int desks = 200;
    int perOffice = 4;
    double rate = 5;       ///< requests a desk registers a minute
    double syncEvery = 60; ///< seconds between a desk's syncs
    double minutes = 5;
};

/// What the desks saw, gathered under one lock.
struct Tally
{
    std::mutex lock;
    std::vector<double> syncMs;
    qint64 registered = 0;
    qint64 uploaded = 0;
    qint64 pulled = 0;
    qint64 errors = 0;
    QStringList firstErrors;
    std::atomic<int> inFlight{0}; ///< syncs running now
    std::atomic<int> mostAtOnce{0};

    void error(const QString& desk, const QString& what)
    {
        const std::lock_guard<std::mutex> hold(lock);
        ++errors;
        if (firstErrors.size() < 10)
            firstErrors << QStringLiteral("%1: %2").arg(desk, what);
    }
};

struct Desk
{
    QString office;
    QString code;       ///< the desk's number in its office
    QString centreUser; ///< its login at the centre
    QString path;
};

/// One sync as the program runs it: a connection of its own (TLS, the desk's login), the outbox up, the office's
/// changes down. Returns the milliseconds it took, or -1 after counting an error.
double syncOnce(const Desk& desk, const Database& db, const Options& o, Tally& tally, const QString& password,
                bool timed = true)
{
    QElapsedTimer t;
    t.start();
    const int now = timed ? ++tally.inFlight : 0;
    for (int most = tally.mostAtOnce; now > most && !tally.mostAtOnce.compare_exchange_weak(most, now);) {
    }
    const auto done = qScopeGuard([&tally, timed] {
        if (timed)
            --tally.inFlight;
    });
    try {
        CentralAddress address = o.centre;
        address.user = desk.centreUser;
        Central central(address, password);
        const SyncReport report = SyncEngine(db.connection(), central).run();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const std::lock_guard<std::mutex> hold(tally.lock);
        tally.uploaded += report.uploaded;
        tally.pulled += report.pulled;
        return ms;
    } catch (const StorageError& e) {
        tally.error(desk.office + QLatin1Char('-') + desk.code, e.message);
    } catch (const std::exception& e) {
        tally.error(desk.office + QLatin1Char('-') + desk.code, QString::fromLocal8Bit(e.what()));
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto at = static_cast<size_t>(std::min<double>(double(v.size()) - 1, p * double(v.size() - 1) + 0.5));
    return v.at(at);
}
} // namespace

int run(int argc, char* argv[]);

int main(int argc, char* argv[])
{
    try {
        return run(argc, argv);
    } catch (const StorageError& e) {
        say(QStringLiteral("load_centre: %1").arg(e.message));
    }
    return 2;
}

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Each desk's migrations and each sync say a line: hundreds of desks would bury the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("kense.*.info=false"));
    Outbox::installSealing();
    QCommandLineParser p;
    const auto option = [](const char* name, const char* what, const char* value = nullptr,
                           const char* byDefault = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(what),
                                  value ? QString::fromLatin1(value) : QString(), QString::fromLatin1(byDefault));
    };
    const auto url = option("url", "the central database", "URL");
    const auto dir = option("dir", "where the desks' files go", "DIR");
    const auto desks = option("desks", "simulated desks", "N", "200");
    const auto perOffice = option("per-office", "desks in each ЦОН office", "N", "5");
    const auto rate = option("rate", "requests a desk registers a minute", "N", "5");
    const auto syncEvery = option("sync-every", "seconds between a desk's syncs", "S", "60");
    const auto minutes = option("minutes", "how long the load runs", "M", "5");
    const auto serverPid = option("server-pid", "the postmaster's pid, for its CPU", "PID", "0");
    p.addOptions({url, dir, desks, perOffice, rate, syncEvery, minutes, serverPid});
    p.addHelpOption();
    p.process(app);
    Options o;
    QString error;
    const auto address = CentralAddress::parse(p.value(url), &error);
    if (!address || p.value(dir).isEmpty())
        qFatal("load_centre: %s", qPrintable(address ? QStringLiteral("--dir is needed") : error));
    o.centre = *address;
    o.password = qEnvironmentVariable("PGPASSWORD");
    o.dir = p.value(dir);
    o.desks = std::max(1, p.value(desks).toInt());
    o.perOffice = std::max(1, p.value(perOffice).toInt());
    o.rate = std::max(0.1, p.value(rate).toDouble());
    o.syncEvery = std::max(1.0, p.value(syncEvery).toDouble());
    o.minutes = std::max(0.1, p.value(minutes).toDouble());
    QDir().mkpath(o.dir);

    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    const QStringList offices = tsonOffices(o.dir);
    if ((o.desks + o.perOffice - 1) / o.perOffice > offices.size())
        qFatal("load_centre: %d desks at %d an office need more than the %lld ЦОН offices of the directory", o.desks,
               o.perOffice, static_cast<long long>(offices.size()));

    // The centre and one login per desk, as at an oblast's centre.
    Central owner(o.centre, o.password);
    owner.init();
    CentralRoles roles(owner);
    const QString deskPassword = QStringLiteral("load-desk-pass-2026");
    std::vector<Desk> plan;
    for (int i = 0; i < o.desks; ++i) {
        Desk d{offices.at(i / o.perOffice), QString::number(i % o.perOffice + 1), {}, {}};
        d.centreUser = roles.addDesk(d.office + QLatin1Char('-') + d.code, deskPassword);
        d.path = QStringLiteral("%1/%2-%3.sqlite").arg(o.dir, d.office, d.code);
        plan.push_back(d);
    }
    say(QStringLiteral("%1 desks in %2 ЦОН offices, each registering %3 requests a minute and syncing every %4 s, "
                       "for %5 min")
            .arg(o.desks)
            .arg((o.desks + o.perOffice - 1) / o.perOffice)
            .arg(o.rate)
            .arg(o.syncEvery)
            .arg(o.minutes));

    // Each desk on a thread of its own: made (its staff's passwords hashed, a few at a time: Argon2 takes memory),
    // then all start together and run until the deadline.
    Tally tally;
    QSemaphore making(std::max(1, QThread::idealThreadCount()));
    QSemaphore closing(8);
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer clock;
    const qint64 runMs = qint64(o.minutes * 60000);
    double cpuAtStart = 0;
    std::vector<std::thread> threads;
    std::vector<qint64> requestsAt(plan.size(), 0);
    for (size_t i = 0; i < plan.size(); ++i) {
        threads.emplace_back([&, i] {
            const Desk& desk = plan.at(i);
            Database db;
            making.acquire();
            makeDesk(db, desk.path, desk.office, desk.code, catalog, calendar);
            making.release();
            ++ready;
            while (!go)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::mt19937 random(quint32(i) * 7919u + 1u);
            const qint64 registerEvery = qint64(60000 / o.rate);
            const qint64 syncEveryMs = qint64(o.syncEvery * 1000);
            qint64 nextRegister = std::uniform_int_distribution<qint64>(0, registerEvery - 1)(random);
            qint64 nextSync = std::uniform_int_distribution<qint64>(0, syncEveryMs - 1)(random);
            quint32 seed = quint32(i) * 100000u;
            DemoData demo(db.connection(), catalog, calendar);
            for (;;) {
                const qint64 now = clock.elapsed();
                if (now >= runMs)
                    break;
                const qint64 next = std::min({nextRegister, nextSync, runMs});
                if (next > now) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(next - now));
                    continue;
                }
                if (nextRegister <= now) {
                    try {
                        demo.generate(1, QDateTime::currentDateTime(), ++seed);
                        const std::lock_guard<std::mutex> hold(tally.lock);
                        ++tally.registered;
                    } catch (const StorageError& e) {
                        tally.error(desk.office + QLatin1Char('-') + desk.code, e.message);
                    }
                    nextRegister += registerEvery;
                }
                if (nextSync <= now) {
                    const double ms = syncOnce(desk, db, o, tally, deskPassword);
                    if (ms >= 0) {
                        const std::lock_guard<std::mutex> hold(tally.lock);
                        tally.syncMs.push_back(ms);
                    }
                    nextSync += syncEveryMs;
                }
            }
            // After the deadline: one last sync each (not timed), so that every request can be counted at the centre —
            // a few at a time: all at once they would be a crowd no centre sees (and more than its connections).
            closing.acquire();
            syncOnce(desk, db, o, tally, deskPassword, false);
            closing.release();
            // Its own (a desk also holds those of its office's other desks, pulled).
            requestsAt[i] =
                scalar(db.connection(), QStringLiteral("SELECT count(*) FROM requests WHERE number LIKE '%1-%2-%'")
                                            .arg(desk.office, desk.code))
                    .toLongLong();
        });
    }
    QElapsedTimer makingTime;
    makingTime.start();
    while (ready < o.desks)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    say(QStringLiteral("desks made in %1 s; the load starts").arg(makingTime.elapsed() / 1000.0, 0, 'f', 1));
    cpuAtStart = serverCpuSeconds(p.value(serverPid).toLongLong());
    clock.start();
    go = true;
    for (std::thread& t : threads)
        t.join();
    const double seconds = double(std::min(clock.elapsed(), runMs)) / 1000.0;
    const double cpu = serverCpuSeconds(p.value(serverPid).toLongLong()) - cpuAtStart;

    qint64 atDesks = 0;
    for (qint64 n : requestsAt)
        atDesks += n;
    const qint64 atCentre = owner.count(QStringLiteral("requests"));
    say(QStringLiteral("syncs: %1 (at most %5 at once) · latency p50 %2 ms, p99 %3 ms, max %4 ms")
            .arg(tally.syncMs.size())
            .arg(percentile(tally.syncMs, 0.50), 0, 'f', 0)
            .arg(percentile(tally.syncMs, 0.99), 0, 'f', 0)
            .arg(percentile(tally.syncMs, 1.0), 0, 'f', 0)
            .arg(tally.mostAtOnce.load()));
    say(QStringLiteral("requests registered: %1 · changes uploaded %2 (%3/s), pulled %4 (%5/s)")
            .arg(tally.registered)
            .arg(tally.uploaded)
            .arg(double(tally.uploaded) / seconds, 0, 'f', 1)
            .arg(tally.pulled)
            .arg(double(tally.pulled) / seconds, 0, 'f', 1));
    if (p.value(serverPid).toLongLong() > 0)
        say(QStringLiteral("server CPU: %1 s in %2 s (%3 of one core)")
                .arg(cpu, 0, 'f', 1)
                .arg(seconds, 0, 'f', 0)
                .arg(cpu / seconds, 0, 'f', 2));
    say(QStringLiteral("errors: %1").arg(tally.errors));
    for (const QString& e : std::as_const(tally.firstErrors))
        say(QStringLiteral("  %1").arg(e));
    say(QStringLiteral("requests at the desks: %1 · at the centre: %2").arg(atDesks).arg(atCentre));
    if (tally.errors > 0 || atDesks != atCentre) {
        say(QStringLiteral("load_centre: FAILED (an error, or a request not at the centre exactly once)"));
        return 1;
    }
    return 0;
}
