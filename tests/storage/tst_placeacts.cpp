// The preschool queue's cycle at the department's desk against a real SQLite file (issue 17, item 2): the direction's
// month is catalog data (queue.direction, seed 001 app. 8 «…зарегистрировать направление в течение месяца»), a
// direction is marked expired only once that month has passed, the kindergarten registers it (enrolled), and the
// child's standing keeps what the cycle recorded — the kindergarten and group offered, when the direction was issued.
#include "Intake.h"
#include "PlaceActs.h"
#include "StorageError.h"
#include "TestDesk.h"
#include "WaitingLists.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}
} // namespace

class TestPlaceActs : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDesk> m_desk;

    QString submit(const QString& childIin, const QDateTime& when)
    {
        const IntakeOutcome out = Intake(m_desk->db.connection(), m_desk->catalog, m_desk->calendar)
                                      .submit(preschoolDraft(childIin), m_desk->clerk, when, false);
        if (!out.registered())
            qFatal("not registered");
        return out.request->number;
    }

    PlaceActs acts() const { return PlaceActs(m_desk->db.connection(), m_desk->catalog); }

private Q_SLOTS:
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        m_desk->setUp();
    }
    void cleanup() { m_desk.reset(); }

    void theCatalogGivesTheDirectionAMonth()
    {
        const ServiceVariant* v = m_desk->catalog.variant(u"preschool-registration-kyzylorda"_qs);
        QVERIFY(v && v->queue);
        QCOMPARE(v->queue->directionMonths, 1);
        QVERIFY(v->queue->directionRef.contains(u"в течение месяца"_qs));
    }

    void aDirection_lapsesOnlyAfterItsMonth_andTheStandingKeepsWhatWasOffered()
    {
        const QString n = submit(u"220315501019"_qs, at(2026, 11, 3));
        const QString k = u"№ 5 «Ақбота» балабақшасы"_qs;
        QCOMPARE(acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 1, 25), {k, u"ортаңғы"_qs, {}}),
                 PlaceState::Offered);
        QCOMPARE(acts().move(n, PlaceMove::Consent, m_desk->clerk, at(2027, 1, 31)), PlaceState::DirectionIssued);
        const PlaceStanding s = acts().standingOf(n);
        QCOMPARE(s.state, PlaceState::DirectionIssued);
        QCOMPARE(s.kindergarten, k);
        QCOMPARE(s.group, u"ортаңғы"_qs);
        QCOMPARE(s.offeredAt, at(2027, 1, 25));
        QCOMPARE(s.offeredBy, u"erlan"_qs);
        QCOMPARE(s.directionIssuedAt, at(2027, 1, 31));
        QCOMPARE(s.directionIssuedBy, u"saule"_qs);
        QCOMPARE(s.directionValidUntil(1), QDate(2027, 2, 28)); // «в течение месяца», February's last day

        // On its last day the direction still holds: the department may not mark it expired, and nothing is written.
        QCOMPARE(
            refusalOf([&] { acts().move(n, PlaceMove::Expire, m_desk->executor, at(2027, 2, 28, 17)); }),
            u"the direction of %1 issued on 31.01.2027 is valid until 28.02.2027: it lapses only after that"_qs.arg(n));
        QCOMPARE(acts().stateOf(n), PlaceState::DirectionIssued);
        // The канцелярия does not mark it expired; the department's executor does, the day after.
        QVERIFY(refusalOf([&] {
                    acts().move(n, PlaceMove::Expire, m_desk->clerk, at(2027, 3, 1));
                }).contains(u"saule may not"_qs));
        QCOMPARE(acts().move(n, PlaceMove::Expire, m_desk->executor, at(2027, 3, 1)), PlaceState::DirectionExpired);
        QCOMPARE(acts().standingOf(n).closedAt, at(2027, 3, 1));
        // Lapsed is final: no enrolment after it, and the child holds no place in the list.
        QVERIFY(refusalOf([&] {
                    acts().move(n, PlaceMove::Enroll, m_desk->executor, at(2027, 3, 2));
                }).contains(u"the child is «Direction expired»"_qs));
        const DeskRecord desk = DeskRepository(m_desk->db.connection()).requireThisDesk();
        QVERIFY(WaitingLists(m_desk->db.connection(), m_desk->catalog)
                    .of(desk, u"preschool-registration-kyzylorda"_qs)
                    .isEmpty());
    }

    void theKindergartenRegistersTheDirection_withinItsMonth()
    {
        const QString n = submit(u"220101501015"_qs, at(2026, 11, 3));
        acts().move(n, PlaceMove::Offer, m_desk->head, at(2027, 3, 1), {u"№ 12 «Балдырған»"_qs, {}, {}});
        // A refused offer keeps the child waiting; the next offer's kindergarten is the one the direction names.
        QCOMPARE(acts().move(n, PlaceMove::RefuseOffer, m_desk->clerk, at(2027, 3, 3)), PlaceState::Waiting);
        QCOMPARE(acts().standingOf(n).state, PlaceState::Waiting);
        acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 4, 1), {u"№ 5 «Ақбота»"_qs, {}, {}});
        acts().move(n, PlaceMove::Consent, m_desk->clerk, at(2027, 4, 2));
        QCOMPARE(acts().standingOf(n).kindergarten, u"№ 5 «Ақбота»"_qs);
        QCOMPARE(acts().move(n, PlaceMove::Enroll, m_desk->executor, at(2027, 4, 20)), PlaceState::Enrolled);
        QVERIFY(refusalOf([&] {
                    acts().move(n, PlaceMove::Expire, m_desk->executor, at(2027, 6, 1));
                }).contains(u"the child is «Enrolled in the kindergarten»"_qs));
        QCOMPARE(acts().standingOf(n).closedAt, at(2027, 4, 20));
    }

    /// The department's notice may set the day the parent answers by (the regulation gives none): kept with the offer,
    /// never before the offer's own day, and past it with no answer the offer shows as unanswered; a later offer
    /// brings its own day, or none.
    void anOffer_keepsTheDayToAnswerBy()
    {
        const QString n = submit(u"220315501019"_qs, at(2026, 11, 3));
        QVERIFY(refusalOf([&] {
                    acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 1, 25),
                                {u"№ 5"_qs, {}, QDate(2027, 1, 24)});
                }).contains(u"before the offer's own day 25.01.2027"_qs));
        QCOMPARE(acts().standingOf(n).state, PlaceState::Waiting); // nothing written
        acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 1, 25), {u"№ 5"_qs, {}, QDate(2027, 2, 1)});
        PlaceStanding s = acts().standingOf(n);
        QCOMPARE(s.answerBy, QDate(2027, 2, 1));
        QVERIFY(!s.answerOverdue(QDate(2027, 2, 1)));
        QVERIFY(s.answerOverdue(QDate(2027, 2, 2)));
        acts().move(n, PlaceMove::RefuseOffer, m_desk->clerk, at(2027, 2, 3));
        QVERIFY(!acts().standingOf(n).answerOverdue(QDate(2027, 2, 4))); // answered: waiting again
        acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 3, 1), {u"№ 12"_qs, {}, {}});
        s = acts().standingOf(n);
        QVERIFY(!s.answerBy.isValid());
        QVERIFY(!s.answerOverdue(QDate(2028, 1, 1)));
    }

    /// An administrator's catalog whose queue gives a direction no term: it never lapses by itself.
    void withoutATermInTheCatalog_aDirectionDoesNotLapse()
    {
        QFile builtin(ServiceCatalog::builtinDirectory() + u"/preschool-queue.json"_qs);
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(builtin.readAll()).object();
        QJsonObject common = file.value(u"common"_qs).toObject();
        QJsonObject queue = common.value(u"queue"_qs).toObject();
        QVERIFY(queue.contains(u"direction"_qs));
        queue.remove(u"direction"_qs);
        common.insert(u"queue"_qs, queue);
        file.insert(u"common"_qs, common);
        const QString dir = m_desk->dir.filePath(u"catalog"_qs);
        QVERIFY(QDir().mkpath(dir));
        QFile edited(dir + u"/preschool-queue.json"_qs);
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(file).toJson());
        edited.close();
        QStringList errors;
        m_desk->catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory(), dir, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(m_desk->catalog.variant(u"preschool-registration-kyzylorda"_qs)->queue->directionMonths, 0);

        const QString n = submit(u"220315501019"_qs, at(2026, 11, 3));
        acts().move(n, PlaceMove::Offer, m_desk->executor, at(2027, 1, 25), {u"№ 5"_qs, {}, {}});
        acts().move(n, PlaceMove::Consent, m_desk->clerk, at(2027, 1, 26));
        QCOMPARE(refusalOf([&] { acts().move(n, PlaceMove::Expire, m_desk->executor, at(2028, 1, 26)); }),
                 u"the regulation of preschool-registration-kyzylorda gives a direction no term: it does not lapse by "
                 "itself (record the enrolment, or the parent's withdrawal)"_qs);
        QCOMPARE(acts().stateOf(n), PlaceState::DirectionIssued);
    }
};

QTEST_GUILESS_MAIN(TestPlaceActs)
#include "tst_placeacts.moc"
