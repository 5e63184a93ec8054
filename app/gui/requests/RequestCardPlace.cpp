// The request card's part for a child of the preschool queue (issue 17, item 2): where the child stands after the
// talon, and the moves of its place the signed-in user's roles allow — the department's executor or head offers a
// place, records the enrolment or, once its month has passed, the lapse of the direction; the канцелярия records the
// parent's written answer and a withdrawal. Each move is PlaceActs', through the store, as kensectl queue makes it.
#include "PlaceActs.h"
#include "QueueStore.h"
#include "RequestDocuments.h"
#include "gui/WhenReady.h"
#include "gui/common/Prompts.h"
#include "gui/requests/RequestCardDialog.h"
#include "ui_RequestCardDialog.h"

#include <QLabel>
#include <QPushButton>

namespace kense {

namespace {
QString day(const QDateTime& t)
{
    return t.date().toString(QStringLiteral("dd.MM.yyyy"));
}

/// The kindergarten and group of the place offered: "№ 5 «Ақбота» (ортаңғы)".
QString placeText(const PlaceStanding& s)
{
    return s.group.isEmpty() ? s.kindergarten : QStringLiteral("%1 (%2)").arg(s.kindergarten, s.group);
}
} // namespace

void RequestCardDialog::showPlaceActions()
{
    m_placeMoves.clear();
    const RequestDetails& r = *m_request;
    const ServiceVariant* v = m_catalog.variant(r.serviceId);
    if (!v || !v->queue || !m_keepsWaitingLists || r.state == RequestState::Draft || isRefused(r.state))
        return;
    const PlaceStanding s = placeStandingOf(r.events);
    const int months = v->queue->directionMonths;
    QString where;
    switch (s.state) {
    case PlaceState::Waiting:
        where = tr("The child waits for a place in the queue.");
        break;
    case PlaceState::Offered:
        if (!s.answerBy.isValid())
            where = tr("Place offered on %1: %2. The parent's written answer is awaited.")
                        .arg(day(s.offeredAt), placeText(s));
        else if (s.answerOverdue(m_now().date()))
            where = tr("Place offered on %1: %2. The parent was to answer by %3: no answer is recorded.")
                        .arg(day(s.offeredAt), placeText(s), s.answerBy.toString(QStringLiteral("dd.MM.yyyy")));
        else
            where = tr("Place offered on %1: %2. The parent's written answer is awaited by %3.")
                        .arg(day(s.offeredAt), placeText(s), s.answerBy.toString(QStringLiteral("dd.MM.yyyy")));
        break;
    case PlaceState::DirectionIssued:
        where = months > 0 ? tr("Direction issued on %1 to %2; valid until %3.")
                                 .arg(day(s.directionIssuedAt), placeText(s),
                                      s.directionValidUntil(months).toString(QStringLiteral("dd.MM.yyyy")))
                           : tr("Direction issued on %1 to %2.").arg(day(s.directionIssuedAt), placeText(s));
        break;
    case PlaceState::Enrolled:
    case PlaceState::DirectionExpired:
    case PlaceState::Withdrawn:
        where = tr("%1 on %2; the child is no longer in the queue.").arg(placeStateTitle(s.state), day(s.closedAt));
        break;
    }
    auto* label = new QLabel(where, m_ui->actionsBox);
    label->setObjectName(QStringLiteral("placeLabel"));
    label->setWordWrap(true);
    m_ui->actionsLayout->addWidget(label);
    for (PlaceMove move : allPlaceMoves()) {
        if (!PlaceCycle::isAllowed(move, s.state, m_user.roles))
            continue;
        // A direction is marked lapsed only once its month has passed (and never where the regulation gives none).
        if (move == PlaceMove::Expire && !s.directionLapsed(months, m_now().date()))
            continue;
        m_placeMoves << move;
        auto* button =
            new QPushButton(move == PlaceMove::Offer ? tr("Offer a place…") : placeMoveTitle(move), m_ui->actionsBox);
        button->setObjectName(QStringLiteral("place_") + placeMoveName(move));
        button->setAutoDefault(false);
        connect(button, &QAbstractButton::clicked, this, [this, move] { actOnPlace(move); });
        m_ui->actionsLayout->addWidget(button);
    }
}

void RequestCardDialog::actOnPlace(PlaceMove move)
{
    const QString note = m_ui->noteEdit->text().trimmed();
    PlaceOffer offer;
    if (move == PlaceMove::Offer) {
        const std::optional<PlaceOffer> asked = Prompts::instance().placeOffer(this, m_number);
        if (!asked) {
            setStatus(tr("Nothing was changed."), false);
            return;
        }
        offer = *asked;
    } else if (!Prompts::instance().confirm(
                   this, tr("Confirm"), tr("%1: %2?\nThis cannot be undone.").arg(m_number, placeMoveTitle(move)))) {
        setStatus(tr("Nothing was changed."), false);
        return;
    }
    m_ui->actionsBox->setEnabled(false);
    setStatus(tr("Writing…"), false);
    whenReady(
        this, m_store.movePlace(m_number, move, m_user, m_now(), offer, note),
        [this, move](PlaceState place) {
            m_ui->noteEdit->clear();
            setStatus(tr("Done: %1.").arg(placeStateTitle(place)), false);
            Q_EMIT moved(m_number, m_request->state); // the waiting lists and the journal read it again
            if (move == PlaceMove::Consent)           // the direction, to hand to the parent
                Q_EMIT printRequested(m_number, static_cast<int>(DocumentKind::Direction));
            reload();
        },
        [this](const QString& error) {
            m_ui->actionsBox->setEnabled(true);
            setStatus(error, true);
        });
}

} // namespace kense
