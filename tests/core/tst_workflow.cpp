#include "workflow/Workflow.h"

#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace kense;

namespace {
using S = RequestState;
using T = Transition;
using R = Role;

/// The expected rules, written out independently of Workflow.cpp: for each path, (transition, channel) the moves and
/// the one role that may make them. Every cell of path × transition × role × channel × state is checked against this.
struct Expect
{
    T t;
    Channel c;
    QList<QPair<S, S>> moves;
    R role;
};

/// What every path shares: intake at either desk, the courier's way to the provider.
QList<Expect> intakeAndCourier()
{
    return {
        {T::Register, Channel::Provider, {{S::Draft, S::Registered}}, R::Clerk},
        {T::RefuseAtIntake, Channel::Provider, {{S::Draft, S::RefusedAtIntake}}, R::Clerk},
        {T::Register, Channel::Tson, {{S::Draft, S::Registered}}, R::TsonOperator},
        {T::RefuseAtIntake, Channel::Tson, {{S::Draft, S::RefusedAtIntake}}, R::TsonOperator},
        {T::AddToCourierRegister, Channel::Tson, {{S::Registered, S::InCourierRegister}}, R::TsonOperator},
        {T::RemoveFromCourierRegister, Channel::Tson, {{S::InCourierRegister, S::Registered}}, R::TsonOperator},
        {T::SendToProvider, Channel::Tson, {{S::InCourierRegister, S::SentToProvider}}, R::TsonOperator},
        {T::ReceiveAtProvider, Channel::Tson, {{S::SentToProvider, S::ReceivedByProvider}}, R::Clerk},
    };
}

QList<Expect> expectations(Path path)
{
    QList<Expect> e = intakeAndCourier();
    switch (path) {
    case Path::HeadAndExecutor:
        e << QList<Expect>{
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
            {T::AssignExecutor, Channel::Tson, {{S::ReceivedByProvider, S::InWork}}, R::Head},
            {T::PrepareResult, Channel::Tson, {{S::InWork, S::ResultPrepared}}, R::Executor},
            {T::PrepareRefusal, Channel::Tson, {{S::InWork, S::RefusalPrepared}}, R::Executor},
            {T::ReturnForRework,
             Channel::Tson,
             {{S::ResultPrepared, S::InWork}, {S::RefusalPrepared, S::InWork}},
             R::Head},
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
        break;
    case Path::ExecutorOnly: // no resolution, no signature; a request begun with a head still ends
        e << QList<Expect>{
            {T::PrepareResult,
             Channel::Provider,
             {{S::Registered, S::ResultPrepared}, {S::InWork, S::ResultPrepared}},
             R::Executor},
            {T::PrepareRefusal,
             Channel::Provider,
             {{S::Registered, S::RefusalPrepared}, {S::InWork, S::RefusalPrepared}},
             R::Executor},
            {T::IssueResult,
             Channel::Provider,
             {{S::ResultPrepared, S::Issued}, {S::ResultSigned, S::Issued}, {S::InStorage, S::Issued}},
             R::Clerk},
            {T::IssueRefusal,
             Channel::Provider,
             {{S::RefusalPrepared, S::RefusalIssued}, {S::RefusalSigned, S::RefusalIssued}},
             R::Clerk},
            {T::MoveToStorage,
             Channel::Provider,
             {{S::ResultPrepared, S::InStorage}, {S::ResultSigned, S::InStorage}},
             R::Clerk},
            {T::PrepareResult,
             Channel::Tson,
             {{S::ReceivedByProvider, S::ResultPrepared}, {S::InWork, S::ResultPrepared}},
             R::Executor},
            {T::PrepareRefusal,
             Channel::Tson,
             {{S::ReceivedByProvider, S::RefusalPrepared}, {S::InWork, S::RefusalPrepared}},
             R::Executor},
            {T::ReturnToTson,
             Channel::Tson,
             {{S::ResultPrepared, S::ResultReturnedToTson},
              {S::RefusalPrepared, S::RefusalReturnedToTson},
              {S::ResultSigned, S::ResultReturnedToTson},
              {S::RefusalSigned, S::RefusalReturnedToTson}},
             R::TsonOperator},
            {T::IssueResult,
             Channel::Tson,
             {{S::ResultReturnedToTson, S::Issued}, {S::InStorage, S::Issued}},
             R::TsonOperator},
            {T::IssueRefusal, Channel::Tson, {{S::RefusalReturnedToTson, S::RefusalIssued}}, R::TsonOperator},
            {T::MoveToStorage, Channel::Tson, {{S::ResultReturnedToTson, S::InStorage}}, R::TsonOperator},
        };
        break;
    case Path::ClerkOnly: // the receipt is the result: issued from registration, or back from the provider
        e << QList<Expect>{
            {T::IssueResult, Channel::Provider, {{S::Registered, S::Issued}}, R::Clerk},
            {T::ReturnToTson, Channel::Tson, {{S::ReceivedByProvider, S::ResultReturnedToTson}}, R::TsonOperator},
            {T::IssueResult,
             Channel::Tson,
             {{S::ResultReturnedToTson, S::Issued}, {S::InStorage, S::Issued}},
             R::TsonOperator},
            {T::MoveToStorage, Channel::Tson, {{S::ResultReturnedToTson, S::InStorage}}, R::TsonOperator},
        };
        break;
    }
    return e;
}

std::optional<Expect> expected(Path p, T t, Channel c)
{
    // A request sent through the portal is registered by the provider's канцелярия and goes its way from there; a
    // rural akim's apparatus sends what it took to the provider as a ЦОН does, its specialist doing what the
    // operator does there.
    const Channel desk = c == Channel::Portal ? Channel::Provider : c == Channel::Akim ? Channel::Tson : c;
    for (Expect e : expectations(p)) {
        if (e.t == t && e.c == desk) {
            if (c == Channel::Akim && e.role == R::TsonOperator)
                e.role = R::AkimOfficer;
            return e;
        }
    }
    return std::nullopt;
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCell_ofPathTransitionRoleChannelState()
    {
        // The channels' cells, the portal's as many as the provider's (13 on the head's path, 13 on the executor's:
        // moves from "in work" and the signed states kept; 3 on the канцелярия's) and the akim's as many as the ЦОН's
        // (19, 18, 10).
        const QMap<Path, int> allowedOn{
            {Path::HeadAndExecutor, 32 + 13 + 19}, {Path::ExecutorOnly, 31 + 13 + 18}, {Path::ClerkOnly, 13 + 3 + 10}};
        for (Path p : allPaths()) {
            int cells = 0;
            int allowed = 0;
            for (Channel c : allChannels()) {
                for (T t : allTransitions()) {
                    const std::optional<Expect> e = expected(p, t, c);
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
                            const QByteArray cell = QStringList{pathName(p), transitionName(t), channelName(c),
                                                                roleName(role), stateName(from)}
                                                        .join(QLatin1Char('/'))
                                                        .toUtf8();
                            QVERIFY2(Workflow::isAllowed(t, from, c, p, role) == want, cell.constData());
                            QVERIFY2(Workflow::target(t, from, c, p) == to, cell.constData());
                            QVERIFY2(Workflow::isAllowed(t, from, c, p, QList<R>{role}) == want, cell.constData());
                            ++cells;
                            allowed += want ? 1 : 0;
                        }
                    }
                }
            }
            QCOMPARE(cells, 4 * 16 * 6 * 16);
            QCOMPARE(allowed, allowedOn.value(p));
        }
    }

