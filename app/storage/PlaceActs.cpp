#include "PlaceActs.h"

#include "DeskRepository.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "WaitingLists.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::PlaceActs)
};

/// The names of the cycle's moves, as an SQL list ('place_offered', …).
QString moveNames(const QList<PlaceMove>& moves)
{
    QStringList quoted;
    for (PlaceMove m : moves)
        quoted << QStringLiteral("'%1'").arg(placeMoveName(m));
    return QStringLiteral("(%1)").arg(quoted.join(u','));
}

} // namespace

QString latestPlaceMoveSql()
{
    return QStringLiteral("(SELECT e.kind FROM events e WHERE e.request_id = r.id AND e.kind IN %1 "
                          "ORDER BY e.id DESC LIMIT 1)")
        .arg(moveNames(allPlaceMoves()));
}

PlaceState placeStateAfter(const QString& moveName)
{
    const std::optional<PlaceMove> last = placeMoveFromName(moveName);
    return last ? PlaceCycle::stateAfter(*last) : PlaceState::Waiting;
}

PlaceStanding placeStandingOf(const QList<EventRecord>& events)
{
    QList<PlaceEvent> moves;
    for (const EventRecord& e : events) {
        if (auto move = PlaceEvent::of(e.kind, e.at, e.user, e.after))
            moves << *move;
    }
    return PlaceStanding::of(moves);
}

QString holdsAPlaceSql()
{
    QList<PlaceMove> holding;
    for (PlaceMove m : allPlaceMoves()) {
        if (PlaceCycle::holdsAPlace(PlaceCycle::stateAfter(m)))
            holding << m;
    }
    return QStringLiteral("coalesce(%1 IN %2, true)").arg(latestPlaceMoveSql(), moveNames(holding));
}

PlaceActs::PlaceActs(const QSqlDatabase& db, const ServiceCatalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{}

PlaceState PlaceActs::stateOf(const QString& number) const
{
    return placeStateAfter(
        scalar(m_db, QStringLiteral("SELECT %1 FROM requests r WHERE r.number = ?").arg(latestPlaceMoveSql()), {number})
            .toString());
}

PlaceStanding PlaceActs::standingOf(const QString& number) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT e.kind, e.at, u.login, e.after FROM events e "
                                               "JOIN requests r ON r.id = e.request_id "
                                               "LEFT JOIN users u ON u.id = e.user_id "
                                               "WHERE r.number = ? AND e.kind IN %1 ORDER BY e.id")
                                    .arg(moveNames(allPlaceMoves())));
    exec(q, {number});
    QList<PlaceEvent> moves;
    while (q.next()) {
        if (auto move = PlaceEvent::of(q.value(0).toString(), momentFromStored(q.value(1).toString()),
                                       q.value(2).toString(), q.value(3).toString()))
            moves << *move;
    }
    return PlaceStanding::of(moves);
}

std::pair<PlaceStanding, QDate> PlaceActs::placeOf(const QString& number) const
{
    const QVariant service = scalar(m_db, QStringLiteral("SELECT service_id FROM requests WHERE number = ?"), {number});
    if (service.isNull())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    const ServiceVariant* variant = m_catalog.variant(service.toString());
    if (!variant || !variant->queue)
        throw StorageError{Tr::tr("%1 is not an application for a place in a waiting list").arg(number)};
    const PlaceStanding standing = standingOf(number);
    return {standing, standing.directionValidUntil(variant->queue->directionMonths)};
}

PlaceState PlaceActs::move(const QString& number, PlaceMove move, const UserRecord& user, const QDateTime& at,
                           const PlaceOffer& offer, const QString& note)
{
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT id, state, service_id FROM requests WHERE number = ?"));
    exec(q, {number});
    if (!q.next())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    const qint64 id = q.value(0).toLongLong();
    const QString state = q.value(1).toString();
    const ServiceVariant* variant = m_catalog.variant(q.value(2).toString());
    q.finish();
    if (!variant || !variant->queue)
        throw StorageError{Tr::tr("%1 is not an application for a place in a waiting list").arg(number)};
    const DeskRecord desk = DeskRepository(m_db).requireThisDesk();
    if (!WaitingLists::keptAt(desk))
        throw StorageError{
            Tr::tr("the waiting lists are kept by the provider's desk, not at %1-%2").arg(desk.office.code, desk.code)};
    const std::optional<RequestState> requestState = stateFromName(state);
    if (!requestState || *requestState == RequestState::Draft || isRefused(*requestState))
        throw StorageError{Tr::tr("%1 is «%2»: its child waits in no list")
                               .arg(number, requestState ? stateTitle(*requestState) : state)};
    const PlaceState from = stateOf(number);
    const std::optional<PlaceState> to = PlaceCycle::target(move, from);
    if (!to)
        throw StorageError{Tr::tr("«%1» cannot be done for %2: the child is «%3»")
                               .arg(placeMoveTitle(move), number, placeStateTitle(from))};
    if (!PlaceCycle::isAllowed(move, from, user.roles) || user.disabled) {
        QStringList roles;
        for (Role r : PlaceCycle::rolesFor(move))
            roles << roleTitle(r);
        throw StorageError{Tr::tr("%1 may not «%2»: only %3 may")
                               .arg(user.login, placeMoveTitle(move), roles.join(QStringLiteral(", ")))};
    }
    if (move == PlaceMove::Expire) {
        const int months = variant->queue->directionMonths;
        if (months <= 0)
            throw StorageError{Tr::tr("the regulation of %1 gives a direction no term: it does not lapse by itself "
                                      "(record the enrolment, or the parent's withdrawal)")
                                   .arg(variant->id)};
        const PlaceStanding standing = standingOf(number);
        if (!standing.directionLapsed(months, at.date()))
            throw StorageError{Tr::tr("the direction of %1 issued on %2 is valid until %3: it lapses only after that")
                                   .arg(number,
                                        standing.directionIssuedAt.date().toString(QStringLiteral("dd.MM.yyyy")),
                                        standing.directionValidUntil(months).toString(QStringLiteral("dd.MM.yyyy")))};
    }
    QJsonObject details;
    if (move == PlaceMove::Offer) {
        if (offer.kindergarten.trimmed().isEmpty())
            throw StorageError{Tr::tr("an offer names the kindergarten")};
        if (offer.answerBy.isValid() && offer.answerBy < at.date())
            throw StorageError{Tr::tr("the day to answer by, %1, is before the offer's own day %2")
                                   .arg(offer.answerBy.toString(QStringLiteral("dd.MM.yyyy")),
                                        at.date().toString(QStringLiteral("dd.MM.yyyy")))};
        details.insert(QStringLiteral("kindergarten"), offer.kindergarten.trimmed());
        if (!offer.group.trimmed().isEmpty())
            details.insert(QStringLiteral("group"), offer.group.trimmed());
        if (offer.answerBy.isValid())
            details.insert(QStringLiteral("answer_by"), offer.answerBy.toString(Qt::ISODate));
    }
    EventLog::append(m_db, EventDraft{id,
                                      at,
                                      user.id,
                                      placeMoveName(move),
                                      state,
                                      state,
                                      {},
                                      details.isEmpty()
                                          ? QString()
                                          : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                                      note.left(kMaxNoteLength)});
    tx.commit();
    return *to;
}

} // namespace kense
