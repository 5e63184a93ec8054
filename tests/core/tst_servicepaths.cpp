// Each service's own path (issue 17, item 3): which of the provider's people act on a request is read from the
// variant's steps in the catalog, not one fixed chain. The expectation per variant is written here from the seeds
// (../shared/seeds), independently of the loader and of Workflow; then every variant is walked on each desk it
// offers, from the application to the issue, by whoever the workflow lets act, and the people who acted are compared
// with the people its regulation names.
#include "catalog/ServiceCatalog.h"
#include "workflow/Workflow.h"

#include <QMap>
#include <QSet>
#include <QTest>

using namespace kense;

namespace {
/// From the seeds. The head's resolution and signature where a step names the head; without one the executor
/// (сотрудник / жауапты орындаушы) prepares and the канцелярия or the ЦОН issues; Almaty's home-schooling documents
/// are two steps of the канцелярия alone (приём 15 мин, выдача 15 мин).
const QMap<QString, Path>& expectedPaths()
{
    static const QMap<QString, Path> paths{
        {QStringLiteral("consult-help-families-disabled-children-vko"), Path::ClerkOnly}, // excluded: no steps kept
        {QStringLiteral("disabled-children-home-education-support-kyzylorda"), Path::ExecutorOnly},
        {QStringLiteral("duplicate-secondary-edu-aktobe"), Path::HeadAndExecutor},
        {QStringLiteral("duplicate-secondary-edu-almaty"), Path::HeadAndExecutor},
        {QStringLiteral("duplicate-secondary-edu-vko"), Path::HeadAndExecutor},
        {QStringLiteral("duplicate-tve-edu-kostanay"), Path::HeadAndExecutor},
        {QStringLiteral("externat-permit-aktobe"), Path::HeadAndExecutor},
        {QStringLiteral("externat-permit-almaty"), Path::HeadAndExecutor},
        {QStringLiteral("externat-permit-vko"), Path::HeadAndExecutor},
        {QStringLiteral("home-schooling-docs-almaty"), Path::ClerkOnly},
        {QStringLiteral("preschool-queue-vko"), Path::ExecutorOnly},
        {QStringLiteral("preschool-registration-kyzylorda"), Path::ExecutorOnly},
        {QStringLiteral("school-enrollment-aktobe"), Path::HeadAndExecutor},
        {QStringLiteral("school-enrollment-almaty"), Path::HeadAndExecutor},
        {QStringLiteral("summer-camp-referral-lowincome-aktobe"), Path::ClerkOnly}, // excluded: no steps kept
        {QStringLiteral("targeted-social-assistance-kyzylorda"), Path::ExecutorOnly},
        {QStringLiteral("tve-admission-vko"), Path::ClerkOnly}, // excluded: no steps kept
        {QStringLiteral("unemployed-certificate-kyzylorda"), Path::ExecutorOnly},
    };
    return paths;
}

/// The roles that act on the way from the application to the issue of a result on `channel`, every way the
/// workflow allows (a breadth-first walk over the states, each move made by each role the workflow lets make it).
QSet<Role> actorsOnTheWayToIssue(Path path, Channel channel, bool* reachesIssue)
{
    QSet<Role> actors;
    QList<RequestState> reached{RequestState::Draft};
    for (qsizetype i = 0; i < reached.size(); ++i) {
        for (Transition t : allTransitions()) {
            const auto to = Workflow::target(t, reached.at(i), channel, path);
            if (!to)
                continue;
            for (Role r : Workflow::rolesFor(t, channel, path))
                actors.insert(r);
            if (!reached.contains(*to))
                reached << *to;
        }
    }
    *reachesIssue = reached.contains(RequestState::Issued);
    return actors;
}
} // namespace

class TestServicePaths : public QObject
{
    Q_OBJECT

    ServiceCatalog m_catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());

private Q_SLOTS:
    void everyVariant_hasThePathItsRegulationGives()
    {
        QStringList seen;
        for (const ServiceVariant& v : m_catalog.variants()) {
            QVERIFY2(expectedPaths().contains(v.id), qPrintable(v.id + u": a new variant — write its path here"));
            QVERIFY2(
                v.path() == expectedPaths().value(v.id),
                qPrintable(v.id + u": " + pathName(v.path()) + u", expected " + pathName(expectedPaths().value(v.id))));
            seen << v.id;
        }
        QCOMPARE(seen.size(), expectedPaths().size());
    }

    void everyVariant_isWorkedByThePeopleItsStepsName()
    {
        for (const ServiceVariant& v : m_catalog.variants()) {
            if (v.isExcluded())
                continue;
            bool head = false, executor = false;
            for (const Step& s : v.steps) {
                head = head || s.actor == StepActor::Head;
                executor = executor || s.actor == StepActor::Executor;
            }
            for (Channel c : v.channels) { // a portal request too, from its registration at the канцелярия
                bool issues = false;
                const QSet<Role> actors = actorsOnTheWayToIssue(v.path(), c, &issues);
                const QByteArray where = (v.id + u'/' + channelName(c)).toUtf8();
                QVERIFY2(issues, where.constData());
                QVERIFY2(actors.contains(Role::Head) == head, where.constData());
                QVERIFY2(actors.contains(Role::Executor) == executor, where.constData());
                QVERIFY2(actors.contains(c == Channel::Tson ? Role::TsonOperator : Role::Clerk), where.constData());
                QVERIFY2(!actors.contains(Role::Administrator), where.constData());
            }
        }
    }

    /// The three paths a clerk meets, as the card offers them: the moves of each role in order, provider desk.
    void theMovesOfEachPath_atTheProvidersDesk()
    {
        using T = Transition;
        const auto walk = [](Path path, const QList<QPair<T, Role>>& moves) {
            RequestState s = RequestState::Draft;
            for (const auto& [t, role] : moves) {
                if (!Workflow::isAllowed(t, s, Channel::Provider, path, role))
                    return QStringLiteral("%1 may not %2 from %3").arg(roleName(role), transitionName(t), stateName(s));
                s = *Workflow::target(t, s, Channel::Provider, path);
            }
            return stateName(s);
        };
        QCOMPARE(walk(Path::HeadAndExecutor, {{T::Register, Role::Clerk},
                                              {T::AssignExecutor, Role::Head},
                                              {T::PrepareResult, Role::Executor},
                                              {T::SignResult, Role::Head},
                                              {T::IssueResult, Role::Clerk}}),
                 u"issued"_qs);
        QCOMPARE(walk(Path::ExecutorOnly,
                      {{T::Register, Role::Clerk}, {T::PrepareResult, Role::Executor}, {T::IssueResult, Role::Clerk}}),
                 u"issued"_qs);
        QCOMPARE(
            walk(Path::ExecutorOnly,
                 {{T::Register, Role::Clerk}, {T::PrepareRefusal, Role::Executor}, {T::IssueRefusal, Role::Clerk}}),
            u"refusal_issued"_qs);
        QCOMPARE(walk(Path::ExecutorOnly, {{T::Register, Role::Clerk}, {T::AssignExecutor, Role::Head}}),
                 u"head may not assign_executor from registered"_qs);
        QCOMPARE(walk(Path::ClerkOnly, {{T::Register, Role::Clerk}, {T::IssueResult, Role::Clerk}}), u"issued"_qs);
        QCOMPARE(walk(Path::ClerkOnly, {{T::Register, Role::Clerk}, {T::PrepareResult, Role::Executor}}),
                 u"executor may not prepare_result from registered"_qs);
    }
};

QTEST_GUILESS_MAIN(TestServicePaths)
#include "tst_servicepaths.moc"
