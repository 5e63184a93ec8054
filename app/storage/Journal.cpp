#include "Journal.h"

#include "SqlUtil.h"
#include "common/Csv.h"
#include "intake/RequestNumber.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Journal)
};
} // namespace

namespace {

/// An FTS5 query matching every word of `text` as a prefix: «әлия қас» → «"әлия"* "қас"*».
QString ftsPrefixQuery(const QString& text)
{
    QStringList terms;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(QLatin1Char('"'));
        if (!w.isEmpty())
            terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

/// What the journal's filter selects: the table (or the name index joined to it), the conditions and their values.
struct Selection
{
    QString from = QStringLiteral("requests r");
    QStringList where;
    bool byName = false;
};

/// «r.state IN (every state that waits) AND ((one clause) OR (another))»: each clause a channel, its path's services
/// and its states, an executor's only on the requests named to them or to nobody yet. The outer IN is what the index on
/// (state, accepted_at) serves — the few open requests, not the desk's whole history; inside, the unary «+» keeps
/// SQLite from an OR over the channel's index (every provider request: 190 ms on 100,000 against a few ms).
/// No clause: nothing waits.
QString awaitingCondition(const QList<AwaitingClause>& clauses, qint64 user, QVariantList* values)
{
    const auto marks = [](qsizetype n) {
        return QStringList(n, QStringLiteral("?")).join(QLatin1Char(','));
    };
    QStringList states;
    for (const AwaitingClause& c : clauses) {
        for (RequestState s : c.states) {
            if (!states.contains(stateName(s)))
                states << stateName(s);
        }
    }
    if (states.isEmpty())
        return QStringLiteral("0");
    for (const QString& s : std::as_const(states))
        *values << s;
    QStringList any;
    for (const AwaitingClause& c : clauses) {
        QString one = QStringLiteral("(+r.channel = ? AND +r.state IN (%1) AND +r.service_id IN (%2)")
                          .arg(marks(c.states.size()), marks(c.serviceIds.size()));
        *values << channelName(c.channel);
        for (RequestState s : c.states)
            *values << stateName(s);
        for (const QString& id : c.serviceIds)
            *values << id;
        if (c.executorsOwn) {
            one += QStringLiteral(" AND (+r.executor_id = ? OR r.executor_id IS NULL)");
            *values << user;
        }
        any << one + QLatin1Char(')');
    }
    return QStringLiteral("r.state IN (%1) AND (%2)").arg(marks(states.size()), any.join(QStringLiteral(" OR ")));
}

Selection selectionOf(const JournalFilter& f, const std::optional<JournalCursor>& after, QVariantList* values)
{
    Selection s;
    QStringList& where = s.where;
    QString& from = s.from;
    // Name search is driven by the full-text index, newest registration first (FTS5 hands rowids out in descending
    // order and stops at the page); every other view is ordered by the moment of acceptance.
    bool& byName = s.byName;
    const QString text = f.text.normalized(QString::NormalizationForm_C).trimmed(); // as the fields are stored
    if (!text.isEmpty()) {
        const QString upper = text.toUpper();
        if (isRequestNumber(upper)) {
            where << QStringLiteral("r.number = ?");
            *values << upper;
        } else if (text.size() == 12 && text.toULongLong() > 0 && !text.contains(QLatin1Char('-'))) {
            where << QStringLiteral("r.id IN (SELECT request_id FROM parties WHERE iin = ?)");
            *values << text;
        } else if (isRequestNumberPrefix(upper)) {
            where << QStringLiteral("r.number >= ? AND r.number < ?");
            *values << upper << QString(upper + QChar(0x7f));
        } else if (!ftsPrefixQuery(text).isEmpty()) { // only punctuation («-», «'», «"»): no word to look for
            byName = true;
            from = QStringLiteral("person_names f JOIN requests r ON r.id = f.rowid");
            where << QStringLiteral("f.person_names MATCH ?");
            *values << ftsPrefixQuery(text);
        }
    }
    if (f.state) {
        where << QStringLiteral("r.state = ?");
        *values << stateName(*f.state);
    }
    if (!f.serviceId.isEmpty()) {
        where << QStringLiteral("r.service_id = ?");
        *values << f.serviceId;
    }
    if (f.channel) {
        where << QStringLiteral("r.channel = ?");
        *values << channelName(*f.channel);
    }
    if (f.sla != SlaState::Any && f.sla != SlaState::Closed) {
        where << termRunsCondition(QStringLiteral("r.state"));
        if (!byName && text.isEmpty())
            from = QStringLiteral("requests r INDEXED BY requests_open_accepted");
    }
    switch (f.sla) {
    case SlaState::Any:
    case SlaState::Closed:
        break;
    case SlaState::Overdue:
        where << QStringLiteral("r.due_at < ?");
        *values << storedMoment(f.now);
        break;
    case SlaState::DueSoon:
        where << QStringLiteral("r.due_at >= ? AND r.due_at < ?");
        *values << storedMoment(f.now) << storedMoment(f.soonUntil);
        break;
    case SlaState::OnTime:
        where << QStringLiteral("r.due_at >= ? AND r.due_at < ?");
        *values << storedMoment(f.soonUntil) << storedMoment(noTermDue());
        break;
    case SlaState::NoTerm:
        where << QStringLiteral("r.due_at >= ?");
        *values << storedMoment(noTermDue());
        break;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("r.accepted_at >= ?");
        *values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("r.accepted_at < ?");
        *values << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (f.executorId) {
        where << QStringLiteral("r.executor_id = ?");
        *values << *f.executorId;
    }
    if (f.awaiting)
        where << awaitingCondition(*f.awaiting, f.awaitingUser, values);
    if (after) {
        if (byName) {
            where << QStringLiteral("f.rowid < ?");
            *values << after->id;
        } else {
            where << QStringLiteral("(r.accepted_at < ? OR (r.accepted_at = ? AND r.id < ?))");
            *values << after->acceptedAt << after->acceptedAt << after->id;
        }
    }
    return s;
}
} // namespace

qint64 Journal::count(const JournalFilter& filter, qint64 cap) const
{
    QVariantList values;
    const Selection s = selectionOf(filter, std::nullopt, &values);
    QString inner = QStringLiteral("SELECT 1 FROM ") + s.from;
    if (!s.where.isEmpty())
        inner += QStringLiteral(" WHERE ") + s.where.join(QStringLiteral(" AND "));
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(inner).arg(cap + 1));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString Journal::sqlFor(const JournalFilter& f, int limit, const std::optional<JournalCursor>& after,
                        QVariantList* values) const
{
    const Selection s = selectionOf(f, after, values);
    const QString& from = s.from;
    const QStringList& where = s.where;
    const bool byName = s.byName;
    QString sql = QStringLiteral("SELECT r.id, r.number, r.accepted_at, r.service_id, r.applicant_name, "
                                 "r.applicant_iin, r.channel, r.state, e.full_name, r.due_at FROM ") +
                  from + QStringLiteral(" LEFT JOIN users e ON e.id = r.executor_id");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += byName ? QStringLiteral(" ORDER BY f.rowid DESC LIMIT %1").arg(limit)
                  : QStringLiteral(" ORDER BY r.accepted_at DESC, r.id DESC LIMIT %1").arg(limit);
    return sql;
}

QList<JournalRow> Journal::page(const JournalFilter& filter, int limit, const std::optional<JournalCursor>& after) const
{
    QVariantList values;
    QSqlQuery q = prepare(m_db, sqlFor(filter, limit, after, &values));
    q.setForwardOnly(true);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    exec(q);
    QList<JournalRow> rows;
    while (q.next()) {
        JournalRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.acceptedAt = momentFromStored(q.value(2).toString());
        r.serviceId = q.value(3).toString();
        r.applicantName = q.value(4).toString();
        r.applicantIin = q.value(5).toString();
        r.channel = channelFromName(q.value(6).toString()).value_or(Channel::Provider);
        r.state = stateFromName(q.value(7).toString()).value_or(RequestState::Draft);
        r.executor = q.value(8).toString();
        r.dueAt = momentFromStored(q.value(9).toString());
        rows << r;
    }
    return rows;
}

JournalCursor journalCursorAfter(const JournalRow& row)
{
    return JournalCursor{storedMoment(row.acceptedAt), row.id};
}

JournalCursor Journal::cursorAfter(const JournalRow& row)
{
    return journalCursorAfter(row);
}

qint64 Journal::exportCsv(const QDate& from, const QDate& to, QIODevice* out) const
{
    QSqlQuery q = prepare(
        m_db, QStringLiteral("SELECT r.number, r.accepted_at, r.service_id, r.channel, r.state, r.applicant_name, "
                             "r.applicant_iin, u.login, e.login, r.due_at FROM requests r "
                             "JOIN users u ON u.id = r.accepted_by LEFT JOIN users e ON e.id = r.executor_id "
                             "WHERE r.accepted_at >= ? AND r.accepted_at < ? ORDER BY r.accepted_at, r.id"));
    q.setForwardOnly(true);
    exec(q, {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)});
    auto write = [&](const QByteArray& bytes) {
        if (out->write(bytes) != bytes.size())
            throw StorageError::failed(Tr::tr("cannot write the export: ") + out->errorString());
    };
    write(QByteArray(csv::kByteOrderMark) +
          csv::line({QStringLiteral("number"), QStringLiteral("accepted_at"), QStringLiteral("service"),
                     QStringLiteral("channel"), QStringLiteral("state"), QStringLiteral("applicant"),
                     QStringLiteral("iin"), QStringLiteral("accepted_by"), QStringLiteral("executor"),
                     QStringLiteral("due_at")}));
    qint64 rows = 0;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << q.value(i).toString();
        write(csv::line(fields));
        ++rows;
    }
    return rows;
}

} // namespace kense
