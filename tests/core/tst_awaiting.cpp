// «Waiting for me» from the rule book (issue 15): which requests wait for a head's or an executor's move.
#include "workflow/Awaiting.h"

#include <QTest>

using namespace kense;

namespace {
/// The clauses for `roles` on one channel and path, as «states|named» strings, for comparing.
QStringList clausesOn(const QList<Role>& roles, Channel channel, Path path)
{
    QStringList out;
    for (const AwaitingClause& c : awaitingClauses(roles)) {
        if (c.channel != channel || c.path != path)
            continue;
        QStringList states;
        for (RequestState s : c.states)
            states << stateName(s);
        out << states.join(u',') + (c.executorsOwn ? u"|own"_qs : u"|anyone"_qs);
    }
    return out;
}
} // namespace

class TestAwaiting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHead_resolvesAndSigns_whateverReachesIt()
    {
        QCOMPARE(clausesOn({Role::Head}, Channel::Provider, Path::HeadAndExecutor),
                 QStringList{u"registered,result_prepared,refusal_prepared|anyone"_qs});
        // A ЦОН's request waits for the head once the канцелярия received it, not while at the ЦОН.
        QCOMPARE(clausesOn({Role::Head}, Channel::Tson, Path::HeadAndExecutor),
                 QStringList{u"received_by_provider,result_prepared,refusal_prepared|anyone"_qs});
        QVERIFY(clausesOn({Role::Head}, Channel::Provider, Path::ExecutorOnly).isEmpty()); // no head on that path
    }

    void anExecutor_isWaitedFor_onWhatIsNamedToThem()
    {
        QCOMPARE(clausesOn({Role::Executor}, Channel::Provider, Path::HeadAndExecutor), QStringList{u"in_work|own"_qs});
        QCOMPARE(clausesOn({Role::Executor}, Channel::Tson, Path::HeadAndExecutor), QStringList{u"in_work|own"_qs});
    }

    void othersAreNotWaitedForHere()
    {
        QVERIFY(awaitingClauses({Role::Clerk, Role::TsonOperator, Role::AkimOfficer, Role::Administrator}).isEmpty());
        // Both roles: both waits.
        QCOMPARE(clausesOn({Role::Head, Role::Executor}, Channel::Provider, Path::HeadAndExecutor),
                 (QStringList{u"registered,result_prepared,refusal_prepared|anyone"_qs, u"in_work|own"_qs}));
    }

    /// Without a head the executor takes a registered (or received) request straight away: it has no executor yet,
    /// and the journal finds it for every executor (executorsOwn: the user's, or none); «in work» is a request begun
    /// on the head's path before an administrator took the head out.
    void onAPathWithoutAHead_theExecutorTakesWhatNobodyTook()
    {
        QCOMPARE(clausesOn({Role::Executor}, Channel::Provider, Path::ExecutorOnly),
                 QStringList{u"registered,in_work|own"_qs});
        QCOMPARE(clausesOn({Role::Executor}, Channel::Tson, Path::ExecutorOnly),
                 QStringList{u"received_by_provider,in_work|own"_qs});
        QVERIFY(clausesOn({Role::Executor}, Channel::Provider, Path::ClerkOnly).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAwaiting)
#include "tst_awaiting.moc"
