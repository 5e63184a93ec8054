#include "Cli.h"
#include "DataInForce.h"
#include "Intake.h"
#include "Journal.h"
#include "Queue.h"
#include "SqlUtil.h"
#include "intake/RequestFile.h"
#include "workflow/Sla.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense::cli {

namespace {
constexpr auto kMoment = "yyyy-MM-ddTHH:mm";

QString moment(const QDateTime& t)
{
    return t.isValid() ? t.toString(QString::fromLatin1(kMoment)) : QString();
}

/// Reads a request file (RequestFile); a bad one is refused with its name and the reason.
RequestDraft readDraft(const QString& path, QString* note)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Failure{BadInput, QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString())};
    QString error;
    std::optional<RequestFile> file = RequestFile::parse(f.readAll(), path, &error);
    if (!file)
        throw Failure{BadInput, error};
    *note = file->note;
    return file->draft;
}

QDateTime momentOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return QDateTime::currentDateTime();
    const QDateTime t = QDateTime::fromString(p.value(name), QString::fromLatin1(kMoment));
    if (!t.isValid())
        throw Failure{BadInput,
                      QStringLiteral("--%1: \"%2\" is not of the form YYYY-MM-DDTHH:MM").arg(name, p.value(name))};
    return t;
}

/// A moment given with --at runs the legal deadlines: before the desk's last entry or more than five minutes ahead
/// of the clock it is refused, unless an administrator gives the reason (--reason), which the event keeps.
void checkMoment(Queue& queue, const UserRecord& user, const QDateTime& when, const QString& reason)
{
    const QDateTime last = Intake::lastEventAt(queue.db());
    const QDateTime latest = QDateTime::currentDateTime().addSecs(Intake::kClockSlackSeconds);
    const bool early = last.isValid() && when < last.addSecs(-Intake::kClockSlackSeconds);
    const bool late = when > latest;
    if (!reason.isEmpty() && !user.roles.contains(Role::Administrator))
        throw Failure{No, QStringLiteral("--reason: only an administrator dates a request by hand")};
    if ((early || late) && reason.isEmpty())
        throw Failure{
            No, QStringLiteral("--at %1 is %2: an administrator may allow it with --reason TEXT")
                    .arg(moment(when), early ? QStringLiteral("before this desk's last entry (%1)").arg(moment(last))
                                             : QStringLiteral("in the future"))};
}

int submit(Context& ctx, bool refuse)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The user taking the application."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Moment of acceptance (default: now)."),
                                QStringLiteral("YYYY-MM-DDTHH:MM"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why --at lies before the desk's last entry or in the future "
                                                   "(an administrator only; the event keeps it)."),
                                    QStringLiteral("TEXT"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), as, at, reason});
    const QString verb = refuse ? QStringLiteral("refuse") : QStringLiteral("register");
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl request %1 FILE.json --as LOGIN --password-stdin --db FILE "
                                 "[--at YYYY-MM-DDTHH:MM [--reason TEXT]] [--json]")
                      .arg(verb));
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    QString note;
    const RequestDraft draft = readDraft(pos.first(), &note);
    const QDateTime when = momentOption(p, QStringLiteral("at"));
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const QString backdated = p.value(reason).trimmed();
    if (p.isSet(at)) // without --at the moment is the clock's, which Intake checks itself (a clock set back)
        checkMoment(queue, user, when, backdated);
    const ServiceCatalog catalog = catalogInForce();
    const WorkingCalendar calendar = calendarInForce();
    IntakeOutcome outcome;
    try {
        outcome = Intake(queue.db(), catalog, calendar).submit(draft, user, when, refuse, note, backdated);
    } catch (const StorageError& e) {
        throw Failure::of(e, No); // the store said no (a desk on hold after a restore), or failed
    }
    if (!outcome.errors.isEmpty()) {
        if (ctx.json()) {
            QJsonArray errors;
            for (const FieldError& e : std::as_const(outcome.errors))
                errors.append(QJsonObject{{QStringLiteral("field"), e.fieldId}, {QStringLiteral("reason"), e.message}});
            Context::printJson(QJsonObject{{QStringLiteral("registered"), false}, {QStringLiteral("errors"), errors}});
        }
        const FieldError& first = outcome.errors.first();
        throw Failure{outcome.refusedByRule ? No : BadInput,
                      QStringLiteral("%1: %2%3")
                          .arg(first.fieldId, first.message,
                               outcome.errors.size() > 1
                                   ? QStringLiteral(" (and %1 more)").arg(outcome.errors.size() - 1)
                                   : QString())};
    }
    QStringList missing;
    for (const DocumentSpec& d : outcome.missingDocuments())
        missing << d.id;
    QStringList said = missing; // for people: a copy where the original is required is said so
    for (const DocumentShortfall& s : std::as_const(outcome.shortfalls)) {
        if (s.why == DocumentShortfall::Why::CopyOnly)
            said[missing.indexOf(s.document.id)] += QStringLiteral(" (only a copy; the original is required)");
    }
    if (!refuse && !missing.isEmpty()) {
        if (ctx.json())
            Context::printJson(QJsonObject{{QStringLiteral("registered"), false},
                                           {QStringLiteral("missing_documents"), QJsonArray::fromStringList(missing)}});
        throw Failure{No, QStringLiteral("the package is incomplete, missing: %1 — record the refusal with "
                                         "'kensectl request refuse'")
                              .arg(said.join(QStringLiteral(", ")))};
    }
    if (refuse && missing.isEmpty())
        throw Failure{BadInput, QStringLiteral("the package is complete: register it instead of refusing")};
    const RegisteredRequest& r = *outcome.request;
    if (ctx.json())
        Context::printJson(
            QJsonObject{{QStringLiteral("number"), r.number},
                        {QStringLiteral("state"), stateName(r.state)},
                        {QStringLiteral("due"), hasTerm(r.dueAt) ? QJsonValue(moment(r.dueAt)) : QJsonValue()},
                        {QStringLiteral("missing_documents"), QJsonArray::fromStringList(missing)}});
    else
        Context::printLine(
            refuse ? QStringLiteral("%1 refused at intake (missing: %2)").arg(r.number, said.join(QStringLiteral(", ")))
                   : QStringLiteral("%1 registered, due %2")
                         .arg(r.number, hasTerm(r.dueAt) ? moment(r.dueAt) : QStringLiteral("— no term set")));
    return Ok;
}

