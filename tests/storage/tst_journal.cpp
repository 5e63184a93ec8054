// Search, the journal and its CSV export against a real SQLite file. The functions only read the desk initTestCase
// fills, so each passes alone.
#include "EventLog.h"
#include "Intake.h"
#include "Journal.h"
#include "ReportQueries.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "TestDesk.h"

#include <QBuffer>
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

class TestJournal : public QObject
{
    Q_OBJECT

    TestDesk m_desk;

    void submit(const QDateTime& when, bool complete = true)
    {
        RequestDraft d = duplicateDraft();
        if (!complete)
            d.documents.remove(QStringLiteral("identity_document"));
        const IntakeOutcome o =
            Intake(m_desk.db.connection(), m_desk.catalog, m_desk.calendar).submit(d, m_desk.clerk, when, !complete);
        if (!o.request)
            qFatal("the journal's request of %s was not registered", qPrintable(when.toString(Qt::ISODate)));
    }

private Q_SLOTS:
    /// Five requests of «ӘЛИЯ Қасымқызы»: two registered on 10 December (000001, 000002, due 11 January 18:30), one
    /// refused at intake on the 11th (000003), one issued by way of the executor erlan (000004), and one of 2027.
    void initTestCase()
    {
        m_desk.setUp();
        // In the order of time, as a desk records them.
        submit(at(12, 10, 10));
        submit(at(12, 10, 11));
        submit(at(12, 11, 9), false);
        submit(at(12, 14, 10));
        RequestRepository repo(m_desk.db.connection(), &m_desk.catalog);
        const QString number = QStringLiteral("KZOEDU01-1-2026-000004");
        repo.advance(number, Transition::AssignExecutor, m_desk.head, at(12, 14, 11), {}, m_desk.executor.id);
        repo.advance(number, Transition::PrepareResult, m_desk.executor, at(12, 20, 11));
        repo.advance(number, Transition::SignResult, m_desk.head, at(12, 21, 11));
        repo.advance(number, Transition::IssueResult, m_desk.clerk, at(12, 22, 11));
        QCOMPARE(repo.load(number)->state, RequestState::Issued);
        submit(at(1, 5, 10, 0, 2027));
    }

    void search_byNumberIinAndNamePrefix()
    {
        Journal journal(m_desk.db.connection());
        JournalFilter f;
        f.text = QStringLiteral("KZOEDU01-1-2026-000002");
        QCOMPARE(journal.page(f, 50).size(), 1);
        f.text = QStringLiteral("kzoedu01-1-2027"); // a prefix, typed in lower case
        QCOMPARE(journal.page(f, 50).size(), 1);
        f.text = QStringLiteral("KZOEDU01"); // the office code alone
        QVERIFY(journal.page(f, 50).size() >= 5);
        f.text = QStringLiteral("061211600129");
        QVERIFY(journal.page(f, 50).size() >= 4);
        f.text = QStringLiteral("әлия"); // finds «ӘЛИЯ Қасымқызы» and the graduate «Әлия»
        const QList<JournalRow> byName = journal.page(f, 50);
        QVERIFY(byName.size() >= 4);
        QCOMPARE(byName.first().applicantName, QStringLiteral("ӘЛИЯ Қасымқызы"));
        f.text = QStringLiteral("әли қас");
        QVERIFY(!journal.page(f, 50).isEmpty());
        f.text = QStringLiteral("НҰРЛАН"); // a prefix of the graduate's surname «Нұрланова», any case
        QVERIFY(!journal.page(f, 50).isEmpty());
        f.text = QStringLiteral("Иванов");
        QVERIFY(journal.page(f, 50).isEmpty());
    }

