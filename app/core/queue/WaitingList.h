#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kense {

/// One priority of a waiting list: the choices of the priority field that give it, and where it comes from.
struct QueuePriority
{
    int rank = 1;       ///< 1 is served first
    QStringList values; ///< choices of QueueRules::priorityField
    QString ref;        ///< the regulation's words
};

/// How a service's waiting list is kept (catalog data, "queue" in a service's file): which intake fields place a child
/// in which list, and in what order the children of one list stand. Preschool queue: a list per kind of group, year of
/// birth (the age group) and year a place is wished from; priorities first, then the moment of registration.
struct QueueRules
{
    QString childField;    ///< the child's IIN: its birth year is the list's age group
    QString groupField;    ///< a choice: the kind of group (general, correctional, sanatorium)
    QString yearField;     ///< the year a place is wished from; empty in a request: the year it was registered
    QString priorityField; ///< a choice: the benefit claimed
    QString proofDocument; ///< the document that proves the benefit: without it the benefit gives no priority
    QList<QueuePriority> priorities;
    /// How long a direction to a kindergarten stays valid: the parents register it there within this many months
    /// (0: the regulation gives no term, and a direction never lapses by itself).
    int directionMonths = 0;
    QString directionRef; ///< where the term comes from

    /// The rank of a choice of the priority field; a choice no priority lists ranks after every priority.
    int rankOf(const QString& value) const;
    int lastRank() const;
    /// Whether a choice of the priority field claims a priority (a benefit), not the rank of those who claim none.
    bool givesPriority(const QString& value) const { return rankOf(value) < lastRank(); }
};

/// The list a child waits in.
struct QueueListKey
{
    QString group;
    int bornYear = 0;
    int wishedYear = 0;

    bool operator==(const QueueListKey& o) const
    {
        return group == o.group && bornYear == o.bornYear && wishedYear == o.wishedYear;
    }
    bool operator<(const QueueListKey& o) const;
};

/// A registered request of a queue service, as the list needs it.
struct WaitingChild
{
    QString number;
    QDateTime registeredAt;
    QueueListKey list;
    QString priorityValue; ///< the choice claimed
    bool proofPresented = false;
    int rank = 0; ///< the priority it is ranked by (a benefit without its proof: the last)
};

/// A child's place in its list.
struct QueuePlace
{
    WaitingChild child;
    int position = 0; ///< 1, 2, 3… within the list
};

/// Reads a child's list and priority from the request's intake fields (by the rules' field ids). The wished year
/// defaults to the year of registration; a birth year the IIN does not give is 0. A request sent through the portal
/// counts from the moment it was sent (PortalSubmission), not `registeredAt`.
WaitingChild waitingChildOf(const QueueRules& rules, const QString& number, const QDateTime& registeredAt,
                            const QMap<QString, QString>& fields, bool proofPresented);

/// The waiting children ordered list by list, and within each list by priority rank, then the moment of registration
/// (then the number, for two at the same second). A child leaving a list moves everyone behind it up: positions are
/// ranks among those waiting, never stored numbers.
QList<QueuePlace> rankWaitingLists(const QList<WaitingChild>& waiting);

} // namespace kense
