#include "workflow/Workflow.h"

#include <QSet>
#include <QTest>

using namespace kense;

namespace {
using S = RequestState;
using T = Transition;
using R = Role;

/// The expected rules, written out independently of Workflow.cpp: for each (transition, channel) the moves and
/// the one role that may make them. Every cell of transition × role × channel × state is checked against this.
struct Expect
{
    T t;
    Channel c;
    QList<QPair<S, S>> moves;
    R role;
};

const QList<Expect>& expectations()
{
    static const QList<Expect> e{
        // Provider channel (school / department канцелярия).
        {T::Register, Channel::Provider, {{S::Draft, S::Registered}}, R::Clerk},
        {T::RefuseAtIntake, Channel::Provider, {{S::Draft, S::RefusedAtIntake}}, R::Clerk},
        {T::AssignExecutor, Channel::Provider, {{S::Registered, S::InWork}}, R::Head},
        {T::PrepareResult, Channel::Provider, {{S::InWork, S::ResultPrepared}}, R::Executor},
        {T::PrepareRefusal, Channel::Provider, {{S::InWork, S::RefusalPrepared}}, R::Executor},
        {T::ReturnForRework,
         Channel::Provider,
         {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
         R::Head},
        {T::SignResult, Channel::Provider, {{S::ResultPrepared, S::ResultSigned}}, R::Head},
        {T::SignRefusal, Channel::Provider, {{S::RefusalPrepared, S::RefusalSigned}}, R::Head},
        {T::IssueResult, Channel::Provider, {{S::ResultSigned, S::Issued}, {S::InStorage, S::Issued}}, R::Clerk},
        {T::IssueRefusal, Channel::Provider, {{S::RefusalSigned, S::RefusalIssued}}, R::Clerk},
        {T::MoveToStorage, Channel::Provider, {{S::ResultSigned, S::InStorage}}, R::Clerk},
        // ЦОН channel: the operator takes and issues; the provider's канцелярия receives the courier's package.
        {T::Register, Channel::Tson, {{S::Draft, S::Registered}}, R::TsonOperator},
        {T::RefuseAtIntake, Channel::Tson, {{S::Draft, S::RefusedAtIntake}}, R::TsonOperator},
        {T::AddToCourierRegister, Channel::Tson, {{S::Registered, S::InCourierRegister}}, R::TsonOperator},
        {T::RemoveFromCourierRegister, Channel::Tson, {{S::InCourierRegister, S::Registered}}, R::TsonOperator},
        {T::SendToProvider, Channel::Tson, {{S::InCourierRegister, S::SentToProvider}}, R::TsonOperator},
        {T::ReceiveAtProvider, Channel::Tson, {{S::SentToProvider, S::ReceivedByProvider}}, R::Clerk},
        {T::AssignExecutor, Channel::Tson, {{S::ReceivedByProvider, S::InWork}}, R::Head},
        {T::PrepareResult, Channel::Tson, {{S::InWork, S::ResultPrepared}}, R::Executor},
        {T::PrepareRefusal, Channel::Tson, {{S::InWork, S::RefusalPrepared}}, R::Executor},
        {T::ReturnForRework, Channel::Tson, {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}}, R::Head},
        {T::SignResult, Channel::Tson, {{S::ResultPrepared, S::ResultSigned}}, R::Head},
        {T::SignRefusal, Channel::Tson, {{S::RefusalPrepared, S::RefusalSigned}}, R::Head},
        {T::ReturnToTson,
         Channel::Tson,
         {{S::ResultSigned, S::ResultReturnedToTson}, {S::RefusalSigned, S::RefusalReturnedToTson}},
         R::TsonOperator},
        {T::IssueResult,
         Channel::Tson,
         {{S::ResultReturnedToTson, S::Issued}, {S::InStorage, S::Issued}},
         R::TsonOperator},
        {T::IssueRefusal, Channel::Tson, {{S::RefusalReturnedToTson, S::RefusalIssued}}, R::TsonOperator},
        {T::MoveToStorage, Channel::Tson, {{S::ResultReturnedToTson, S::InStorage}}, R::TsonOperator},
    };
    return e;
}

const Expect* expected(T t, Channel c)
{
    for (const Expect& e : expectations()) {
        if (e.t == t && e.c == c)
            return &e;
    }
    return nullptr;
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCell_ofTransitionRoleChannelState()
    {
        int cells = 0;
        int allowed = 0;
        for (Channel c : allChannels()) {
            for (T t : allTransitions()) {
                const Expect* e = expected(t, c);
                for (R role : allRoles()) {
                    for (S from : allStates()) {
                        std::optional<S> to;
                        if (e) {
                            for (const auto& m : e->moves) {
                                if (m.first == from)
                                    to = m.second;
                            }
                        }
                        const bool want = to.has_value() && e->role == role;
                        const QByteArray cell = (transitionName(t) + QLatin1Char('/') + channelName(c) +
                                                 QLatin1Char('/') + roleName(role) + QLatin1Char('/') + stateName(from))
                                                    .toUtf8();
                        QVERIFY2(Workflow::isAllowed(t, from, c, role) == want, cell.constData());
                        QVERIFY2(Workflow::target(t, from, c) == to, cell.constData());
                        ++cells;
                        allowed += want ? 1 : 0;
                    }
                }
            }
        }
        QCOMPARE(cells, 3 * 16 * 5 * 16);
        QCOMPARE(allowed, 32);
    }

    void administrator_movesNoRequest_andPortalHasNoDeskMoves()
    {
        for (Channel c : allChannels()) {
            for (S s : allStates())
                QVERIFY(Workflow::available(s, c, R::Administrator).isEmpty());
        }
        for (T t : allTransitions())
            QVERIFY(Workflow::rolesFor(t, Channel::Portal).isEmpty());
    }

    void finalStates_haveNoWayOut()
    {
        for (S s : allStates()) {
            bool anyMove = false;
            for (Channel c : allChannels()) {
                for (R r : allRoles())
                    anyMove = anyMove || !Workflow::available(s, c, r).isEmpty();
            }
            QCOMPARE(!anyMove, isFinal(s));
        }
    }

    void tsonPath_walksToIssue()
    {
        const QList<QPair<T, R>> path{{T::Register, R::TsonOperator},
                                      {T::AddToCourierRegister, R::TsonOperator},
                                      {T::SendToProvider, R::TsonOperator},
                                      {T::ReceiveAtProvider, R::Clerk},
                                      {T::AssignExecutor, R::Head},
                                      {T::PrepareResult, R::Executor},
                                      {T::SignResult, R::Head},
                                      {T::ReturnToTson, R::TsonOperator},
                                      {T::IssueResult, R::TsonOperator}};
        S state = S::Draft;
        for (const auto& [t, r] : path) {
            QVERIFY2(Workflow::isAllowed(t, state, Channel::Tson, r), qPrintable(transitionName(t)));
            state = *Workflow::target(t, state, Channel::Tson);
        }
        QCOMPARE(state, S::Issued);
        QCOMPARE(Workflow::between(S::InWork, S::RefusalPrepared, Channel::Tson), T::PrepareRefusal);
        QVERIFY(!Workflow::between(S::Draft, S::Issued, Channel::Provider).has_value());
    }

    void theSurvey_isAnsweredOnceTheResultOrRefusalIsIssued()
    {
        for (const S s : allStates())
            QCOMPARE(Workflow::maySurvey(s), s == S::Issued || s == S::RefusalIssued);
    }

    void names_roundTrip()
    {
        QSet<QString> seen;
        for (S s : allStates()) {
            QCOMPARE(stateFromName(stateName(s)), s);
            QVERIFY(!stateTitle(s).isEmpty());
            seen.insert(stateName(s));
        }
        QCOMPARE(seen.size(), allStates().size());
        for (T t : allTransitions()) {
            QCOMPARE(transitionFromName(transitionName(t)), t);
            QVERIFY(!transitionTitle(t).isEmpty());
        }
        for (R r : allRoles())
            QCOMPARE(roleFromName(roleName(r)), r);
        QVERIFY(!roleFromName(QStringLiteral("root")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
