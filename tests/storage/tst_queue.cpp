// The request queue against a real SQLite file: numbering, registration, refusal, workflow, the event log,
// backup and restore. Every function has a desk of its own (init), so each passes alone.
#include "Backup.h"
#include "EventLog.h"
#include "Intake.h"
#include "Journal.h"
#include "QueueStore.h"
#include "QueueStoreAccess.h"
#include "Results.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int month, int day, int hour, int minute = 0, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}
} // namespace

class TestQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk; ///< a new desk for every function: each stands alone

    IntakeOutcome submit(const RequestDraft& d, const QDateTime& when, const UserRecord* user = nullptr,
                         bool refuse = false)
    {
        return Intake(m_desk->db.connection(), m_desk->catalog, m_desk->calendar)
            .submit(d, user ? *user : m_desk->clerk, when, refuse);
    }

private Q_SLOTS:
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp();
    }
    void cleanup() { m_desk.reset(); }

    void officeDirectory_isSeededWhole()
    {
        const QList<OfficeRecord> offices = DeskRepository(m_desk->db.connection()).offices();
        QCOMPARE(offices.size(), 211);
        const auto tson = DeskRepository(m_desk->db.connection()).officeByCode(QStringLiteral("KZOTSON01"));
        QVERIFY(tson);
        QCOMPARE(tson->kind, QStringLiteral("tson_branch"));
        QCOMPARE(tson->directoryId, QStringLiteral("kzo-tson-01"));
    }

    void register_numbersGapFreePerDeskAndYear_andWritesEverything()
    {
        const IntakeOutcome a = submit(duplicateDraft(), at(12, 10, 10));
        QVERIFY2(a.errors.isEmpty(), qPrintable(a.errors.value(0).message));
        QVERIFY(a.registered());
        QCOMPARE(a.request->number, QStringLiteral("KZOEDU01-1-2026-000001"));
        QCOMPARE(a.request->dueAt, at(1, 11, 18, 30, 2027)); // 30 calendar days → Saturday 9 Jan → Monday 11
        const IntakeOutcome b = submit(duplicateDraft(), at(12, 10, 11));
        QCOMPARE(b.request->number, QStringLiteral("KZOEDU01-1-2026-000002"));
        const IntakeOutcome c = submit(duplicateDraft(), at(1, 5, 10, 0, 2027));
        QCOMPARE(c.request->number, QStringLiteral("KZOEDU01-1-2027-000001")); // a new year starts at 1

        const auto r = RequestRepository(m_desk->db.connection(), &m_desk->catalog).load(a.request->number);
        QVERIFY(r);
        QCOMPARE(r->state, RequestState::Registered);
        QCOMPARE(r->acceptedBy, QStringLiteral("saule"));
        QCOMPARE(r->parties.size(), 2);
        QCOMPARE(partyRoleName(r->parties[0].role), QStringLiteral("applicant"));
        QCOMPARE(r->parties[0].iin, QStringLiteral("061211600129"));
        QCOMPARE(r->parties[0].phone, QStringLiteral("+7 701 123 45 67")); // normalised on the way in
        QCOMPARE(partyRoleName(r->parties[1].role), QStringLiteral("subject"));
        QCOMPARE(r->parties[1].surname, QStringLiteral("Нұрланова"));
        QCOMPARE(r->documents.size(), 5);
        QCOMPARE(r->documents[0].status, DocumentStatus::Original);
        QCOMPARE(r->documents[4].status, DocumentStatus::Missing); // power of attorney: optional, not brought
        QCOMPARE(r->steps.size(), 5);
        QCOMPARE(r->steps[0].dueAt, at(12, 10, 10, 15));
        QCOMPARE(r->events.size(), 1);
        QCOMPARE(r->events[0].kind, QStringLiteral("registered"));
        QCOMPARE(r->fields.value(QStringLiteral("subject.school")), QStringLiteral("№ 12 мектеп"));
    }

    void missingRequiredDocument_refuses_andKeepsTheAttempt()
    {
        RequestDraft d = duplicateDraft();
        d.documents.remove(QStringLiteral("identity_document"));
        IntakeOutcome o = submit(d, at(12, 11, 9));
        QVERIFY(!o.request); // without refuseIfIncomplete: only reported
        QCOMPARE(o.missingDocuments().size(), 1);
        QCOMPARE(o.missingDocuments()[0].id, QStringLiteral("identity_document"));
        o = submit(d, at(12, 11, 9), nullptr, true);
        QVERIFY(o.request);
        QCOMPARE(o.request->state, RequestState::RefusedAtIntake);
        const auto r = RequestRepository(m_desk->db.connection(), &m_desk->catalog).load(o.request->number);
        QCOMPARE(r->events[0].kind, QStringLiteral("refused_at_intake"));
        QCOMPARE(r->documents[1].status, DocumentStatus::Missing);
    }

    void invalidDraft_writesNothing()
    {
        const qint64 before =
            scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong();
        RequestDraft d = duplicateDraft();
        d.fields[QStringLiteral("applicant.iin")] = QStringLiteral("061211600128");
        d.fields[QStringLiteral("applicant.phone")] = QStringLiteral("12");
        const IntakeOutcome o = submit(d, at(12, 11, 9));
        QCOMPARE(o.errors.size(), 2);
        QCOMPARE(o.errors[0].fieldId, QStringLiteral("applicant.iin"));
        QCOMPARE(o.errors[1].fieldId, QStringLiteral("applicant.phone"));
        QVERIFY(!o.request);
        QCOMPARE(scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong(), before);
        // The head may not take applications; a ЦОН request is not taken at a school's desk.
        QCOMPARE(submit(duplicateDraft(), at(12, 11, 9), &m_desk->head).errors.value(0).fieldId,
                 QStringLiteral("user"));
        QCOMPARE(submit(duplicateDraft(Channel::Tson), at(12, 11, 9)).errors.value(0).fieldId,
                 QStringLiteral("channel"));
    }

    /// A computer's clock set back would date a request — and start its legal deadlines — before what the desk had
    /// already recorded. It was registered all the same, numbered after a later one. Now it is refused, naming both
    /// moments, and nothing is written; a few minutes of drift between two computers' clocks are let through.
    void aClockSetBack_isRefused_nothingWritten()
    {
        const QString first = submit(duplicateDraft(), at(12, 14, 10)).request->number;
        const qint64 before =
            scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        const IntakeOutcome back = submit(duplicateDraft(), at(12, 14, 9));
        QVERIFY(!back.registered());
        QVERIFY(back.refusedByRule);
        QCOMPARE(back.errors.value(0).fieldId, QStringLiteral("clock"));
        QVERIFY2(back.errors.value(0).message.contains(QStringLiteral("14.12.2026 09:00")) &&
                     back.errors.value(0).message.contains(QStringLiteral("14.12.2026 10:00")),
                 qPrintable(back.errors.value(0).message));
        QCOMPARE(scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM events")).toLongLong(), before);
        QVERIFY(submit(duplicateDraft(), at(12, 14, 9, 57)).registered()); // 3 minutes of drift
        QVERIFY(first < submit(duplicateDraft(), at(12, 14, 11)).request->number);
    }

    void workflow_followsTheCoreRoleRules()
    {
        const QString number = submit(duplicateDraft(), at(12, 14, 10)).request->number;
        RequestRepository repo(m_desk->db.connection(), &m_desk->catalog);
        auto refused = [&](Transition t, const UserRecord& u, std::optional<qint64> exec = std::nullopt) {
            try {
                repo.advance(number, t, u, at(12, 14, 12), QString(), exec);
            } catch (const StorageError& e) {
                return e.message;
            }
            return QString();
        };
        QVERIFY(refused(Transition::AssignExecutor, m_desk->clerk, m_desk->executor.id)
                    .contains(QStringLiteral("only Head")));
        // Said in words a clerk reads: the move's, the state's and the channel's titles, never their codes.
        const QString wrongState = refused(Transition::SignResult, m_desk->head);
        QVERIFY2(wrongState.contains(QStringLiteral("cannot be done")) &&
                     wrongState.contains(transitionTitle(Transition::SignResult)) &&
                     wrongState.contains(stateTitle(RequestState::Registered)) &&
                     wrongState.contains(channelTitle(Channel::Provider)) &&
                     !wrongState.contains(QStringLiteral("sign_result")) &&
                     !wrongState.contains(QStringLiteral("registered")),
                 qPrintable(wrongState));
        QVERIFY(
            refused(Transition::AssignExecutor, m_desk->head, m_desk->clerk.id).contains(QStringLiteral("executor")));
        QCOMPARE(
            repo.advance(number, Transition::AssignExecutor, m_desk->head, at(12, 14, 11), {}, m_desk->executor.id),
            RequestState::InWork);
        QCOMPARE(repo.advance(number, Transition::PrepareResult, m_desk->executor, at(12, 20, 11)),
                 RequestState::ResultPrepared);
        QCOMPARE(repo.advance(number, Transition::SignResult, m_desk->head, at(12, 21, 11)),
                 RequestState::ResultSigned);
        QCOMPARE(repo.advance(number, Transition::IssueResult, m_desk->clerk, at(12, 22, 11),
                              QStringLiteral("выдано лично")),
                 RequestState::Issued);
        const auto r = repo.load(number);
        QCOMPARE(r->executor, QStringLiteral("erlan"));
        QCOMPARE(r->events.size(), 5);
        QCOMPARE(r->events.last().user, QStringLiteral("saule"));
        QCOMPARE(r->events.last().toState, QStringLiteral("issued"));
        QCOMPARE(r->events.last().note, QStringLiteral("выдано лично"));
    }

    /// A grade is 2 to 5 or a pass: anything else is refused with its line and the rule, and nothing is saved; a
    /// pass typed in Russian is kept in one spelling.
    void result_gradesAreCheckedAndKeptInOneSpelling()
    {
        TestDesk own;
        own.setUp();
        const QString number = Intake(own.db.connection(), own.catalog, own.calendar)
                                   .submit(duplicateDraft(), own.clerk, at(12, 14, 10), false)
                                   .request->number;
        RequestRepository(own.db.connection(), &own.catalog)
            .advance(number, Transition::AssignExecutor, own.head, at(12, 14, 11), {}, own.executor.id);
        Results results(own.db.connection());
        const DeskRecord desk = *DeskRepository(own.db.connection()).thisDesk();
        const ServiceVariant& duplicate = *own.catalog.variant(duplicateDraft().serviceId);
        const QList<QPair<QString, QString>> bad = {{QStringLiteral("Қазақ тілі"), QStringLiteral("5")},
                                                    {QStringLiteral("Химия"), QStringLiteral("6")}};
        try {
            results.save(desk, number, duplicate, {}, bad, own.executor, at(12, 15, 9));
            QFAIL("a grade of 6 was saved");
        } catch (const StorageError& e) {
            QVERIFY2(e.message.contains(QStringLiteral("line 2 (Химия)")) &&
                         e.message.contains(QStringLiteral("\"6\"")),
                     qPrintable(e.message));
        }
        QVERIFY(!results.load(number));
        const ResultRecord saved = results.save(desk, number, duplicate, {},
                                                {{QStringLiteral(" Дене шынықтыру "), QStringLiteral("Зачет")},
                                                 {QStringLiteral("Химия"), QStringLiteral(" 4 ")}},
                                                own.executor, at(12, 15, 9));
        QCOMPARE(saved.grades.at(0), qMakePair(QStringLiteral("Дене шынықтыру"), QStringLiteral("сынақ")));
        QCOMPARE(saved.grades.at(1), qMakePair(QStringLiteral("Химия"), QStringLiteral("4")));
    }

    /// Who received a result is said only at issue, and only of someone the request has.
    void issue_recordsWhoReceivedIt_andOnlySomeoneTheRequestHas()
    {
        TestDesk own;
        own.setUp();
        const QString number = Intake(own.db.connection(), own.catalog, own.calendar)
                                   .submit(duplicateDraft(), own.clerk, at(12, 14, 10), false)
                                   .request->number;
        RequestRepository repo(own.db.connection(), &own.catalog);
        const auto refused = [&](Transition t, const UserRecord& u, PartyRole who) {
            try {
                repo.advance(number, t, u, at(12, 14, 12), {},
                             t == Transition::AssignExecutor ? std::optional<qint64>(own.executor.id) : std::nullopt,
                             who);
            } catch (const StorageError& e) {
                return e.message;
            }
            return QString();
        };
        QVERIFY(refused(Transition::AssignExecutor, own.head, PartyRole::Applicant).contains(QStringLiteral("issued")));
        repo.advance(number, Transition::AssignExecutor, own.head, at(12, 14, 11), {}, own.executor.id);
        repo.advance(number, Transition::PrepareResult, own.executor, at(12, 15, 11));
        repo.advance(number, Transition::SignResult, own.head, at(12, 16, 11));
        QVERIFY(refused(Transition::IssueResult, own.clerk, PartyRole::Representative)
                    .contains(QStringLiteral("no representative")));
        QVERIFY(refused(Transition::IssueResult, own.clerk, PartyRole::Subject).contains(QStringLiteral("applicant")));
        QCOMPARE(repo.load(number)->state, RequestState::ResultSigned);
        repo.advance(number, Transition::IssueResult, own.clerk, at(12, 17, 11), {}, std::nullopt,
                     PartyRole::Applicant);
        QCOMPARE(repo.load(number)->events.last().after, QStringLiteral("applicant"));
    }

    void eventLog_isAppendOnly_andVerifies()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(submit(duplicateDraft(), at(12, 10, 10 + i)).registered());
        QSqlQuery q(m_desk->db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET note = 'x' WHERE id = 1")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events WHERE id = 1")));
        const ChainReport report = EventLog::verify(m_desk->db.connection());
        QVERIFY(report.ok);
        QVERIFY(report.checked >= 3);
    }

    void backupAndRestore_roundTrip()
    {
        QVERIFY(submit(duplicateDraft(), at(12, 10, 10)).registered());
        const QString copy = m_desk->dir.filePath(QStringLiteral("copy.sqlite"));
        Backup::backUp(m_desk->db.connection(), copy);
        QVERIFY_THROWS_EXCEPTION(StorageError, Backup::backUp(m_desk->db.connection(), copy)); // never overwrites
        const QString target = m_desk->dir.filePath(QStringLiteral("restored.sqlite"));
        Backup::restore(copy, target);
        Database restored;
        QString error;
        QVERIFY(restored.open(target, Database::Mode::ExistingOnly, &error));
        QCOMPARE(scalar(restored.connection(), QStringLiteral("SELECT count(*) FROM requests")),
                 scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM requests")));
        QVERIFY(EventLog::verify(restored.connection()).ok);
        restored.close();
        // A file that is not a database is refused and the target is kept.
        QFile junk(m_desk->dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY_THROWS_EXCEPTION(StorageError, Backup::restore(junk.fileName(), target));
        QVERIFY(restored.open(target, Database::Mode::ExistingOnly, &error));
    }

    void queueStore_answersOnItsOwnThread()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(submit(duplicateDraft(), at(12, 10, 10 + i)).registered());
        QueueStore store(m_desk->catalog, m_desk->calendar);
        QFuture<int> opened = store.open(m_desk->path(), Database::Mode::ExistingOnly);
        try {
            QCOMPARE(opened.result(), Database::currentSchemaVersion());
        } catch (const StorageError& e) {
            QFAIL(qPrintable(e.message));
        }
        QFuture<QList<JournalRow>> page = store.journalPage(JournalFilter{}, 3);
        page.waitForFinished();
        QCOMPARE(page.result().size(), 3);
        QThread* worker =
            QueueStoreAccess::run<QThread*>(store, [](QueueSession&) { return QThread::currentThread(); }).result();
        QVERIFY(worker != QThread::currentThread());
        QFuture<IntakeOutcome> outcome = store.submit(duplicateDraft(), m_desk->clerk, at(12, 15, 10), false);
        QVERIFY(outcome.result().registered());
        // A failure arrives as the StorageError it is.
        QFuture<RequestState> bad =
            store.advance(QStringLiteral("NO-SUCH"), Transition::SignResult, m_desk->head, at(12, 15, 11));
        bool failed = false;
        QString reason;
        bad.onFailed([&](const StorageError& e) {
               failed = true;
               reason = e.message;
               return RequestState::Draft;
           })
            .waitForFinished();
        QVERIFY(failed);
        QVERIFY(reason.contains(QStringLiteral("no request")));
    }

    void edit_byTheRolesTheCoreAllows_withBeforeAfter_andSearchFollows()
    {
        const QSqlDatabase db = m_desk->db.connection();
        const QString number = submit(duplicateDraft(), at(11, 2, 10)).request->number;
        const ServiceVariant& variant = *m_desk->catalog.variant(QStringLiteral("duplicate-secondary-edu-vko"));
        RequestRepository requests(db, &m_desk->catalog);
        // The clerk corrects a typo while the request is still at the desk; the phone is normalised by the core.
        const QStringList changed = requests.edit(number, variant,
                                                  {{QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЕВА")},
                                                   {QStringLiteral("applicant.phone"), QStringLiteral("87017654321")}},
                                                  m_desk->clerk, at(11, 2, 11));
        QCOMPARE(changed, (QStringList{QStringLiteral("applicant.phone"), QStringLiteral("applicant.surname")}));
        const auto r = requests.load(number);
        QCOMPARE(r->fields.value(QStringLiteral("applicant.phone")), QStringLiteral("+7 701 765 43 21"));
        QCOMPARE(r->parties.first().surname, QStringLiteral("ӘЛИЕВА"));
        const EventRecord& e = r->events.last();
        QCOMPARE(e.kind, QStringLiteral("edit"));
        QVERIFY2(e.note.contains(QStringLiteral("applicant.surname")), qPrintable(e.note));
        const QString before =
            scalar(db, QStringLiteral("SELECT before FROM events WHERE kind = 'edit' ORDER BY id DESC LIMIT 1"))
                .toString();
        QVERIFY2(before.contains(QStringLiteral("ӘЛИЯ")), qPrintable(before));
        // The search finds the new name, not the old one.
        JournalFilter f;
        f.text = QStringLiteral("әлиева");
        QCOMPARE(Journal(db).page(f, 10).size(), 1);
        // The same value again changes nothing and writes nothing.
        const qint64 events = scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        QVERIFY(requests
                    .edit(number, variant, {{QStringLiteral("applicant.surname"), QStringLiteral("ӘЛИЕВА")}},
                          m_desk->clerk, at(11, 2, 12))
                    .isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong(), events);
        // A bad value is refused naming the field; nothing changes.
        try {
            requests.edit(number, variant, {{QStringLiteral("applicant.iin"), QStringLiteral("061211600128")}},
                          m_desk->clerk, at(11, 2, 12));
            QFAIL("a wrong IIN was accepted");
        } catch (const StorageError& e2) {
            QVERIFY2(e2.message.startsWith(QStringLiteral("applicant.iin:")), qPrintable(e2.message));
        }
        // Once with the head, the clerk no longer edits; the head still does; the executor never.
        requests.advance(number, Transition::AssignExecutor, m_desk->head, at(11, 3, 9), {}, m_desk->executor.id);
        for (const UserRecord* u : {&m_desk->clerk, &m_desk->executor, &m_desk->admin}) {
            try {
                requests.edit(number, variant, {{QStringLiteral("applicant.address"), QStringLiteral("Өскемен")}}, *u,
                              at(11, 3, 10));
                QFAIL(qPrintable(u->login + QStringLiteral(" edited a request in work")));
            } catch (const StorageError& e3) {
                QVERIFY2(e3.message.contains(QStringLiteral("may not correct")), qPrintable(e3.message));
            }
        }
        QCOMPARE(requests.edit(number, variant, {{QStringLiteral("applicant.address"), QStringLiteral("Өскемен")}},
                               m_desk->head, at(11, 3, 10)),
                 QStringList{QStringLiteral("applicant.address")});
        // The audit chain still holds.
        QVERIFY(EventLog::verify(db).ok);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
