// kensectl queue …: the waiting lists of the queue services (the preschool queue) a provider's desk keeps, ranked by
// the same rules the receipt prints its position by (WaitingLists, core's rankWaitingLists); and the cycle of a place
// (PlaceActs, core's PlaceCycle): an offer, the parent's written answer, a withdrawal, the enrolment or the lapse of
// the direction.
#include "Cli.h"
#include "DataInForce.h"
#include "PlaceActs.h"
#include "Queue.h"
#include "WaitingLists.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {
QString moment(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/// A year option's value, 0 when not given; anything but a year is a BadInput failure naming the option.
int yearOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return 0;
    bool ok = false;
    const int year = p.value(name).toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        throw Failure{BadInput, QStringLiteral("--%1: \"%2\" is not a year").arg(name, p.value(name))};
    return year;
}

QJsonObject rowJson(const WaitingListRow& row)
{
    const WaitingChild& c = row.place.child;
    return QJsonObject{{QStringLiteral("number"), c.number},
                       {QStringLiteral("position"), row.place.position},
                       {QStringLiteral("priority"), c.rank},
                       {QStringLiteral("benefit"), c.priorityValue},
                       {QStringLiteral("benefit_proved"), c.proofPresented},
                       {QStringLiteral("registered_at"), moment(c.registeredAt)},
                       {QStringLiteral("state"), row.stateName},
                       {QStringLiteral("place"), placeStateName(row.placeState)},
                       {QStringLiteral("group"), c.list.group},
                       {QStringLiteral("born"), c.list.bornYear},
                       {QStringLiteral("year"), c.list.wishedYear}};
}

/// queue offer | answer | withdraw | enroll | expire: one move of the cycle, as the signed-in user.
int placeCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The user making the move."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption kindergarten(QStringLiteral("kindergarten"), QStringLiteral("The kindergarten offered."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption group(QStringLiteral("group"), QStringLiteral("The group offered."), QStringLiteral("G"));
    const QCommandLineOption answerBy(QStringLiteral("answer-by"),
                                      QStringLiteral("The day the parent is to answer by, as the notice says."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption consent(QStringLiteral("consent"), QStringLiteral("The parent consented in writing."));
    const QCommandLineOption refuse(QStringLiteral("refuse"), QStringLiteral("The parent refused in writing."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("A note for the event log."),
                                  QStringLiteral("TEXT"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), as, note});
    QString usage;
    if (verb == QLatin1String("offer")) {
        p.addOptions({kindergarten, group, answerBy});
        usage = QStringLiteral("kensectl queue offer NUMBER --kindergarten TEXT [--group G] [--answer-by YYYY-MM-DD] "
                               "--as LOGIN --password-stdin [--note TEXT] --db FILE [--json]");
    } else if (verb == QLatin1String("answer")) {
        p.addOptions({consent, refuse});
        usage = QStringLiteral("kensectl queue answer NUMBER --consent|--refuse --as LOGIN --password-stdin "
                               "[--note TEXT] --db FILE [--json]");
    } else {
        usage = QStringLiteral("kensectl queue %1 NUMBER --as LOGIN --password-stdin [--note TEXT] --db FILE "
                               "[--json]")
                    .arg(verb);
    }
    const QStringList pos = ctx.parse(p, 1, 1, usage);
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    PlaceMove move = PlaceMove::Withdraw;
    PlaceOffer offer;
    if (verb == QLatin1String("enroll")) {
        move = PlaceMove::Enroll;
    } else if (verb == QLatin1String("expire")) {
        move = PlaceMove::Expire;
    } else if (verb == QLatin1String("offer")) {
        if (p.value(kindergarten).trimmed().isEmpty())
            throw Failure{BadInput, QStringLiteral("--kindergarten TEXT is required: an offer names the kindergarten")};
        move = PlaceMove::Offer;
        offer = PlaceOffer{p.value(kindergarten), p.value(group), {}};
        if (p.isSet(answerBy)) {
            offer.answerBy = QDate::fromString(p.value(answerBy).trimmed(), Qt::ISODate);
            if (!offer.answerBy.isValid())
                throw Failure{BadInput,
                              QStringLiteral("--answer-by: \"%1\" is not a day (YYYY-MM-DD)").arg(p.value(answerBy))};
        }
    } else if (verb == QLatin1String("answer")) {
        if (p.isSet(consent) == p.isSet(refuse))
            throw Failure{BadInput, QStringLiteral("give one of --consent and --refuse: the parent's written answer")};
        move = p.isSet(consent) ? PlaceMove::Consent : PlaceMove::RefuseOffer;
    }
    const ServiceCatalog catalog = catalogInForce();
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const QString number = pos.first().trimmed().toUpper();
    PlaceState now = PlaceState::Waiting;
    try { // the store's rules and words, as in the window
        now =
            PlaceActs(queue.db(), catalog).move(number, move, user, QDateTime::currentDateTime(), offer, p.value(note));
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("number"), number},
                                       {QStringLiteral("move"), placeMoveName(move)},
                                       {QStringLiteral("place"), placeStateName(now)}});
    else
        Context::printLine(QStringLiteral("%1: %2").arg(number, placeStateName(now)));
    return Ok;
}

