#include "Intake.h"

#include "DeskSettings.h"
#include "SqlUtil.h"
#include "intake/IntakeValidator.h"
#include "intake/PortalSubmission.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Intake)
};
} // namespace

QDateTime Intake::lastEventAt(const QSqlDatabase& db)
{
    // The newest of this desk's own events (another desk's, brought by sync, carry that desk's clock).
    return momentFromStored(
        scalar(db, QStringLiteral("SELECT at FROM events WHERE origin IS NULL ORDER BY id DESC LIMIT 1")).toString());
}

QList<FieldError> Intake::portalChecks(const RequestDraft& draft, const QDateTime& now, PortalSubmission* portal) const
{
    QList<FieldError> errors = PortalSubmission::read(draft, now, portal, kClockSlackSeconds);
    if (!errors.isEmpty())
        return errors;
    // One portal request is registered once: a second registration would run two terms and two histories for it.
    const QString existing =
        scalar(m_db,
               QStringLiteral("SELECT number FROM requests WHERE channel = 'portal' AND "
                              "json_extract(fields, '$.\"portal.number\"') = ? ORDER BY id LIMIT 1"),
               {portal->number})
            .toString();
    if (!existing.isEmpty())
        errors << FieldError{
            PortalSubmission::numberField,
            Tr::tr("the portal's request %1 is already registered here as %2").arg(portal->number, existing)};
    return errors;
}

IntakeOutcome Intake::submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& now,
                             bool refuseIfIncomplete, const QString& note, const QString& backdated)
{
    IntakeOutcome outcome;
    const ServiceVariant* variant = m_catalog.variant(draft.serviceId);
    if (!variant) {
        outcome.errors << FieldError{QStringLiteral("service"),
                                     QStringLiteral("no service \"%1\"").arg(draft.serviceId)};
        return outcome;
    }
    if (!m_desk)
        m_desk = DeskRepository(m_db).thisDesk();
    const std::optional<DeskRecord>& desk = m_desk;
    if (!desk)
        throw DeskRepository::notADesk();
    if (deskChannel(draft.channel) != desk->kind) { // a portal request is registered at the provider's канцелярия
        outcome.errors << FieldError{
            QStringLiteral("channel"),
            QStringLiteral("this desk takes requests through the channel «%1»").arg(channelTitle(desk->kind))};
        outcome.refusedByRule = true;
        return outcome;
    }
    if (!DeskSettings::takesService(*variant, draft.channel)) { // in force here, and offered through the channel
        outcome.errors << FieldError{QStringLiteral("service"),
                                     QStringLiteral("this desk does not take \"%1\": it is not among the services in "
                                                    "force here (Settings → Administration → Services)")
                                         .arg(variant->id)};
        outcome.refusedByRule = true;
        return outcome;
    }
    const Transition take = Transition::Register;
    if (!Workflow::isAllowed(take, RequestState::Draft, draft.channel, variant->path(), user.roles) || user.disabled) {
        outcome.errors << FieldError{QStringLiteral("user"),
                                     QStringLiteral("%1 may not take applications at this desk").arg(user.login)};
        outcome.refusedByRule = true;
        return outcome;
    }
    if (backdated.trimmed().isEmpty()) {
        // A clock set back would date the request — and run its legal deadlines — before what the desk already
        // recorded: refused until the clock is right (kensectl's --at with an administrator's --reason excepted).
        const QDateTime last = lastEventAt(m_db);
        if (last.isValid() && now < last.addSecs(-kClockSlackSeconds)) {
            outcome.errors << FieldError{
                QStringLiteral("clock"),
                Tr::tr("the computer's clock says %1, before this desk's last entry at %2: it was set back. Nothing "
                       "was written; set the clock right and register again")
                    .arg(now.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                         last.toString(QStringLiteral("dd.MM.yyyy HH:mm")))};
            outcome.refusedByRule = true;
            return outcome;
        }
    }
    RequestDraft normalized;
    outcome.errors = IntakeValidator::validate(*variant, draft, &normalized, now.date());
    if (!outcome.errors.isEmpty())
        return outcome;
    PortalSubmission portal;
    if (draft.channel == Channel::Portal) {
        outcome.errors = portalChecks(normalized, now, &portal);
        if (!outcome.errors.isEmpty())
            return outcome;
    }
    outcome.shortfalls = IntakeValidator::packageShortfalls(*variant, normalized);
    if (!outcome.shortfalls.isEmpty() && !refuseIfIncomplete)
        return outcome;

    const DeadlineCalculator calculator(m_calendar, desk->office.hours);
    NewRequest request;
    request.variant = variant;
    request.draft = normalized;
    // A portal request's term runs from the moment the applicant sent it, by the portal's steps.
    request.deadlines = calculator.compute(*variant, draft.channel, portal.sentAt.isValid() ? portal.sentAt : now);
    request.userId = user.id;
    request.acceptedAt = now;
    request.state = outcome.shortfalls.isEmpty() ? RequestState::Registered : RequestState::RefusedAtIntake;
    request.note = backdated.trimmed().isEmpty()
                       ? note
                       : (note.isEmpty() ? QString() : note + QLatin1Char('\n')) +
                             Tr::tr("Accepted at a moment given by hand: %1").arg(backdated.simplified());
    outcome.request = m_requests.create(*desk, request);
    return outcome;
}

} // namespace kense
