// Who a request names (the holder_/child_ convention read in one place), and what its events say in words.
#include "intake/Parties.h"
#include "queue/PlaceCycle.h"
#include "workflow/EventKind.h"
#include "workflow/RequestState.h"
#include "workflow/Workflow.h"

#include <QTest>

using namespace kense;

namespace {
RequestDraft draftWith(std::initializer_list<std::pair<const char*, const char*>> fields)
{
    RequestDraft d;
    for (const auto& [id, value] : fields)
        d.fields.insert(QString::fromUtf8(id), QString::fromUtf8(value));
    return d;
}
} // namespace

class TestPartiesAndEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partiesOf_readsApplicantRepresentativeAndHolder()
    {
        const RequestDraft d = draftWith({{"applicant.iin", "880101300123"},
                                          {"applicant.surname", "Әлиева"},
                                          {"applicant.given_name", "Әлия"},
                                          {"applicant.patronymic", "Қасымқызы"},
                                          {"applicant.phone", "+7 701 123 45 67"},
                                          {"representative.surname", "Иванов"},
                                          {"representative.given_name", "Иван"},
                                          {"representative.poa_number", "17"},
                                          {"representative.poa_date", "2026-11-30"},
                                          {"subject.holder_surname", "Әлиев"},
                                          {"subject.holder_given_name", "Нұрлан"}});
        const QList<Party> parties = partiesOf(d);
        QCOMPARE(parties.size(), 3);
        QCOMPARE(parties[0].role, PartyRole::Applicant);
        QCOMPARE(parties[0].fullName(), QStringLiteral("Әлиева Әлия Қасымқызы"));
        QCOMPARE(parties[0].phone, QStringLiteral("+7 701 123 45 67"));
        QCOMPARE(parties[1].role, PartyRole::Representative);
        QCOMPARE(parties[1].poaNumber, QStringLiteral("17"));
        QCOMPARE(parties[1].poaDate, QStringLiteral("2026-11-30"));
        QCOMPARE(parties[2].role, PartyRole::Subject);
        QCOMPARE(parties[2].fullName(), QStringLiteral("Әлиев Нұрлан"));
    }

    void partiesOf_leavesOutWhomTheDraftDoesNotName()
    {
        const RequestDraft d = draftWith({{"applicant.surname", "Әлиева"}, {"representative.phone", "+7 701 1"}});
        const QList<Party> parties = partiesOf(d);
        QCOMPARE(parties.size(), 1); // a phone alone names no representative
        QCOMPARE(parties[0].role, PartyRole::Applicant);
    }

    void subject_isTheChildWhenNoHolderIsNamed()
    {
        const RequestDraft d = draftWith({{"subject.child_iin", "210505600111"},
                                          {"subject.child_surname", "Серікова"},
                                          {"subject.child_given_name", "Айым"}});
        const Party subject = partyOf(d, PartyRole::Subject);
        QCOMPARE(subject.iin, QStringLiteral("210505600111"));
        QCOMPARE(subject.fullName(), QStringLiteral("Серікова Айым"));
        QCOMPARE(subjectOf(d.fields, SubjectKind::Child).fullName(), QStringLiteral("Серікова Айым"));
        QVERIFY(subjectOf(d.fields, SubjectKind::Holder).isEmpty());
    }

    void roleNames_roundTrip()
    {
        for (PartyRole role : {PartyRole::Applicant, PartyRole::Representative, PartyRole::Subject})
            QCOMPARE(partyRoleFromName(partyRoleName(role)), role);
        QCOMPARE(partyRoleFromName(QStringLiteral("holder")), std::nullopt);
        QCOMPARE(joinPersonName(QStringLiteral(" Әлиев "), QString(), QStringLiteral("Қасымұлы")),
                 QStringLiteral("Әлиев Қасымұлы"));
    }

    void eventKinds_roundTripAndTransitionsAreMoves()
    {
        for (EventKind kind :
             {EventKind::Registered, EventKind::RefusedAtIntake, EventKind::Edited, EventKind::ResultSaved,
              EventKind::SurveyAnswered, EventKind::PutInRegister, EventKind::TakenOutOfRegister,
              EventKind::RegisterSent, EventKind::ConflictDecided, EventKind::UserAdded, EventKind::OfficeHoursSaved}) {
            QVERIFY(!eventKindName(kind).isEmpty());
            QCOMPARE(eventKindOf(eventKindName(kind)), kind);
            QVERIFY(!eventKindTitle(kind).isEmpty());
        }
        for (Transition t : allTransitions())
            QCOMPARE(eventKindOf(transitionName(t)), EventKind::Moved);
        QVERIFY(eventKindName(EventKind::Moved).isEmpty());
        QCOMPARE(eventKindOf(QStringLiteral("from_a_newer_desk")), std::nullopt);
    }

    void describeEvent_saysMovesAsStatesAndTheRestByTitle()
    {
        const QString registered = stateName(RequestState::Registered);
        const QString draft = stateName(RequestState::Draft);
        QCOMPARE(describeEvent(QStringLiteral("edit"), registered, registered), eventKindTitle(EventKind::Edited));
        QCOMPARE(describeEvent(QStringLiteral("registered"), draft, registered),
                 QStringLiteral("%1 → %2").arg(stateTitle(RequestState::Draft), stateTitle(RequestState::Registered)));
        QCOMPARE(describeEvent(QStringLiteral("registered"), QString(), registered),
                 stateTitle(RequestState::Registered));
        QCOMPARE(describeEvent(QStringLiteral("from_a_newer_desk"), QString(), QString()),
                 QStringLiteral("from_a_newer_desk"));
        // A move of the preschool queue's cycle leaves the request where it is: the history names the move.
        for (PlaceMove m : allPlaceMoves()) {
            QCOMPARE(eventKindOf(placeMoveName(m)), EventKind::PlaceMoved);
            QCOMPARE(describeEvent(placeMoveName(m), registered, registered), placeMoveTitle(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestPartiesAndEvents)
#include "tst_partiesandevents.moc"
