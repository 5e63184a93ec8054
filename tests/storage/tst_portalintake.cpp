// A request sent through the e-gov portal, registered at the provider's канцелярия (issue 17, item 4), against a real
// SQLite file: its portal number and moment, its term by the portal's steps from the moment it was sent, one
// registration per portal request, the provider's way to issue, its place in a waiting list, and the schema that
// widened requests.channel to 'portal' over a database of the previous release.
#include "Database.h"
#include "Intake.h"
#include "RequestRepository.h"
#include "SqlUtil.h"
#include "TestDesk.h"
#include "WaitingLists.h"
#include "intake/IntakeValidator.h"
#include "intake/PortalSubmission.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

/// The unemployed certificate (Kyzylorda), sent through the portal with `number` at `sent` ("YYYY-MM-DDTHH:MM").
RequestDraft portalDraft(const QString& number, const QString& sent)
{
    RequestDraft d = unemployedDraft(Channel::Portal);
    d.fields.insert(PortalSubmission::numberField, number);
    d.fields.insert(PortalSubmission::sentAtField, sent);
    return d;
}

QStringList fieldIds(const QList<FieldError>& errors)
{
    QStringList ids;
    for (const FieldError& e : errors)
        ids << e.fieldId;
    return ids;
}
} // namespace

class TestPortalIntake : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;

    IntakeOutcome submit(const RequestDraft& d, const QDateTime& when)
    {
        return Intake(m_desk->db.connection(), m_desk->catalog, m_desk->calendar).submit(d, m_desk->clerk, when, false);
    }
    qint64 requests() const
    {
        return scalar(m_desk->db.connection(), QStringLiteral("SELECT count(*) FROM requests")).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp(Channel::Provider, QStringLiteral("KZOEMP01")); // Kyzylorda's employment department
    }
    void cleanup() { m_desk.reset(); }

    /// Sent on Friday night, registered on Monday: the portal's steps run from the moment it was sent (the information
    /// system's minute, the ММ's 10 minutes from Monday's opening, then one working day), not the канцелярия's
    /// «10 минуттан көп емес» from the moment the clerk typed it in.
    void aPortalRequest_isRegistered_withItsTermFromTheMomentSent()
    {
        const IntakeOutcome o = submit(portalDraft(u" 002145367819 "_qs, u"04.12.2026 21:40"_qs), at(12, 7, 10));
        QVERIFY2(o.registered(), qPrintable(o.errors.value(0).message));
        const auto r = RequestRepository(m_desk->db.connection(), &m_desk->catalog).load(o.request->number);
        QCOMPARE(r->channel, Channel::Portal);
        QCOMPARE(r->fields.value(PortalSubmission::numberField), u"002145367819"_qs);
        QCOMPARE(r->fields.value(PortalSubmission::sentAtField), u"2026-12-04T21:40"_qs);
        QCOMPARE(r->acceptedAt, at(12, 7, 10)); // registered by the канцелярия now
        QCOMPARE(r->steps.size(), 4);
        QCOMPARE(r->steps[0].dueAt, at(12, 7, 9, 1));
        QCOMPARE(r->steps[1].dueAt, at(12, 7, 9, 11));
        QCOMPARE(r->dueAt, at(12, 8, 18, 30));
        // The same service at the канцелярия's window: ten minutes from the moment it was taken.
        const IntakeOutcome walkIn = submit(unemployedDraft(), at(12, 7, 10, 5));
        QVERIFY(walkIn.registered());
        QCOMPARE(walkIn.request->dueAt, at(12, 7, 10, 15));
    }

    void onePortalRequest_isRegisteredOnce()
    {
        const QString first =
            submit(portalDraft(u"002145367819"_qs, u"2026-12-04T21:40"_qs), at(12, 7, 10)).request->number;
        const qint64 before = requests();
        const IntakeOutcome again = submit(portalDraft(u"002145367819"_qs, u"2026-12-04T21:40"_qs), at(12, 7, 11));
        QVERIFY(!again.registered());
        QCOMPARE(fieldIds(again.errors), QStringList{PortalSubmission::numberField});
        QVERIFY2(again.errors[0].message.contains(first), qPrintable(again.errors[0].message));
        QCOMPARE(requests(), before);
        QVERIFY(submit(portalDraft(u"002145367820"_qs, u"2026-12-04T21:45"_qs), at(12, 7, 11)).registered());
    }

    void aBadNumberOrMoment_isNamed_andNothingWritten_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QStringList>("fields");
        const QString n = PortalSubmission::numberField, s = PortalSubmission::sentAtField;
        QTest::newRow("no number") << ""
                                   << "2026-12-04T21:40" << QStringList{n};
        QTest::newRow("too short") << "12"
                                   << "2026-12-04T21:40" << QStringList{n};
        QTest::newRow("not Latin") << "ЖК-123456"
                                   << "2026-12-04T21:40" << QStringList{n};
        QTest::newRow("no moment") << "002145367819"
                                   << "" << QStringList{s};
        QTest::newRow("not a moment") << "002145367819"
                                      << "вчера" << QStringList{s};
        QTest::newRow("sent tomorrow") << "002145367819"
                                       << "2026-12-08T09:00" << QStringList{s};
        QTest::newRow("both") << ""
                              << "31.02.2026 10:00" << QStringList{n, s};
    }
    void aBadNumberOrMoment_isNamed_andNothingWritten()
    {
        QFETCH(QString, number);
        QFETCH(QString, sent);
        QFETCH(QStringList, fields);
        const IntakeOutcome o = submit(portalDraft(number, sent), at(12, 7, 10));
        QVERIFY(!o.registered());
        QCOMPARE(fieldIds(o.errors), fields);
        QCOMPARE(requests(), 0);
    }

    /// Only a portal request has a portal number; a ЦОН desk registers none; a service the portal does not offer is
    /// not registered as one.
    void thePortal_onlyWhereItBelongs()
    {
        RequestDraft walkIn = unemployedDraft();
        walkIn.fields.insert(PortalSubmission::numberField, u"002145367819"_qs);
        QCOMPARE(fieldIds(submit(walkIn, at(12, 7, 10)).errors), QStringList{PortalSubmission::numberField});
        RequestDraft duplicate = duplicateDraft(Channel::Portal); // a school certificate's duplicate: not on the portal
        duplicate.fields.insert(PortalSubmission::numberField, u"002145367819"_qs);
        duplicate.fields.insert(PortalSubmission::sentAtField, u"2026-12-04T21:40"_qs);
        QCOMPARE(fieldIds(IntakeValidator::validate(*m_desk->catalog.variant(duplicate.serviceId), duplicate)),
                 QStringList{u"channel"_qs});
        QCOMPARE(requests(), 0);

        TestDesk tson;
        tson.setUp(Channel::Tson, QStringLiteral("KZOTSON01"));
        const IntakeOutcome atTson =
            Intake(tson.db.connection(), tson.catalog, tson.calendar)
                .submit(portalDraft(u"002145367819"_qs, u"2026-12-04T21:40"_qs), tson.op, at(12, 7, 10), false);
        QCOMPARE(fieldIds(atTson.errors), QStringList{u"channel"_qs});
    }

    /// Registered, it goes the provider's way: this service has no head, so the executor prepares the certificate and
    /// the канцелярия issues it; a ЦОН operator moves nothing of it.
    void aPortalRequest_goesTheProvidersWay()
    {
        const QString number =
            submit(portalDraft(u"002145367819"_qs, u"2026-12-04T21:40"_qs), at(12, 7, 10)).request->number;
        RequestRepository requests(m_desk->db.connection(), &m_desk->catalog);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 requests.advance(number, Transition::PrepareResult, m_desk->op, at(12, 7, 10, 5)));
        QCOMPARE(requests.advance(number, Transition::PrepareResult, m_desk->executor, at(12, 7, 10, 5)),
                 RequestState::ResultPrepared);
        QCOMPARE(requests.advance(number, Transition::IssueResult, m_desk->clerk, at(12, 7, 10, 9)),
                 RequestState::Issued);
    }

    /// A child whose parent applied on the portal stands in the queue from the moment the request was sent.
    void aPortalChild_standsInTheQueueFromTheMomentSent()
    {
        TestDesk department;
        department.setUp(); // KZOEDU01, the education department that keeps Kyzylorda's preschool lists
        Intake intake(department.db.connection(), department.catalog, department.calendar);
        const QString walkIn =
            intake.submit(preschoolDraft(u"220315501019"_qs), department.clerk, at(12, 7, 9, 30), false)
                .request->number;
        RequestDraft fromPortal = preschoolDraft(u"220101501015"_qs);
        fromPortal.channel = Channel::Portal;
        fromPortal.fields.insert(PortalSubmission::numberField, u"002145367821"_qs);
        fromPortal.fields.insert(PortalSubmission::sentAtField, u"2026-12-06T20:15"_qs);
        const IntakeOutcome portal = intake.submit(fromPortal, department.clerk, at(12, 7, 10), false);
        QVERIFY2(portal.registered(), qPrintable(portal.errors.value(0).message));
        const QList<WaitingListRow> rows =
            WaitingLists(department.db.connection(), department.catalog)
                .of(*DeskRepository(department.db.connection()).thisDesk(), u"preschool-registration-kyzylorda"_qs);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].place.child.number, portal.request->number);
        QCOMPARE(rows[0].place.child.registeredAt, at(12, 6, 20, 15));
        QCOMPARE(rows[1].place.child.number, walkIn);
    }

    /// A desk of the previous release: its requests stay as they were, and the channel may now be 'portal' — on the
    /// connection that migrated and on any other.
    void schema11_widensTheChannel_overAnOldDesk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QString old;
        {
            Database db;
            QString error;
            QVERIFY2(db.openAtVersion(path, 10, &error), qPrintable(error));
            DeskRepository(db.connection()).setUpThisDesk(u"KZOEMP01"_qs, u"1"_qs, Channel::Provider);
            const UserRecord clerk = oldUser(db.connection(), u"saule"_qs, u"Оспанова Сәуле"_qs, Role::Clerk);
            old = Intake(db.connection(), m_desk->catalog, m_desk->calendar)
                      .submit(unemployedDraft(), clerk, at(12, 1, 10), false)
                      .request->number;
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(u"UPDATE requests SET channel = 'portal'"_qs)); // the old CHECK refuses it
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(RequestRepository(db.connection(), &m_desk->catalog).load(old)->channel, Channel::Provider);
        QCOMPARE(scalar(db.connection(), u"PRAGMA integrity_check"_qs).toString(), u"ok"_qs);
        const UserRecord clerk = *UserRepository(db.connection()).byLogin(u"saule"_qs);
        const IntakeOutcome portal =
            Intake(db.connection(), m_desk->catalog, m_desk->calendar)
                .submit(portalDraft(u"002145367819"_qs, u"2026-12-04T21:40"_qs), clerk, at(12, 7, 10), false);
        QVERIFY2(portal.registered(), qPrintable(portal.errors.value(0).message));
        Database other;
        QVERIFY2(other.open(path, Database::Mode::ExistingOnly, &error), qPrintable(error));
        QSqlQuery q(other.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM requests WHERE channel = 'portal'"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.exec(u"UPDATE requests SET channel = 'mail'"_qs)); // still checked
    }
};

QTEST_GUILESS_MAIN(TestPortalIntake)
#include "tst_portalintake.moc"