QJsonObject detailsJson(const RequestDetails& r)
{
    QJsonArray parties;
    for (const PartyRecord& p : r.parties) {
        QJsonObject o{{QStringLiteral("role"), partyRoleName(p.role)},
                      {QStringLiteral("iin"), p.iin},
                      {QStringLiteral("surname"), p.surname},
                      {QStringLiteral("given_name"), p.givenName},
                      {QStringLiteral("patronymic"), p.patronymic}};
        if (!p.phone.isEmpty())
            o.insert(QStringLiteral("phone"), p.phone);
        if (!p.poaNumber.isEmpty())
            o.insert(QStringLiteral("power_of_attorney"),
                     QJsonObject{{QStringLiteral("number"), p.poaNumber}, {QStringLiteral("date"), p.poaDate}});
        parties.append(o);
    }
    QJsonArray documents;
    for (const DocumentRecord& d : r.documents)
        documents.append(QJsonObject{{QStringLiteral("id"), d.docId},
                                     {QStringLiteral("name_kk"), d.nameKk},
                                     {QStringLiteral("name_ru"), d.nameRu},
                                     {QStringLiteral("required"), d.required},
                                     {QStringLiteral("status"), documentStatusName(d.status)}});
    QJsonArray steps;
    for (const StepDueRecord& s : r.steps)
        steps.append(
            QJsonObject{{QStringLiteral("n"), s.n},
                        {QStringLiteral("role"), s.actor},
                        {QStringLiteral("due"), s.dueAt.isValid() ? QJsonValue(moment(s.dueAt)) : QJsonValue()}});
    QJsonArray events;
    for (const EventRecord& e : r.events)
        events.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                  {QStringLiteral("user"), e.user},
                                  {QStringLiteral("kind"), e.kind},
                                  {QStringLiteral("from"), e.fromState},
                                  {QStringLiteral("to"), e.toState},
                                  {QStringLiteral("note"), e.note}});
    QJsonObject fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("number"), r.number},
                       {QStringLiteral("uuid"), r.uuid},
                       {QStringLiteral("service"), r.serviceId},
                       {QStringLiteral("channel"), channelName(r.channel)},
                       {QStringLiteral("desk"), QString(r.officeCode + QLatin1Char('-') + r.deskCode)},
                       {QStringLiteral("accepted_by"), r.acceptedBy},
                       {QStringLiteral("accepted_at"), moment(r.acceptedAt)},
                       {QStringLiteral("state"), stateName(r.state)},
                       {QStringLiteral("executor"), r.executor},
                       {QStringLiteral("due"), hasTerm(r.dueAt) ? QJsonValue(moment(r.dueAt)) : QJsonValue()},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("parties"), parties},
                       {QStringLiteral("documents"), documents},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("events"), events}};
}

