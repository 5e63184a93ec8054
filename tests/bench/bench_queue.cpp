// The queue's speed on a desk database of a million requests (figures for the notes; no pass/fail on time).
//   bench_queue --db FILE [--count N] [--samples N] [--fresh]
// Makes the database with demo data if it does not exist (and times that), then measures: registering one
// request durably; the same rows written by a bare sqlite3 C loop with the same durability (on a copy); search by
// number, IIN and name prefix; the first page of the journal with each filter; db verify; file size; peak memory.
#include "Backup.h"
#include "Database.h"
#include "DemoData.h"
#include "EventLog.h"
#include "Intake.h"
#include "Journal.h"
#include "SqlUtil.h"
#include "UserRepository.h"
#include "platform/Platform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace kense;

namespace {
struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return {ms[ms.size() / 2], ms[std::min<qsizetype>(ms.size() - 1, (ms.size() * 99) / 100)]};
}

Stats measure(int samples, const std::function<void(int)>& op)
{
    QList<double> ms;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        op(i);
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    return stats(ms);
}

void row(const char* what, const Stats& s)
{
    std::printf("| %-44s | %9.3f | %9.3f |\n", what, s.median, s.p99);
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return QString::fromLatin1(line.mid(6).trimmed());
        }
    }
    return QStringLiteral("n/a");
}

void plan(const QSqlDatabase& db, const char* what, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    q.exec();
    std::printf("%s:\n", what);
    while (q.next())
        std::printf("    %s\n", qPrintable(q.value(3).toString()));
}

/// The rows of one registration, written with the sqlite3 C API: prepared once, one durable transaction each.
struct BareLoop
{
    sqlite3* db = nullptr;
    QList<sqlite3_stmt*> statements;
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            qFatal("bare loop: %s", sqlite3_errmsg(db));
        statements << s;
        return s;
    }
    static void run(sqlite3_stmt* s)
    {
        if (sqlite3_step(s) != SQLITE_DONE && sqlite3_errcode(sqlite3_db_handle(s)) != SQLITE_ROW)
            qFatal("bare loop: %s", sqlite3_errmsg(sqlite3_db_handle(s)));
        sqlite3_reset(s);
    }
    ~BareLoop()
    {
        for (sqlite3_stmt* s : statements)
            sqlite3_finalize(s);
        sqlite3_close(db);
    }
};
} // namespace

