// A user holds several roles: the workflow's answers for the set are the answers for any one of them, exactly, for
// every transition, channel and state — the windows and the storage ask only these.
#include "catalog/ServiceVariant.h"
#include "workflow/Workflow.h"

#include <QTest>

#include <algorithm>

using namespace kense;

namespace {
/// Every set of roles, as a list (2^n of them).
QList<QList<Role>> roleSets()
{
    const QList<Role> roles = allRoles();
    QList<QList<Role>> sets;
    for (int mask = 0; mask < (1 << roles.size()); ++mask) {
        QList<Role> set;
        for (int i = 0; i < roles.size(); ++i) {
            if (mask & (1 << i))
                set << roles.at(i);
        }
        sets << set;
    }
    return sets;
}
} // namespace

class TestWorkflowRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleSet_isAllowedExactlyWhenOneRoleIs()
    {
        for (const QList<Role>& set : roleSets()) {
            for (Path p : allPaths()) {
                for (Channel c : {Channel::Provider, Channel::Tson}) {
                    for (RequestState s : allStates()) {
                        for (Transition t : allTransitions()) {
                            bool any = false;
                            for (Role r : set)
                                any = any || Workflow::isAllowed(t, s, c, p, r);
                            QCOMPARE(Workflow::isAllowed(t, s, c, p, set), any);
                            QCOMPARE(Workflow::available(s, c, p, set).contains(t), any);
                        }
                        bool edit = false, prepare = false;
                        for (Role r : set) {
                            edit = edit || Workflow::mayEdit(s, c, p, r);
                            prepare = prepare || Workflow::mayPrepareResult(s, c, p, r);
                        }
                        QCOMPARE(Workflow::mayEdit(s, c, p, set), edit);
                        QCOMPARE(Workflow::mayPrepareResult(s, c, p, set), prepare);
                    }
                }
            }
        }
    }

    void roleSet_availableListsEachMoveOnceInOrder()
    {
        const QList<Role> everyone = allRoles();
        const QList<Transition> moves =
            Workflow::available(RequestState::Registered, Channel::Tson, Path::HeadAndExecutor, everyone);
        QVERIFY(!moves.isEmpty());
        QList<Transition> sorted = moves;
        std::sort(sorted.begin(), sorted.end(),
                  [](Transition a, Transition b) { return allTransitions().indexOf(a) < allTransitions().indexOf(b); });
        QCOMPARE(moves, sorted);
        for (Transition t : moves)
            QCOMPARE(moves.count(t), 1);
    }

    void mayEver_followsTheRolesOfTheChannelOnAnyPath()
    {
        QVERIFY(Workflow::mayEver(Transition::Register, Channel::Provider, {Role::Clerk}));
        QVERIFY(!Workflow::mayEver(Transition::Register, Channel::Provider, {Role::Head, Role::Executor}));
        QVERIFY(!Workflow::mayEver(Transition::Register, Channel::Provider, {}));
        for (Transition t : allTransitions()) {
            for (Channel c : {Channel::Provider, Channel::Tson}) {
                for (Role r : allRoles()) {
                    bool some = false;
                    for (Path p : allPaths())
                        some = some || Workflow::rolesFor(t, c, p).contains(r);
                    QCOMPARE(Workflow::mayEver(t, c, {r}), some);
                }
            }
        }
    }

    void serviceTitle_namesTheRegionWhenThereIsOne()
    {
        ServiceVariant v;
        v.name.kk = QStringLiteral("Телнұсқа беру");
        v.name.ru = QStringLiteral("Выдача дубликатов");
        v.region.kk = QStringLiteral("ШҚО");
        v.region.ru = QStringLiteral("ВКО");
        QCOMPARE(v.title(Language::Kazakh), QStringLiteral("Телнұсқа беру — ШҚО"));
        QCOMPARE(v.title(Language::Russian), QStringLiteral("Выдача дубликатов — ВКО"));
        v.region = LocalizedText{};
        QCOMPARE(v.title(Language::Russian), QStringLiteral("Выдача дубликатов"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRoles)
#include "tst_workflowroles.moc"