int show(Context& ctx)
{
    QCommandLineParser p;
    p.addOption(Context::dbOption());
    const QStringList pos = ctx.parse(p, 1, 1, QStringLiteral("kensectl request show NUMBER --db FILE [--json]"));
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const auto r = RequestRepository(queue.db()).load(pos.first().trimmed().toUpper());
    if (!r)
        throw Failure{No, QStringLiteral("no request %1").arg(pos.first())};
    if (ctx.json()) {
        Context::printJson(detailsJson(*r));
        return Ok;
    }
    Context::printLine(QStringLiteral("%1  %2  %3").arg(r->number, r->serviceId, stateName(r->state)));
    Context::printLine(QStringLiteral("  accepted %1 by %2 (%3), due %4")
                           .arg(moment(r->acceptedAt), r->acceptedBy, channelName(r->channel), moment(r->dueAt)));
    for (const PartyRecord& party : r->parties)
        Context::printLine(
            QStringLiteral("  %1: %2 %3 %4, IIN %5")
                .arg(partyRoleName(party.role), party.surname, party.givenName, party.patronymic, party.iin));
    for (const DocumentRecord& d : r->documents)
        Context::printLine(QStringLiteral("  [%1] %2").arg(documentStatusName(d.status), -8).arg(d.nameRu));
    for (const EventRecord& e : r->events) {
        // A move shows the states it went between; an event that moves nothing (an edit, a register, a place in the
        // waiting list offered) its kind and what it recorded.
        Context::printLine(
            e.fromState == e.toState
                ? QStringLiteral("  %1 %2: %3 %4 %5").arg(moment(e.at), e.user, e.kind, e.after, e.note)
                : QStringLiteral("  %1 %2: %3 → %4 %5").arg(moment(e.at), e.user, e.fromState, e.toState, e.note));
    }
    return Ok;
}