int main(int argc, char* argv[])
{
    Platform::init();
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Requests."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Samples."), QStringLiteral("N"),
                                           QStringLiteral("200"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("Start from a new database."));
    p.addOptions({dbOption, countOption, samplesOption, freshOption});
    p.process(app);
    const QString path = p.value(dbOption);
    if (p.isSet(freshOption)) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    const qint64 count = p.value(countOption).toLongLong();
    const int samples = p.value(samplesOption).toInt();
    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    const WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    const QDateTime now(QDate(2026, 11, 23), QTime(15, 0));

    Database db;
    QString error;
    const bool fresh = !QFileInfo::exists(path);
    if (!db.open(path, Database::Mode::CreateIfMissing, &error))
        qFatal("%s", qPrintable(error));
    if (fresh) {
        DeskRepository(db.connection()).setUpThisDesk(QStringLiteral("KZOTSON01"), QStringLiteral("1"), Channel::Tson);
        QElapsedTimer t;
        t.start();
        DemoData(db.connection(), catalog, calendar).generate(count, now, 1);
        std::printf("demo-data: %lld requests in %.1f s\n", static_cast<long long>(count),
                    static_cast<double>(t.elapsed()) / 1000.0);
    }
    const qint64 requests = scalar(db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong();
    std::printf("database: %s, %lld requests, %.1f MiB\n\n", qPrintable(path), static_cast<long long>(requests),
                static_cast<double>(QFileInfo(path).size()) / 1048576.0);
    std::printf("| operation (%d samples)                        | median ms |    p99 ms |\n", samples);
    std::printf("|----------------------------------------------|-----------|-----------|\n");

    // 1. Registering one request durably (synchronous=FULL), through the same path as the desk.
    UserRepository users(db.connection());
    auto clerk = users.byLogin(QStringLiteral("bench-operator"));
    if (!clerk)
        clerk = users.add(QStringLiteral("bench-operator"),
                          PersonalName{QStringLiteral("Бенчева"), QStringLiteral("Айгүл"), {}}, {Role::TsonOperator},
                          QStringLiteral("bench-password"), now);
    RequestDraft draft;
    draft.serviceId = QStringLiteral("duplicate-secondary-edu-vko");
    draft.channel = Channel::Tson;
    draft.fields = {{QStringLiteral("applicant.iin"), QStringLiteral("061211600129")},
                    {QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЯ")},
                    {QStringLiteral("applicant.given_name"), QStringLiteral("Қасымқызы")},
                    {QStringLiteral("applicant.phone"), QStringLiteral("87011234567")},
                    {QStringLiteral("applicant.address"), QStringLiteral("Өскемен")},
                    {QStringLiteral("subject.document_kind"), QStringLiteral("general_secondary")},
                    {QStringLiteral("subject.holder_surname"), QStringLiteral("Нұрланова")},
                    {QStringLiteral("subject.holder_given_name"), QStringLiteral("Әлия")},
                    {QStringLiteral("subject.school"), QStringLiteral("№ 12 мектеп")},
                    {QStringLiteral("subject.graduation_year"), QStringLiteral("2015")},
                    {QStringLiteral("subject.reason"), QStringLiteral("lost")}};
    draft.documents = {{QStringLiteral("application"), DocumentStatus::Original},
                       {QStringLiteral("identity_document"), DocumentStatus::Original}};
    Intake intake(db.connection(), catalog, calendar);
    QString lastNumber;
    const Stats reg = measure(samples, [&](int) {
        const IntakeOutcome o = intake.submit(draft, *clerk, now, false);
        if (!o.registered())
            qFatal("registration failed");
        lastNumber = o.request->number;
    });
    row("register one request (durable)", reg);

    // 2. The same rows through a bare sqlite3 C loop, same durability, on a copy of the database.
    const QString copy = path + QStringLiteral(".bare-copy");
    QFile::remove(copy);
    Backup::backUp(db.connection(), copy);
    Stats bare;
    {
        BareLoop loop;
        sqlite3_open(copy.toUtf8().constData(), &loop.db);
        sqlite3_exec(loop.db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;", nullptr,
                     nullptr, nullptr);
        sqlite3_stmt* begin = loop.prepare("BEGIN IMMEDIATE");
        sqlite3_stmt* commit = loop.prepare("COMMIT");
        sqlite3_stmt* seq = loop.prepare("UPDATE sequences SET last = last + 1 WHERE desk_id = 1 AND year = 2026");
        sqlite3_stmt* req = loop.prepare(
            "INSERT INTO requests (uuid, number, service_id, channel, office_id, desk_id, accepted_by, accepted_at, "
            "state, due_at, applicant_name, applicant_iin, fields, updated_at) VALUES (?1, ?2, "
            "'duplicate-secondary-edu-vko', 'tson', 1, 1, 1, '2026-11-23T15:00:00', 'registered', "
            "'2026-12-23T18:30:00', 'ӘЛИЯ Қасымқызы', '061211600129', ?3, '2026-11-23T15:00:00')");
        sqlite3_stmt* party = loop.prepare("INSERT INTO parties (request_id, role, iin, surname, given_name, phone, "
                                           "address) VALUES (?1, ?2, '061211600129', 'ӘЛИЯ', 'Қасымқызы', "
                                           "'+7 701 123 45 67', 'Өскемен')");
        sqlite3_stmt* doc = loop.prepare("INSERT INTO request_documents (request_id, position, kind_id, required, "
                                         "status) VALUES (?1, ?2, 1, 1, 'original')");
        sqlite3_stmt* step = loop.prepare("INSERT INTO step_deadlines (request_id, n, actor, due_at) "
                                          "VALUES (?1, ?2, 'tson_operator', '2026-11-23T15:15:00')");
        sqlite3_stmt* event = loop.prepare("INSERT INTO events (uuid, request_id, at, user_id, kind, from_state, "
                                           "to_state, prev_hash, hash) VALUES (?1, ?2, '2026-11-23T15:00:00', 1, "
                                           "'registered', 'draft', 'registered', zeroblob(32), randomblob(32))");
        sqlite3_stmt* fts =
            loop.prepare("INSERT INTO person_names (rowid, names) VALUES (?1, 'ӘЛИЯ Қасымқызы Нұрланова Әлия')");
        const QByteArray fieldsJson =
            scalar(db.connection(), QStringLiteral("SELECT fields FROM requests WHERE number = ?"), {lastNumber})
                .toString()
                .toUtf8();
        bare = measure(samples, [&](int i) {
            BareLoop::run(begin);
            BareLoop::run(seq);
            const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray number = "BARE-1-2026-" + QByteArray::number(i).rightJustified(6, '0');
            sqlite3_bind_text(req, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(req, 2, number.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(req, 3, fieldsJson.constData(), -1, SQLITE_TRANSIENT);
            BareLoop::run(req);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(loop.db);
            for (const char* role : {"applicant", "subject"}) {
                sqlite3_bind_int64(party, 1, id);
                sqlite3_bind_text(party, 2, role, -1, SQLITE_STATIC);
                BareLoop::run(party);
            }
            for (int n = 1; n <= 5; ++n) {
                sqlite3_bind_int64(doc, 1, id);
                sqlite3_bind_int(doc, 2, n);
                BareLoop::run(doc);
                sqlite3_bind_int64(step, 1, id);
                sqlite3_bind_int(step, 2, n);
                BareLoop::run(step);
            }
            const QByteArray eventUuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            sqlite3_bind_text(event, 1, eventUuid.constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(event, 2, id);
            BareLoop::run(event);
            sqlite3_bind_int64(fts, 1, id);
            BareLoop::run(fts);
            BareLoop::run(commit);
        });
    }
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    row("same rows, bare sqlite3 C loop (durable)", bare);
    std::printf("| %-44s | %9.2f | %9.2f |\n", "ratio Kense / bare", reg.median / bare.median, reg.p99 / bare.p99);

    // 3. Searches and first pages. Sample values are taken from the database itself.
    QList<QString> numbers, iins, names;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT number, applicant_iin, applicant_name FROM requests ORDER BY random() LIMIT %1")
                   .arg(samples));
        while (q.next()) {
            numbers << q.value(0).toString();
            iins << q.value(1).toString();
            names << q.value(2).toString().section(QLatin1Char(' '), 0, 0).left(4);
        }
    }
    Journal journal(db.connection());
    auto searchBy = [&](const QList<QString>& texts) {
        return measure(samples, [&](int i) {
            JournalFilter f;
            f.text = texts[i % texts.size()];
            if (journal.page(f, 50).isEmpty())
                qFatal("no hit for %s", qPrintable(f.text));
        });
    };
    row("search by number (exact)", searchBy(numbers));
    QList<QString> prefixes;
    for (const QString& n : std::as_const(numbers))
        prefixes << n.left(n.size() - 2);
    row("search by number prefix", searchBy(prefixes));
    row("search by IIN", searchBy(iins));
    row("search by name prefix (4 letters)", searchBy(names));

    const QDateTime soon = DeadlineCalculator(calendar, OfficeHours{}).add(now, Duration{1, TimeUnit::WorkingDays});
    QList<std::pair<const char*, JournalFilter>> filters;
    auto add = [&](const char* name, const std::function<void(JournalFilter&)>& set) {
        JournalFilter f;
        f.now = now;
        f.soonUntil = soon;
        set(f);
        filters << std::pair{name, f};
    };
    add("first page: no filter", [](JournalFilter&) {});
    add("first page: state = in_work", [](JournalFilter& f) { f.state = RequestState::InWork; });
    add("first page: state = refusal_issued", [](JournalFilter& f) { f.state = RequestState::RefusalIssued; });
    add("first page: service", [](JournalFilter& f) { f.serviceId = QStringLiteral("externat-permit-almaty"); });
    add("first page: channel = provider", [](JournalFilter& f) { f.channel = Channel::Provider; });
    add("first page: SLA overdue", [](JournalFilter& f) { f.sla = SlaState::Overdue; });
    add("first page: SLA due soon", [](JournalFilter& f) { f.sla = SlaState::DueSoon; });
    add("first page: SLA on time", [](JournalFilter& f) { f.sla = SlaState::OnTime; });
    add("first page: one month", [](JournalFilter& f) {
        f.from = QDate(2025, 3, 1);
        f.to = QDate(2025, 3, 31);
    });
    add("first page: executor", [](JournalFilter& f) { f.executorId = 4; });
    // «Waiting for me» of the demo's head and of its first executor (the status bar's count, the Ctrl+M page).
    const auto demoUser = [&](const char* login) {
        return *UserRepository(db.connection()).byLogin(QString::fromLatin1(login));
    };
    const UserRecord demoHead = demoUser("demo-head");
    const UserRecord demoExecutor = demoUser("demo-executor-1");
    add("first page: waiting for the head", [&](JournalFilter& f) {
        f.awaiting = awaitingFor(demoHead.roles, catalog);
        f.awaitingUser = demoHead.id;
    });
    add("first page: waiting for an executor", [&](JournalFilter& f) {
        f.awaiting = awaitingFor(demoExecutor.roles, catalog);
        f.awaitingUser = demoExecutor.id;
    });
    add("first page: state + service + month", [](JournalFilter& f) {
        f.state = RequestState::Issued;
        f.serviceId = QStringLiteral("duplicate-secondary-edu-vko");
        f.from = QDate(2025, 3, 1);
        f.to = QDate(2025, 3, 31);
    });
    for (const auto& [name, f] : std::as_const(filters))
        row(name, measure(samples, [&](int) { journal.page(f, 50); }));
    // The journal's count beside the filters (JournalModel::kCountCap), on the store's thread, for each filter.
    for (const auto& [name, f] : std::as_const(filters)) {
        const QByteArray label = QByteArray("count: ") + QByteArray(name).mid(int(qstrlen("first page: ")));
        row(label.constData(), measure(samples, [&](int) { journal.count(f, 100000); }));
    }
    {
        std::optional<JournalCursor> cursor;
        JournalFilter f;
        const qint64 depth = std::min<qint64>(200, requests / 50 - 1); // walk up to 10,000 rows deep
        for (qint64 i = 0; i < depth; ++i)
            cursor = Journal::cursorAfter(journal.page(f, 50, cursor).last());
        row("a page up to 10,000 rows deep (keyset)", measure(samples, [&](int) { journal.page(f, 50, cursor); }));
    }

    QElapsedTimer t;
    t.start();
    const QString integrity = scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString();
    const double integrityS = static_cast<double>(t.elapsed()) / 1000.0;
    t.restart();
    const ChainReport chain = EventLog::verify(db.connection());
    const double chainS = static_cast<double>(t.elapsed()) / 1000.0;
    std::printf("\ndb verify: integrity_check %s in %.1f s; event chain %s, %lld events in %.1f s\n",
                qPrintable(integrity), integrityS, chain.ok ? "intact" : "BROKEN",
                static_cast<long long>(chain.checked), chainS);
    std::printf("file size: %.1f MiB (+ WAL %.1f MiB); peak memory (VmHWM): %s\n\n",
                static_cast<double>(QFileInfo(path).size()) / 1048576.0,
                static_cast<double>(QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0,
                qPrintable(peakMemory()));

    std::printf("query plans:\n");
    QVariantList values;
    JournalFilter f;
    f.text = numbers.value(0);
    plan(db.connection(), "by number", journal.sqlFor(f, 50, std::nullopt, &values), values);
    values.clear();
    f.text = iins.value(0);
    plan(db.connection(), "by IIN", journal.sqlFor(f, 50, std::nullopt, &values), values);
    values.clear();
    f.text = names.value(0);
    plan(db.connection(), "by name prefix", journal.sqlFor(f, 50, std::nullopt, &values), values);
    for (const auto& [name, filter] : std::as_const(filters)) {
        values.clear();
        plan(db.connection(), name, journal.sqlFor(filter, 50, std::nullopt, &values), values);
    }
    return 0;
}
