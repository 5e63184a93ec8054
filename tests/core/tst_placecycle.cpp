// The preschool queue's cycle after the registration talon (issue 17, item 2; seed 001 p.6 15)–19), appendix 8): every
// cell of move × state × role against an expectation written out here, and the stories the regulation tells.
#include "queue/PlaceCycle.h"
#include "queue/PlaceStanding.h"

#include <QSet>
#include <QTest>

using namespace kense;

namespace {
using S = PlaceState;
using M = PlaceMove;

struct Expect
{
    M move;
    QList<QPair<S, S>> moves;
    QList<Role> roles;
};

const QList<Expect>& expectations()
{
    static const QList<Expect> e{
        {M::Offer, {{S::Waiting, S::Offered}}, {Role::Executor, Role::Head}},
        {M::RefuseOffer, {{S::Offered, S::Waiting}}, {Role::Clerk}},
        {M::Consent, {{S::Offered, S::DirectionIssued}}, {Role::Clerk}},
        {M::Enroll, {{S::DirectionIssued, S::Enrolled}}, {Role::Executor, Role::Head}},
        {M::Expire, {{S::DirectionIssued, S::DirectionExpired}}, {Role::Executor, Role::Head}},
        {M::Withdraw, {{S::Waiting, S::Withdrawn}, {S::Offered, S::Withdrawn}}, {Role::Clerk}},
    };
    return e;
}
} // namespace

class TestPlaceCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCell_ofMoveStateRole()
    {
        int allowed = 0;
        for (const Expect& e : expectations()) {
            QCOMPARE(PlaceCycle::stateAfter(e.move), e.moves.first().second); // one state after each move
            for (S from : allPlaceStates()) {
                std::optional<S> to;
                for (const auto& m : e.moves) {
                    if (m.first == from)
                        to = m.second;
                }
                QCOMPARE(PlaceCycle::target(e.move, from), to);
                for (Role r : allRoles()) {
                    const bool want = to.has_value() && e.roles.contains(r);
                    QVERIFY2(PlaceCycle::isAllowed(e.move, from, {r}) == want,
                             qPrintable(placeMoveName(e.move) + u'/' + placeStateName(from) + u'/' + roleName(r)));
                    allowed += want ? 1 : 0;
                }
            }
        }
        QCOMPARE(expectations().size(), allPlaceMoves().size());
        QCOMPARE(allowed, 2 + 1 + 1 + 2 + 2 + 2);
        for (S from : allPlaceStates()) {
            for (M m : allPlaceMoves()) {
                QVERIFY(!PlaceCycle::isAllowed(m, from, {Role::Administrator, Role::TsonOperator}));
                QVERIFY(!PlaceCycle::isAllowed(m, from, {}));
            }
        }
    }

    void onlyWaitingAndOfferedHoldAPlace_andTheEndsAreFinal()
    {
        for (S s : allPlaceStates()) {
            QCOMPARE(PlaceCycle::holdsAPlace(s), s == S::Waiting || s == S::Offered);
            QCOMPARE(PlaceCycle::isFinal(s), s == S::Enrolled || s == S::DirectionExpired || s == S::Withdrawn);
        }
    }

    void theStoriesOfTheRegulation()
    {
        // A written refusal of the offered place: the child goes on waiting, and may be offered another.
        QCOMPARE(PlaceCycle::replay({M::Offer, M::RefuseOffer}), S::Waiting);
        QCOMPARE(PlaceCycle::replay({M::Offer, M::RefuseOffer, M::Offer}), S::Offered);
        // The written consent: the direction is issued and the child leaves the list; the kindergarten registers it.
        QCOMPARE(PlaceCycle::replay({M::Offer, M::Consent}), S::DirectionIssued);
        QVERIFY(!PlaceCycle::holdsAPlace(*PlaceCycle::replay({M::Offer, M::Consent})));
        QCOMPARE(PlaceCycle::replay({M::Offer, M::Consent, M::Enroll}), S::Enrolled);
        QCOMPARE(PlaceCycle::replay({M::Offer, M::Consent, M::Expire}), S::DirectionExpired);
        // A withdrawal, waiting or offered; nothing after it.
        QCOMPARE(PlaceCycle::replay({M::Withdraw}), S::Withdrawn);
        QCOMPARE(PlaceCycle::replay({M::Offer, M::Withdraw}), S::Withdrawn);
        QVERIFY(!PlaceCycle::replay({M::Withdraw, M::Offer}));
        // No direction without an offer and a consent; no consent twice.
        QVERIFY(!PlaceCycle::replay({M::Consent}));
        QVERIFY(!PlaceCycle::replay({M::Offer, M::Consent, M::Consent}));
        QVERIFY(!PlaceCycle::replay({M::Enroll}));
    }

    void theDirectionIsValidAMonth()
    {
        QCOMPARE(PlaceCycle::directionValidUntil(QDate(2027, 3, 15), 1), QDate(2027, 4, 15));
        QCOMPARE(PlaceCycle::directionValidUntil(QDate(2027, 1, 31), 1), QDate(2027, 2, 28));
        QCOMPARE(PlaceCycle::directionValidUntil(QDate(2028, 1, 31), 1), QDate(2028, 2, 29));
        QVERIFY(!PlaceCycle::directionLapsed(QDate(2027, 3, 15), 1, QDate(2027, 4, 15)));
        QVERIFY(PlaceCycle::directionLapsed(QDate(2027, 3, 15), 1, QDate(2027, 4, 16)));
    }

    /// The standing read back from the history: the offer a consent accepted, and moves out of order kept out.
    void theStanding_followsOnlyTheMovesTheRulesAllow()
    {
        const auto ev = [](const char* kind, int day, const char* details = "") {
            return *PlaceEvent::of(QString::fromUtf8(kind), QDateTime(QDate(2027, 3, day), QTime(10, 0)), u"erlan"_qs,
                                   QString::fromUtf8(details));
        };
        QVERIFY(!PlaceEvent::of(u"registered"_qs, {}, {}, {}));
        PlaceStanding s = PlaceStanding::of(
            {ev("place_offered", 1, R"({"kindergarten":"№ 12","group":"кіші"})"), ev("offer_refused", 3),
             ev("place_offered", 10, R"({"kindergarten":"№ 5"})"), ev("direction_issued", 11)});
        QCOMPARE(s.state, S::DirectionIssued);
        QCOMPARE(s.kindergarten, u"№ 5"_qs);
        QVERIFY(s.group.isEmpty());
        QCOMPARE(s.offeredAt.date(), QDate(2027, 3, 10));
        QCOMPARE(s.directionIssuedAt.date(), QDate(2027, 3, 11));
        QCOMPARE(s.directionValidUntil(1), QDate(2027, 4, 11));
        QVERIFY(!s.directionValidUntil(0).isValid());
        QVERIFY(!s.directionLapsed(1, QDate(2027, 4, 11)));
        QVERIFY(s.directionLapsed(1, QDate(2027, 4, 12)));
        QVERIFY(!s.directionLapsed(0, QDate(2030, 1, 1))); // no term: it never lapses by itself
        QVERIFY(!s.closedAt.isValid());
        // A consent with no offer before it (two desks' histories merged out of order) moves nothing.
        s = PlaceStanding::of({ev("direction_issued", 1), ev("place_offered", 2, R"({"kindergarten":"№ 5"})")});
        QCOMPARE(s.state, S::Offered);
        QVERIFY(!s.directionIssuedAt.isValid());
        s = PlaceStanding::of({ev("place_offered", 1, "{}"), ev("withdrawn", 2), ev("direction_issued", 3)});
        QCOMPARE(s.state, S::Withdrawn);
        QCOMPARE(s.closedAt.date(), QDate(2027, 3, 2));
    }

    void names_roundTrip()
    {
        QSet<QString> seen;
        for (S s : allPlaceStates()) {
            QCOMPARE(placeStateFromName(placeStateName(s)), s);
            QVERIFY(!placeStateTitle(s).isEmpty());
            seen.insert(placeStateName(s));
        }
        QCOMPARE(seen.size(), allPlaceStates().size());
        for (M m : allPlaceMoves()) {
            QCOMPARE(placeMoveFromName(placeMoveName(m)), m);
            QVERIFY(!placeMoveTitle(m).isEmpty());
        }
        QVERIFY(!placeStateFromName(u"queued"_qs));
    }
};

QTEST_GUILESS_MAIN(TestPlaceCycle)
#include "tst_placecycle.moc"
