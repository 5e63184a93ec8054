// What the intake offers from this desk's earlier work (issue 15, item 4), on a real SQLite desk: the person a
// known IIN names, as the last request wrote them and how many requests named them; the services a clerk
// registered last.
#include "Intake.h"
#include "IntakeHints.h"
#include "TestDesk.h"

#include <QTest>

using namespace kense;
using namespace kense::test;

namespace {
QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}
} // namespace

class TestIntakeHints : public QObject
{
    Q_OBJECT

    QString submit(TestDesk& desk, const RequestDraft& d, const UserRecord& by, const QDateTime& when)
    {
        const IntakeOutcome o = Intake(desk.db.connection(), desk.catalog, desk.calendar).submit(d, by, when, false);
        if (!o.request) {
            QStringList errors;
            for (const FieldError& e : o.errors)
                errors << e.fieldId + QLatin1String(": ") + e.message;
            qFatal("not registered: %s", qPrintable(errors.join(QLatin1String("; "))));
        }
        return o.request->number;
    }

private Q_SLOTS:
    void aKnownIin_bringsTheLastRequestsData_andHowManyNamedIt()
    {
        TestDesk desk;
        desk.setUp();
        const IntakeHints hints(desk.db.connection());
        QVERIFY(!hints.applicant(u"061211600129"_qs)); // nobody yet
        submit(desk, duplicateDraft(), desk.clerk, at(2, 10));
        RequestDraft moved = duplicateDraft();
        moved.fields[u"applicant.phone"_qs] = u"8 777 000 11 22"_qs;
        moved.fields[u"applicant.address"_qs] = u"Өскемен қ., Тәуелсіздік к-сі, 5"_qs;
        const QString second = submit(desk, moved, desk.clerk, at(3, 11));
        // Another applicant's request names nobody else's data.
        RequestDraft other = duplicateDraft();
        other.fields[u"applicant.iin"_qs] = u"850304301235"_qs;
        other.fields[u"applicant.surname"_qs] = u"Ахметов"_qs;
        submit(desk, other, desk.clerk, at(4, 9));

        const std::optional<KnownApplicant> known = hints.applicant(u"061211600129"_qs);
        QVERIFY(known);
        QCOMPARE(known->requests, 2);
        QCOMPARE(known->lastNumber, second);
        QCOMPARE(known->lastAcceptedAt, at(3, 11));
        QCOMPARE(known->party.role, PartyRole::Applicant);
        QCOMPARE(known->party.surname, u"ӘЛИЯ"_qs);
        QCOMPARE(known->party.givenName, u"Қасымқызы"_qs);
        QCOMPARE(known->party.phone, u"+7 777 000 11 22"_qs); // the last request's, as stored (normalised)
        QCOMPARE(known->party.address, u"Өскемен қ., Тәуелсіздік к-сі, 5"_qs);

        // The same person coming for someone else, by power of attorney: one more request, and the last data.
        RequestDraft forOther = other;
        forOther.fields.insert(u"representative.iin"_qs, u"061211600129"_qs);
        forOther.fields.insert(u"representative.surname"_qs, u"ӘЛИЯ"_qs);
        forOther.fields.insert(u"representative.given_name"_qs, u"Қасымқызы"_qs);
        forOther.fields.insert(u"representative.phone"_qs, u"8 700 999 88 77"_qs);
        forOther.fields.insert(u"representative.poa_number"_qs, u"12-345"_qs);
        forOther.fields.insert(u"representative.poa_date"_qs, u"2026-11-01"_qs);
        forOther.documents.insert(u"power_of_attorney"_qs, DocumentStatus::Original);
        const QString third = submit(desk, forOther, desk.clerk, at(5, 12));
        const std::optional<KnownApplicant> again = hints.applicant(u"061211600129"_qs);
        QVERIFY(again);
        QCOMPARE(again->requests, 3);
        QCOMPARE(again->lastNumber, third);
        QCOMPARE(again->party.role, PartyRole::Representative);
        QCOMPARE(again->party.phone, u"+7 700 999 88 77"_qs);
        QCOMPARE(hints.applicant(u"850304301235"_qs)->requests, 2); // the applicant of «other» and of «forOther»

        // Not an IIN: nothing is looked for (a LIKE or a prefix would offer someone else's data).
        QVERIFY(!hints.applicant(u"0612116001"_qs));
        QVERIFY(!hints.applicant(u"06121160012%"_qs));
        QVERIFY(!hints.applicant(QString()));
    }

    void recentServices_areTheUsersOwn_latestFirst()
    {
        TestDesk desk;
        desk.setUp();
        const UserRecord dana = UserRepository(desk.db.connection())
                                    .add(u"dana"_qs, PersonalName{u"Әлиева"_qs, u"Дана"_qs, {}}, {Role::Clerk},
                                         u"dana-pass-12"_qs, at(2, 9));
        submit(desk, duplicateDraft(), desk.clerk, at(2, 10));
        submit(desk, unemployedDraft(), desk.clerk, at(2, 11));
        submit(desk, duplicateDraft(), desk.clerk, at(3, 10));
        const IntakeHints hints(desk.db.connection());
        QCOMPARE(hints.recentServices(desk.clerk.id, 5),
                 (QStringList{u"duplicate-secondary-edu-vko"_qs, u"unemployed-certificate-kyzylorda"_qs}));
        QCOMPARE(hints.recentServices(desk.clerk.id, 1), QStringList{u"duplicate-secondary-edu-vko"_qs});
        QVERIFY(hints.recentServices(dana.id, 5).isEmpty()); // another clerk's work is not hers
        submit(desk, unemployedDraft(), dana, at(4, 9));
        QCOMPARE(hints.recentServices(dana.id, 5), QStringList{u"unemployed-certificate-kyzylorda"_qs});
        QCOMPARE(hints.recentServices(desk.clerk.id, 5).size(), 2);
        // Only the desk's last registrations are looked through: the newest one is Dana's.
        QVERIFY(hints.recentServices(desk.clerk.id, 5, 1).isEmpty());
    }
};

QTEST_MAIN(TestIntakeHints)
#include "tst_intakehints.moc"