    void journal_filtersAndKeysetPaging()
    {
        Journal journal(m_desk.db.connection());
        JournalFilter all;
        const QList<JournalRow> rows = journal.page(all, 1000);
        QVERIFY(rows.size() >= 5);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].acceptedAt >= rows[i].acceptedAt); // newest first
        // Paging by two gives the same rows in the same order.
        QList<JournalRow> paged;
        std::optional<JournalCursor> cursor;
        for (;;) {
            const QList<JournalRow> page = journal.page(all, 2, cursor);
            if (page.isEmpty())
                break;
            paged += page;
            cursor = Journal::cursorAfter(page.last());
        }
        QCOMPARE(paged.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(paged[i].number, rows[i].number);

        JournalFilter f;
        f.state = RequestState::Issued;
        QCOMPARE(journal.page(f, 50).size(), 1);
        f = {};
        f.state = RequestState::RefusedAtIntake;
        QCOMPARE(journal.page(f, 50).size(), 1);
        f = {};
        f.from = QDate(2027, 1, 1);
        QCOMPARE(journal.page(f, 50).size(), 1);
        f = {};
        f.to = QDate(2026, 12, 10);
        QCOMPARE(journal.page(f, 50).size(), 2);
        f = {};
        f.executorId = m_desk.executor.id;
        QCOMPARE(journal.page(f, 50).size(), 1);
        f = {};
        f.channel = Channel::Tson;
        QVERIFY(journal.page(f, 50).isEmpty());
        f = {};
        f.serviceId = QStringLiteral("externat-permit-vko");
        QVERIFY(journal.page(f, 50).isEmpty());
        // SLA: on 2027-01-11 at 12:00 the requests due at 18:30 that day are due soon; none is overdue yet.
        f = {};
        f.now = at(1, 11, 12, 0, 2027);
        f.soonUntil = at(1, 12, 18, 30, 2027);
        f.sla = SlaState::DueSoon;
        QCOMPARE(journal.page(f, 50).size(), 2);
        f.sla = SlaState::Overdue;
        QCOMPARE(journal.page(f, 50).size(), 0);
        f.now = at(1, 12, 9, 0, 2027);
        QCOMPARE(journal.page(f, 50).size(), 2); // the issued and the refused ones are never overdue
        f.sla = SlaState::OnTime;
        QCOMPARE(journal.page(f, 50).size(), 1); // the 2027 request, due in February
    }

    /// The journal's count is what its pages hold, whatever the filter; past the cap it stops at cap + 1 («more than»).
    void count_isWhatThePagesHold_upToTheCap()
    {
        Journal journal(m_desk.db.connection());
        QList<JournalFilter> filters;
        JournalFilter f;
        filters << f;
        f.text = QStringLiteral("әлия");
        filters << f;
        f = {};
        f.text = QStringLiteral("KZOEDU01-1-2026");
        filters << f;
        f = {};
        f.state = RequestState::Issued;
        filters << f;
        f = {};
        f.to = QDate(2026, 12, 10);
        filters << f;
        f = {};
        f.now = at(1, 11, 12, 0, 2027);
        f.soonUntil = at(1, 12, 18, 30, 2027);
        f.sla = SlaState::DueSoon;
        filters << f;
        f = {};
        f.text = QStringLiteral("Иванов");
        filters << f;
        for (const JournalFilter& filter : std::as_const(filters))
            QCOMPARE(journal.count(filter, 1000), journal.page(filter, 1000).size());
        const qint64 all = journal.count({}, 1000);
        QVERIFY(all >= 5);
        QCOMPARE(journal.count({}, 2), 3); // more than 2
        QCOMPARE(journal.count({}, all), all);
    }

    /// The office met the term; the applicant did not come. Seed 000 p.9 keeps the result «сақтауға»: never overdue,
    /// in the journal's filter or the report of overdue requests; found by its state (issue 17).
    void aResultKeptInStorage_isNeverOverdue()
    {
        TestDesk desk;
        desk.setUp();
        const IntakeOutcome o = Intake(desk.db.connection(), desk.catalog, desk.calendar)
                                    .submit(duplicateDraft(), desk.clerk, at(12, 10, 10), false);
        QVERIFY(o.registered());
        RequestRepository repo(desk.db.connection(), &desk.catalog);
        const QString number = o.request->number;
        repo.advance(number, Transition::AssignExecutor, desk.head, at(12, 10, 11), {}, desk.executor.id);
        repo.advance(number, Transition::PrepareResult, desk.executor, at(12, 11, 11));
        repo.advance(number, Transition::SignResult, desk.head, at(12, 14, 11));
        repo.advance(number, Transition::MoveToStorage, desk.clerk, at(1, 20, 11, 0, 2027));
        QCOMPARE(repo.load(number)->state, RequestState::InStorage);

        Journal journal(desk.db.connection());
        JournalFilter f;
        f.now = at(6, 1, 12, 0, 2027); // months after the term
        f.soonUntil = at(6, 2, 18, 30, 2027);
        f.sla = SlaState::Overdue;
        QCOMPARE(journal.page(f, 50).size(), 0);
        f.sla = SlaState::Any;
        f.state = RequestState::InStorage;
        QCOMPARE(journal.page(f, 50).size(), 1);
        int overdue = 0;
        ReportQueries(desk.db.connection()).openDueBefore(f.now, [&](const ReportRequestRow&) { ++overdue; });
        QCOMPARE(overdue, 0);
    }

    /// «Waiting for me» on a path without a head (Kyzylorda's unemployed certificate): a registered request is every
    /// executor's to take, until one prepares it; the head waits for none of it, the clerk issues it.
    void awaiting_onAPathWithoutAHead_anyExecutorTakesTheRegistered()
    {
        TestDesk d;
        d.setUp(Channel::Provider, u"KZOEMP01"_qs);
        const QSqlDatabase db = d.db.connection();
        const UserRecord dana = UserRepository(db).add(u"dana"_qs, PersonalName{u"Әлиева"_qs, u"Дана"_qs, {}},
                                                       {Role::Executor}, u"dana-pass-12"_qs, at(12, 1, 9), d.admin.id);
        QStringList n;
        for (int i = 0; i < 2; ++i) {
            const IntakeOutcome o =
                Intake(db, d.catalog, d.calendar).submit(unemployedDraft(), d.clerk, at(12, 1, 10 + i), false);
            QVERIFY2(o.registered(), qPrintable(o.errors.value(0).message));
            n << o.request->number;
        }
        RequestRepository(db, &d.catalog).advance(n[1], Transition::PrepareResult, d.executor, at(12, 1, 14));
        const auto waitingFor = [&](const UserRecord& user) {
            JournalFilter f;
            f.awaiting = awaitingFor(user.roles, d.catalog);
            f.awaitingUser = user.id;
            QStringList numbers;
            for (const JournalRow& row : Journal(db).page(f, 50))
                numbers << row.number;
            return numbers;
        };
        QCOMPARE(waitingFor(d.executor), QStringList{n[0]});
        QCOMPARE(waitingFor(dana), QStringList{n[0]});
        QCOMPARE(waitingFor(d.head), QStringList{});
        QCOMPARE(waitingFor(d.clerk), QStringList{}); // no clause: nothing, not everything
        JournalFilter none;
        none.awaiting = QList<AwaitingClause>{};
        QCOMPARE(Journal(db).count(none, 100), 0);
    }

    void csvExport_hasBomAndEveryRequest()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 rows = Journal(m_desk.db.connection()).exportCsv(QDate(2026, 1, 1), QDate(2027, 12, 31), &buffer);
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "number,accepted_at,"));
        QCOMPARE(csv.count("\r\n"), rows + 1);
        QVERIFY(csv.contains("ӘЛИЯ Қасымқызы"));
        QVERIFY(csv.contains("KZOEDU01-1-2026-000001,2026-12-10T10:00:00,duplicate-secondary-edu-vko,provider"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
