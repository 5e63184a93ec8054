// Uploads of several desks one after another and all at once: N ЦОН desks of N offices each upload M demo requests
// (with their events) to the centre, each with its own login and connection; then N other desks of N other offices
// upload as many at the same time. Prints both times and their ratio (issue 18's target: at once ≤ 0.65 × one after
// another). Run through with-centre.sh:
//   tests/bench/with-centre.sh build/bench/tests/bench/bench_uploads [--desks 4] [--requests 1000]
#include "BenchCentre.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "sync/Central.h"
#include "sync/CentralRoles.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <mutex>
#include <thread>
#include <vector>

using namespace kense;
using namespace kense::sync;
using namespace kense::bench;

namespace {
struct Desk
{
    QString office;
    CentralAddress address; ///< the centre as this desk's login
    std::unique_ptr<Database> db;
    qint64 changes = 0;
};

/// Uploads the desk's outbox on this thread; returns the changes the centre accepted.
qint64 upload(Desk& desk, const QString& password)
{
    Central central(desk.address, password);
    SyncReport report;
    SyncEngine(desk.db->connection(), central).upload(report);
    return report.uploaded;
}

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kense.*.info=false"));
    Outbox::installSealing();
    QCommandLineParser p;
    const QCommandLineOption desksOption(QStringLiteral("desks"), QStringLiteral("desks in each round"),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("requests a desk uploads"),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    p.addOptions({desksOption, requestsOption});
    p.process(app);
    const int n = std::max(1, p.value(desksOption).toInt());
    const qint64 requests = std::max<qint64>(1, p.value(requestsOption).toLongLong());
    QString error;
    const auto centre = CentralAddress::parse(qEnvironmentVariable("CENTRE_URL"), &error);
    const QString dir = qEnvironmentVariable("WORK_DIR");
    if (!centre || dir.isEmpty())
        throw StorageError{QStringLiteral("run through with-centre.sh (CENTRE_URL, WORK_DIR): %1").arg(error)};
    const QString ownerPassword = qEnvironmentVariable("PGPASSWORD");

    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    const QStringList offices = tsonOffices(dir);
    if (offices.size() < 2 * n)
        throw StorageError{QStringLiteral("%1 desks a round need %2 ЦОН offices").arg(n).arg(2 * n)};
    Central owner(*centre, ownerPassword);
    owner.init();
    CentralRoles roles(owner);
    const QString password = QStringLiteral("bench-uploads-pass-2026");
    std::vector<Desk> desks(size_t(2 * n));
    for (int i = 0; i < 2 * n; ++i) {
        Desk& d = desks.at(size_t(i));
        d.office = offices.at(i);
        d.address = *centre;
        d.address.user = roles.addDesk(d.office + QStringLiteral("-1"), password);
        d.db = std::make_unique<Database>();
        makeDesk(*d.db, QStringLiteral("%1/%2.sqlite").arg(dir, d.office), d.office, QStringLiteral("1"), catalog,
                 calendar);
        DemoData(d.db->connection(), catalog, calendar)
            .generate(requests, QDateTime::currentDateTime(), quint32(i + 1));
        d.changes = Outbox::waiting(d.db->connection());
        d.db->close(); // opened again on the thread that uploads
    }
    say(QStringLiteral("%1 desks a round, %2 requests each (about %3 changes a desk)")
            .arg(n)
            .arg(requests)
            .arg(desks.front().changes));
    const auto reopen = [&](Desk& d) {
        QString why;
        if (!d.db->open(QStringLiteral("%1/%2.sqlite").arg(dir, d.office), Database::Mode::ExistingOnly, &why))
            throw StorageError{why};
    };

    QElapsedTimer t;
    t.start();
    qint64 sent = 0;
    for (int i = 0; i < n; ++i) {
        reopen(desks.at(size_t(i)));
        sent += upload(desks.at(size_t(i)), password);
        desks.at(size_t(i)).db->close();
    }
    const double oneAfterAnother = double(t.elapsed()) / 1000.0;
    say(QStringLiteral("one after another: %1 changes in %2 s").arg(sent).arg(oneAfterAnother, 0, 'f', 2));

    std::vector<std::thread> threads;
    std::vector<qint64> accepted(size_t(n), 0);
    QStringList failures;
    std::mutex lock;
    t.restart();
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            try {
                Desk& d = desks.at(size_t(n + i));
                reopen(d);
                accepted.at(size_t(i)) = upload(d, password);
                d.db->close();
            } catch (const StorageError& e) {
                const std::lock_guard<std::mutex> hold(lock);
                failures << e.message;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    const double atOnce = double(t.elapsed()) / 1000.0;
    qint64 sentAtOnce = 0;
    for (int i = 0; i < n; ++i) {
        sentAtOnce += accepted.at(size_t(i));
        if (accepted.at(size_t(i)) != desks.at(size_t(n + i)).changes)
            failures << QStringLiteral("desk %1: %2 of its %3 changes accepted")
                            .arg(desks.at(size_t(n + i)).office)
                            .arg(accepted.at(size_t(i)))
                            .arg(desks.at(size_t(n + i)).changes);
    }
    say(QStringLiteral("all at once: %1 changes in %2 s").arg(sentAtOnce).arg(atOnce, 0, 'f', 2));
    say(QStringLiteral("ratio at once / one after another: %1").arg(atOnce / oneAfterAnother, 0, 'f', 2));
    for (const QString& f : std::as_const(failures))
        say(QStringLiteral("failed: %1").arg(f));
    return failures.isEmpty() ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[])
{
    try {
        return run(argc, argv);
    } catch (const StorageError& e) {
        say(QStringLiteral("bench_uploads: %1").arg(e.message));
    }
    return 2;
}