    void noHead_onAPathWithoutOne()
    {
        for (Path p : {Path::ExecutorOnly, Path::ClerkOnly}) {
            for (Channel c : allChannels()) {
                for (S s : allStates()) {
                    QVERIFY(Workflow::available(s, c, p, R::Head).isEmpty());
                    QVERIFY(!Workflow::mayEdit(s, c, p, R::Head));
                    QVERIFY(!Workflow::mayPrepareResult(s, c, p, R::Head));
                    if (p == Path::ClerkOnly)
                        QVERIFY(Workflow::available(s, c, p, R::Executor).isEmpty());
                }
            }
        }
        // Where there is no head the executor prepares straight from registration (or from the courier's package).
        QVERIFY(Workflow::mayPrepareResult(S::Registered, Channel::Provider, Path::ExecutorOnly, R::Executor));
        QVERIFY(Workflow::mayPrepareResult(S::ReceivedByProvider, Channel::Tson, Path::ExecutorOnly, R::Executor));
        QVERIFY(!Workflow::mayPrepareResult(S::Registered, Channel::Tson, Path::ExecutorOnly, R::Executor));
        QVERIFY(!Workflow::mayPrepareResult(S::Registered, Channel::Provider, Path::HeadAndExecutor, R::Executor));
        QVERIFY(Workflow::mayPrepareResult(S::InWork, Channel::Tson, Path::HeadAndExecutor, R::Head));
    }