/// queue show NUMBER: where the child stands in the cycle and what it recorded, as the card says it.
int showCommand(Context& ctx)
{
    QCommandLineParser p;
    p.addOption(Context::dbOption());
    const QStringList pos = ctx.parse(p, 1, 1, QStringLiteral("kensectl queue show NUMBER --db FILE [--json]"));
    const QString number = pos.first().trimmed().toUpper();
    const ServiceCatalog catalog = catalogInForce();
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    PlaceStanding s;
    QDate validUntil;
    try {
        std::tie(s, validUntil) = PlaceActs(queue.db(), catalog).placeOf(number);
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(moment(t)) : QJsonValue();
    };
    if (ctx.json()) {
        Context::printJson(QJsonObject{
            {QStringLiteral("number"), number},
            {QStringLiteral("place"), placeStateName(s.state)},
            {QStringLiteral("kindergarten"), s.kindergarten.isEmpty() ? QJsonValue() : QJsonValue(s.kindergarten)},
            {QStringLiteral("group"), s.group.isEmpty() ? QJsonValue() : QJsonValue(s.group)},
            {QStringLiteral("offered_at"), when(s.offeredAt)},
            {QStringLiteral("answer_by"),
             s.answerBy.isValid() ? QJsonValue(s.answerBy.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("answer_overdue"), s.answerOverdue(QDate::currentDate())},
            {QStringLiteral("direction_issued_at"), when(s.directionIssuedAt)},
            {QStringLiteral("valid_until"),
             validUntil.isValid() ? QJsonValue(validUntil.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("closed_at"), when(s.closedAt)}});
        return Ok;
    }
    Context::printLine(QStringLiteral("%1: %2").arg(number, placeStateName(s.state)));
    if (s.offeredAt.isValid())
        Context::printLine(
            QStringLiteral("  offered %1: %2%3%4")
                .arg(moment(s.offeredAt), s.kindergarten,
                     s.group.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.group),
                     !s.answerBy.isValid() ? QString()
                     : s.answerOverdue(QDate::currentDate())
                         ? QStringLiteral(", answer was due by %1: none recorded").arg(s.answerBy.toString(Qt::ISODate))
                         : QStringLiteral(", answer by %1").arg(s.answerBy.toString(Qt::ISODate))));
    if (s.directionIssuedAt.isValid())
        Context::printLine(QStringLiteral("  direction issued %1%2")
                               .arg(moment(s.directionIssuedAt),
                                    validUntil.isValid()
                                        ? QStringLiteral(", valid until %1").arg(validUntil.toString(Qt::ISODate))
                                        : QString()));
    if (s.closedAt.isValid())
        Context::printLine(QStringLiteral("  closed %1").arg(moment(s.closedAt)));
    return Ok;
}
} // namespace

int queueCommand(Context& ctx, const QString& verb)
{
    static const QStringList moves{QStringLiteral("offer"), QStringLiteral("answer"), QStringLiteral("withdraw"),
                                   QStringLiteral("enroll"), QStringLiteral("expire")};
    if (moves.contains(verb))
        return placeCommand(ctx, verb);
    if (verb == QLatin1String("show"))
        return showCommand(ctx);
    if (verb != QLatin1String("list"))
        throw Failure{
            BadInput,
            QStringLiteral("unknown subcommand 'queue %1' (list, show, offer, answer, withdraw, enroll, expire)")
                .arg(verb)};
    QCommandLineParser p;
    p.addOption(Context::dbOption());
    p.addOption({QStringLiteral("service"), QStringLiteral("The queue service."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("group"), QStringLiteral("Only this kind of group (general, correctional, …)."),
                 QStringLiteral("G")});
    p.addOption({QStringLiteral("born"), QStringLiteral("Only children born this year (the age group)."),
                 QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("year"), QStringLiteral("Only places wished from this year."), QStringLiteral("YEAR")});
    ctx.parse(p, 0, 0,
              QStringLiteral("kensectl queue list --service ID [--group G] [--born YEAR] [--year YEAR] --db FILE "
                             "[--json]"));
    if (!p.isSet(QStringLiteral("service")))
        throw Failure{BadInput, QStringLiteral("--service ID is required")};
    const int born = yearOption(p, QStringLiteral("born"));
    const int year = yearOption(p, QStringLiteral("year"));
    const QString group = p.value(QStringLiteral("group"));

    const ServiceCatalog catalog = catalogInForce();
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const DeskRecord desk = queue.desk();
    if (!WaitingLists::keptAt(desk))
        throw Failure{No, QStringLiteral("desk %1 is a ЦОН desk: the waiting lists are kept by the provider's desk, "
                                         "which gives the positions")
                              .arg(desk.office.code + QLatin1Char('-') + desk.code)};
    QList<WaitingListRow> rows;
    try {
        rows = WaitingLists(queue.db(), catalog).of(desk, p.value(QStringLiteral("service")));
    } catch (const StorageError& e) {
        throw Failure::of(e, BadInput);
    }
    rows.removeIf([&](const WaitingListRow& r) {
        const QueueListKey& k = r.place.child.list;
        return (!group.isEmpty() && k.group != group) || (born && k.bornYear != born) || (year && k.wishedYear != year);
    });
    if (ctx.json()) {
        QJsonArray out;
        for (const WaitingListRow& r : std::as_const(rows))
            out.append(rowJson(r));
        Context::printJson(out);
        return Ok;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const WaitingChild& c = rows.at(i).place.child;
        if (i == 0 || !(rows.at(i - 1).place.child.list == c.list))
            Context::printLine(QStringLiteral("%1 group, born %2, a place from %3:")
                                   .arg(c.list.group)
                                   .arg(c.list.bornYear)
                                   .arg(c.list.wishedYear));
        Context::printLine(QStringLiteral("  %1  %2  priority %3 (%4)  %5  %6  %7")
                               .arg(rows.at(i).place.position, 4)
                               .arg(c.number)
                               .arg(c.rank)
                               .arg(c.priorityValue, moment(c.registeredAt), rows.at(i).stateName,
                                    placeStateName(rows.at(i).placeState)));
    }
    return Ok;
}

} // namespace kense::cli
