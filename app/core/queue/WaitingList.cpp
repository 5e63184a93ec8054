#include "WaitingList.h"

#include "identity/Iin.h"
#include "intake/PortalSubmission.h"

#include <algorithm>
#include <tuple>

namespace kense {

int QueueRules::rankOf(const QString& value) const
{
    for (const QueuePriority& p : priorities) {
        if (p.values.contains(value))
            return p.rank;
    }
    return lastRank();
}

int QueueRules::lastRank() const
{
    int last = 0;
    for (const QueuePriority& p : priorities)
        last = std::max(last, p.rank);
    return last + 1;
}

bool QueueListKey::operator<(const QueueListKey& o) const
{
    return std::tie(group, bornYear, wishedYear) < std::tie(o.group, o.bornYear, o.wishedYear);
}

WaitingChild waitingChildOf(const QueueRules& rules, const QString& number, const QDateTime& registeredAt,
                            const QMap<QString, QString>& fields, bool proofPresented)
{
    WaitingChild c;
    c.number = number;
    // A child whose parent applied through the portal stands in the queue from the moment the request was sent, not
    // from when the канцелярия registered it.
    const QDateTime sent = PortalSubmission::sentAtOf(fields);
    c.registeredAt = sent.isValid() ? sent : registeredAt;
    c.list.group = fields.value(rules.groupField);
    const IdentityNumber child = IdentityNumber::check(fields.value(rules.childField));
    c.list.bornYear = child.isValid() && child.birthDate().isValid() ? child.birthDate().year() : 0;
    bool ok = false;
    const int wished = fields.value(rules.yearField).toInt(&ok);
    c.list.wishedYear = ok && wished > 0 ? wished : registeredAt.date().year();
    c.priorityValue = fields.value(rules.priorityField);
    c.proofPresented = proofPresented;
    // A benefit gives its priority only with the document that proves it (Kyzylorda p.8 3): «жеңілдікті растайтын
    // құжат»); a choice that claims no priority needs none.
    c.rank = !rules.givesPriority(c.priorityValue) || proofPresented || rules.proofDocument.isEmpty()
                 ? rules.rankOf(c.priorityValue)
                 : rules.lastRank();
    return c;
}

QList<QueuePlace> rankWaitingLists(const QList<WaitingChild>& waiting)
{
    QList<WaitingChild> ordered = waiting;
    std::sort(ordered.begin(), ordered.end(), [](const WaitingChild& a, const WaitingChild& b) {
        return std::tie(a.list, a.rank, a.registeredAt, a.number) < std::tie(b.list, b.rank, b.registeredAt, b.number);
    });
    QList<QueuePlace> places;
    places.reserve(ordered.size());
    int position = 0;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        position = i > 0 && ordered.at(i - 1).list == ordered.at(i).list ? position + 1 : 1;
        places << QueuePlace{ordered.at(i), position};
    }
    return places;
}

} // namespace kense