    void administrator_movesNoRequest_andAPortalRequestGoesTheProvidersWay()
    {
        for (Path p : allPaths()) {
            for (Channel c : allChannels()) {
                for (S s : allStates())
                    QVERIFY(Workflow::available(s, c, p, R::Administrator).isEmpty());
            }
            for (T t : allTransitions())
                QCOMPARE(Workflow::rolesFor(t, Channel::Portal, p), Workflow::rolesFor(t, Channel::Provider, p));
            // The канцелярия registers it and may correct what it typed while the request is still with it.
            QVERIFY(Workflow::isAllowed(T::Register, S::Draft, Channel::Portal, p, R::Clerk));
            QVERIFY(!Workflow::isAllowed(T::Register, S::Draft, Channel::Portal, p, R::TsonOperator));
            QVERIFY(Workflow::mayEdit(S::Registered, Channel::Portal, p, R::Clerk));
            QVERIFY(!Workflow::mayEdit(S::Registered, Channel::Portal, p, R::TsonOperator));
            QVERIFY(!Workflow::isAllowed(T::AddToCourierRegister, S::Registered, Channel::Portal, p, R::TsonOperator));
        }
        QCOMPARE(Workflow::movesOnAnyPath(Channel::Portal), Workflow::movesOnAnyPath(Channel::Provider));
    }

    /// The akim's apparatus: its specialist registers, sends by a courier register, takes the result back and hands it
    /// over; the ЦОН's operator and the provider's clerk do none of it, and it corrects what it typed while the
    /// request is with it. The centre accepts the ЦОН's moves for it.
    void anAkimsApparatus_isAnIntakePointOfItsOwn()
    {
        for (Path p : allPaths()) {
            for (T t : {T::Register, T::AddToCourierRegister, T::SendToProvider, T::IssueResult}) {
                QVERIFY(Workflow::mayEver(t, Channel::Akim, {R::AkimOfficer}));
                QVERIFY(!Workflow::rolesFor(t, Channel::Akim, p).contains(R::TsonOperator));
                QVERIFY(!Workflow::rolesFor(t, Channel::Akim, p).contains(R::Clerk));
                QVERIFY(!Workflow::rolesFor(t, Channel::Tson, p).contains(R::AkimOfficer));
                QVERIFY(!Workflow::rolesFor(t, Channel::Provider, p).contains(R::AkimOfficer));
            }
            QVERIFY(Workflow::mayEdit(S::Registered, Channel::Akim, p, R::AkimOfficer));
            QVERIFY(!Workflow::mayEdit(S::Registered, Channel::Akim, p, R::TsonOperator));
            QVERIFY(!Workflow::mayEdit(S::Registered, Channel::Tson, p, R::AkimOfficer));
            QVERIFY(!Workflow::mayEdit(S::InCourierRegister, Channel::Akim, p, R::AkimOfficer));
        }
        QVERIFY(
            Workflow::isAllowed(T::ReceiveAtProvider, S::SentToProvider, Channel::Akim, Path::ExecutorOnly, R::Clerk));
        QCOMPARE(Workflow::movesOnAnyPath(Channel::Akim), Workflow::movesOnAnyPath(Channel::Tson));
        QCOMPARE(deskChannel(Channel::Akim), Channel::Akim);
        QVERIFY(isIntakePoint(Channel::Akim) && isIntakePoint(Channel::Tson));
        QVERIFY(!isIntakePoint(Channel::Provider) && !isIntakePoint(Channel::Portal));
    }