int search(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Number, IIN or name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("State."), QStringLiteral("STATE"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Service id."), QStringLiteral("ID"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("provider, tson or portal."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption sla(QStringLiteral("sla"), QStringLiteral("overdue, due-soon or on-time."),
                                 QStringLiteral("SLA"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Accepted on or after."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Accepted on or before."), QStringLiteral("DATE"));
    const QCommandLineOption executor(QStringLiteral("executor"), QStringLiteral("Executor's login."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default 50)."),
                                   QStringLiteral("N"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("The moment SLA is judged at (default: now)."),
                                 QStringLiteral("YYYY-MM-DDTHH:MM"));
    p.addOptions({Context::dbOption(), text, state, service, channel, sla, from, to, executor, limit, now});
    const QStringList pos =
        ctx.parse(p, 0, 1,
                  QStringLiteral("kensectl request search [TEXT] [--state S] [--service ID] "
                                 "[--channel C] [--sla overdue|due-soon|on-time|no-term] [--from DATE] "
                                 "[--to DATE] [--executor LOGIN] [--limit N] --db FILE [--json]"));
    JournalFilter f;
    f.text = pos.isEmpty() ? p.value(text) : pos.first();
    if (p.isSet(state)) {
        f.state = stateFromName(p.value(state));
        if (!f.state)
            throw Failure{BadInput, QStringLiteral("--state: \"%1\" is not a state").arg(p.value(state))};
    }
    f.serviceId = p.value(service);
    if (p.isSet(channel)) {
        f.channel = channelFromName(p.value(channel));
        if (!f.channel)
            throw Failure{BadInput,
                          QStringLiteral("--channel: \"%1\" is not provider, tson or portal").arg(p.value(channel))};
    }
    for (const auto& [option, target] : {std::pair{&from, &f.from}, std::pair{&to, &f.to}}) {
        if (p.isSet(*option)) {
            *target = QDate::fromString(p.value(*option), Qt::ISODate);
            if (!target->isValid())
                throw Failure{BadInput, QStringLiteral("--%1: \"%2\" is not a date YYYY-MM-DD")
                                            .arg(option->names().first(), p.value(*option))};
        }
    }
    bool ok = true;
    const int n = p.isSet(limit) ? p.value(limit).toInt(&ok) : 50;
    if (!ok || n < 1 || n > 100000)
        throw Failure{BadInput, QStringLiteral("--limit: a number from 1 to 100000")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    if (p.isSet(sla)) {
        const QString s = p.value(sla);
        f.sla = s == QLatin1String("overdue")    ? SlaState::Overdue
                : s == QLatin1String("due-soon") ? SlaState::DueSoon
                : s == QLatin1String("on-time")  ? SlaState::OnTime
                : s == QLatin1String("no-term")
                    ? SlaState::NoTerm
                    : throw Failure{BadInput, QStringLiteral("--sla: \"%1\" is not overdue, "
                                                             "due-soon, on-time or no-term")
                                                  .arg(s)};
        f.now = momentOption(p, QStringLiteral("now"));
        const WorkingCalendar calendar = calendarInForce();
        const auto desk = DeskRepository(queue.db()).thisDesk();
        f.soonUntil = dueSoonUntil(DeadlineCalculator(calendar, desk ? desk->office.hours : OfficeHours{}), f.now);
    }
    if (p.isSet(executor))
        f.executorId = queue.user(p.value(executor)).id;
    const QList<JournalRow> rows = Journal(queue.db()).page(f, n);
    QJsonArray out;
    for (const JournalRow& r : rows) {
        if (ctx.json())
            out.append(
                QJsonObject{{QStringLiteral("number"), r.number},
                            {QStringLiteral("service"), r.serviceId},
                            {QStringLiteral("state"), stateName(r.state)},
                            {QStringLiteral("channel"), channelName(r.channel)},
                            {QStringLiteral("accepted_at"), moment(r.acceptedAt)},
                            {QStringLiteral("due"), hasTerm(r.dueAt) ? QJsonValue(moment(r.dueAt)) : QJsonValue()},
                            {QStringLiteral("applicant"), r.applicantName},
                            {QStringLiteral("iin"), r.applicantIin}});
        else
            Context::printLine(QStringLiteral("%1  %2  %3  %4  %5")
                                   .arg(r.number, moment(r.acceptedAt))
                                   .arg(stateName(r.state), -22)
                                   .arg(r.serviceId, r.applicantName));
    }
    if (ctx.json())
        Context::printJson(out);
    return Ok;
}

int advance(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The state to move to."), QStringLiteral("STATE"));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The user making the move."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("A note for the event log."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption executor(QStringLiteral("executor"), QStringLiteral("The executor, when assigning."),
                                      QStringLiteral("LOGIN"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), to, as, note, executor});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl request advance NUMBER --to STATE --as LOGIN --password-stdin "
                                 "[--executor LOGIN] [--note TEXT] --db FILE [--json]"));
    if (!p.isSet(to) || !p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--to STATE and --as LOGIN are required")};
    const auto target = stateFromName(p.value(to));
    if (!target)
        throw Failure{BadInput, QStringLiteral("--to: \"%1\" is not a state").arg(p.value(to))};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const QString number = pos.first().trimmed().toUpper();
    std::optional<qint64> executorId;
    if (p.isSet(executor))
        executorId = queue.user(p.value(executor)).id;
    std::pair<Transition, RequestState> made;
    try { // the store's rules and words, as at the card
        const ServiceCatalog catalog = catalogInForce();
        made = RequestRepository(queue.db(), &catalog)
                   .advanceTo(number, *target, user, QDateTime::currentDateTime(), p.value(note), executorId);
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    const auto [transition, from] = made;
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("number"), number},
                                       {QStringLiteral("from"), stateName(from)},
                                       {QStringLiteral("to"), stateName(*target)},
                                       {QStringLiteral("transition"), transitionName(transition)}});
    else
        Context::printLine(QStringLiteral("%1: %2 → %3").arg(number, stateName(from), stateName(*target)));
    return Ok;
}
} // namespace

int requestCommand(Context& ctx, const QString& verb)
{
    if (verb == QLatin1String("register"))
        return submit(ctx, false);
    if (verb == QLatin1String("refuse"))
        return submit(ctx, true);
    if (verb == QLatin1String("show"))
        return show(ctx);
    if (verb == QLatin1String("search"))
        return search(ctx);
    if (verb == QLatin1String("advance"))
        return advance(ctx);
    if (verb == QLatin1String("result"))
        return requestResult(ctx);
    if (verb == QLatin1String("survey"))
        return requestSurvey(ctx);
    throw Failure{BadInput, QStringLiteral("unknown subcommand 'request %1' (register, refuse, show, search, advance, "
                                           "result, survey)")
                                .arg(verb)};
}

} // namespace kense::cli
