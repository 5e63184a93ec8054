// Upload and pull through a real PostgreSQL: one ЦОН desk's requests with their events go to the centre, a second
// desk of the same office pulls them. Prints time and changes per second for each. Run by measure-sync.sh, which
// starts a durable cluster on this machine.
//   bench_sync --url postgresql://USER@HOST:PORT/DB --requests N [--batch N] --dir DIR   (password: PGPASSWORD)
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

#include <cstdio>

using namespace kense;
using namespace kense::sync;

namespace {
void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void openDesk(Database& db, const QString& path, const QString& desk)
{
    QFile::remove(path);
    QString error;
    if (!db.open(path, Database::Mode::CreateIfMissing, &error))
        qFatal("%s", qPrintable(error));
    DeskRepository(db.connection()).setUpThisDesk(QStringLiteral("KZOTSON01"), desk, Channel::Tson);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Outbox::installSealing();
    QCommandLineParser p;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("central"), QStringLiteral("URL"));
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("n"), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("n"), QStringLiteral("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("DIR"));
    p.addOptions({url, requests, batchOption, dir});
    p.process(app);
    QString error;
    const auto address = CentralAddress::parse(p.value(url), &error);
    if (!address)
        qFatal("%s", qPrintable(error));
    const QString password = qEnvironmentVariable("PGPASSWORD");
    const QString work = p.value(dir);
    QDir().mkpath(work);
    const int batchSize = p.value(batchOption).toInt();

    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    Database a, b;
    openDesk(a, work + QStringLiteral("/desk1.sqlite"), QStringLiteral("1"));
    openDesk(b, work + QStringLiteral("/desk2.sqlite"), QStringLiteral("2"));

    QElapsedTimer t;
    t.start();
    const qint64 made = DemoData(a.connection(), catalog, calendar)
                            .generate(p.value(requests).toLongLong(), QDateTime(QDate(2026, 11, 23), QTime(18, 0)), 7);
    const qint64 changes = Outbox::waiting(a.connection());
    const qint64 events =
        scalar(a.connection(), QStringLiteral("SELECT count(*) FROM events WHERE request_id IS NOT NULL")).toLongLong();
    const qint64 bytes = scalar(a.connection(), QStringLiteral("SELECT sum(length(payload)) FROM outbox")).toLongLong();
    say(QStringLiteral("desk 1: %1 requests, %2 events, %3 changes in its outbox (%4 MB of JSON), written in %5 s")
            .arg(made)
            .arg(events)
            .arg(changes)
            .arg(bytes / 1e6, 0, 'f', 1)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));

    Central owner(*address, password);
    owner.init();
    // Each desk with a login of its own, as at an oblast's centre: its uploads and pulls go through the checks of the
    // desk's identity, the rule book and row-level security (the owner's login would bypass the last).
    const QString deskPassword = QStringLiteral("bench-desk-pass-2026");
    CentralRoles roles(owner);
    CentralAddress deskAddress = *address;
    deskAddress.user = roles.addDesk(QStringLiteral("KZOTSON01-1"), deskPassword);
    Central central(deskAddress, deskPassword);
    deskAddress.user = roles.addDesk(QStringLiteral("KZOTSON01-2"), deskPassword);
    Central central2(deskAddress, deskPassword);

    // Reading the outbox alone, to tell it from the centre's work.
    t.restart();
    qint64 outgoing = 0;
    for (qint64 mark = 0;;) {
        const QList<OutgoingChange> batch = Outbox::after(a.connection(), mark, batchSize);
        if (batch.isEmpty())
            break;
        outgoing += batch.size();
        mark = batch.last().deskSeq;
    }
    say(QStringLiteral("reading the %1 changes of the outbox alone: %2 s")
            .arg(outgoing)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));

    SyncReport up;
    t.restart();
    SyncEngine(a.connection(), central, batchSize).upload(up);
    const double upSeconds = t.elapsed() / 1000.0;
    say(QStringLiteral("upload: %1 changes in %2 s — %3 changes/s (batches of %4); the centre holds %5 requests")
            .arg(up.uploaded)
            .arg(upSeconds, 0, 'f', 1)
            .arg(up.uploaded / upSeconds, 0, 'f', 0)
            .arg(batchSize)
            .arg(owner.count(QStringLiteral("requests"))));

    // Reading alone (the centre's query and the JSON), to tell it from applying at the desk.
    t.restart();
    qint64 read = 0;
    const qint64 latest = central2.latestSeq();
    for (qint64 mark = 0; mark < latest;) {
        const QList<IncomingChange> batch =
            central2.pull(QStringLiteral("KZOTSON01-2"), QStringLiteral("KZOTSON01"), mark, latest, batchSize);
        if (batch.isEmpty())
            break;
        read += batch.size();
        mark = batch.last().seq;
    }
    say(QStringLiteral("reading the %1 changes from the centre alone: %2 s")
            .arg(read)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));

    SyncReport down;
    t.restart();
    SyncEngine(b.connection(), central2, batchSize).pull(down);
    const double downSeconds = t.elapsed() / 1000.0;
    say(QStringLiteral("pull at desk 2: %1 changes (%2 applied) in %3 s — %4 changes/s; desk 2 holds %5 requests")
            .arg(down.pulled)
            .arg(down.applied)
            .arg(downSeconds, 0, 'f', 1)
            .arg(down.pulled / downSeconds, 0, 'f', 0)
            .arg(scalar(b.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong()));

    // A second sync with nothing new: what a desk pays every few minutes.
    SyncReport idle;
    t.restart();
    SyncEngine(b.connection(), central2, batchSize).run();
    say(QStringLiteral("an idle sync afterwards: %1 ms").arg(t.elapsed()));
    if (up.uploaded != changes || down.applied != changes)
        qFatal("not every change arrived");
    return 0;
}