    void finalStates_haveNoWayOut()
    {
        for (S s : allStates()) {
            bool anyMove = false;
            for (Path p : allPaths()) {
                for (Channel c : allChannels()) {
                    for (R r : allRoles())
                        anyMove = anyMove || !Workflow::available(s, c, p, r).isEmpty();
                }
            }
            QCOMPARE(!anyMove, isFinal(s));
        }
    }

    /// On every path and desk, a request that can be registered can always be closed: from each state it can reach,
    /// some final state is reachable (no request is stranded by its service's path).
    void everyPath_endsFromEveryStateItReaches()
    {
        for (Path p : allPaths()) {
            for (Channel c : {Channel::Provider, Channel::Tson, Channel::Akim}) {
                const auto next = [&](S s) {
                    QList<S> out;
                    for (T t : allTransitions()) {
                        if (const auto to = Workflow::target(t, s, c, p))
                            out << *to;
                    }
                    return out;
                };
                QList<S> reached{S::Draft};
                for (qsizetype i = 0; i < reached.size(); ++i) {
                    for (S n : next(reached.at(i))) {
                        if (!reached.contains(n))
                            reached << n;
                    }
                }
                QVERIFY(reached.contains(S::Issued));
                for (S from : reached) {
                    QList<S> ahead{from};
                    bool ends = isFinal(from);
                    for (qsizetype i = 0; i < ahead.size() && !ends; ++i) {
                        for (S n : next(ahead.at(i))) {
                            ends = ends || isFinal(n);
                            if (!ahead.contains(n))
                                ahead << n;
                        }
                    }
                    QVERIFY2(ends, qPrintable(pathName(p) + u'/' + channelName(c) + u'/' + stateName(from)));
                }
            }
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
        const Path full = Path::HeadAndExecutor;
        for (const auto& [t, r] : path) {
            QVERIFY2(Workflow::isAllowed(t, state, Channel::Tson, full, r), qPrintable(transitionName(t)));
            state = *Workflow::target(t, state, Channel::Tson, full);
        }
        QCOMPARE(state, S::Issued);
        QCOMPARE(Workflow::between(S::InWork, S::RefusalPrepared, Channel::Tson, full), T::PrepareRefusal);
        QVERIFY(!Workflow::between(S::Draft, S::Issued, Channel::Provider, full).has_value());
        QCOMPARE(Workflow::between(S::Registered, S::Issued, Channel::Provider, Path::ClerkOnly), T::IssueResult);
        QCOMPARE(Workflow::between(S::Registered, S::ResultPrepared, Channel::Provider, Path::ExecutorOnly),
                 T::PrepareResult);
    }

    void theCentre_acceptsTheMovesOfEveryPath()
    {
        for (Channel c : allChannels()) {
            const auto moves = Workflow::movesOnAnyPath(c);
            for (Path p : allPaths()) {
                for (T t : allTransitions()) {
                    for (S s : allStates()) {
                        if (const auto to = Workflow::target(t, s, c, p))
                            QVERIFY(moves.contains(std::pair{s, *to}));
                    }
                }
            }
            for (const auto& [from, to] : moves) {
                bool some = false;
                for (Path p : allPaths())
                    some = some || Workflow::between(from, to, c, p).has_value();
                QVERIFY(some);
            }
        }
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
        for (Path p : allPaths()) {
            QCOMPARE(pathFromName(pathName(p)), p);
            QVERIFY(!pathTitle(p).isEmpty());
        }
        QVERIFY(!roleFromName(QStringLiteral("root")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
