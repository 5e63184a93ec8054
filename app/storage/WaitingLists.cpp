#include "WaitingLists.h"

#include "PlaceActs.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::WaitingLists)
};

QMap<QString, QString> fieldsOf(const QString& json)
{
    QMap<QString, QString> fields;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}
} // namespace

WaitingLists::WaitingLists(const QSqlDatabase& db, const ServiceCatalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{}

bool WaitingLists::keptAt(const DeskRecord& desk)
{
    return desk.kind == Channel::Provider;
}

QList<WaitingListRow> WaitingLists::of(const DeskRecord& desk, const QString& serviceId) const
{
    const ServiceVariant* variant = m_catalog.variant(serviceId);
    if (!variant)
        throw StorageError{Tr::tr("%1 is not a service of the catalog").arg(serviceId)};
    if (!variant->queue)
        throw StorageError{Tr::tr("%1 keeps no waiting list: it is not a queue service").arg(serviceId)};
    if (!keptAt(desk))
        return {};
    const QueueRules& rules = *variant->queue;
    // This office's own applications, and those a ЦОН's register brought here (a ЦОН's registration time counts:
    // the child joined the queue when the parent applied, wherever that was).
    QSqlQuery q = prepare(
        m_db,
        QStringLiteral("SELECT r.number, r.accepted_at, r.fields, r.state, "
                       "EXISTS (SELECT 1 FROM request_documents d JOIN document_kinds k ON k.id = d.kind_id "
                       "        WHERE d.request_id = r.id AND k.doc_id = ? AND d.status <> 'missing'), %2 "
                       "FROM requests r WHERE r.service_id = ? AND r.state NOT IN %1 AND %3 AND "
                       "((r.channel IN ('provider', 'portal') AND r.office_id = ?) OR EXISTS (SELECT 1 FROM "
                       "courier_register_items i JOIN courier_registers c ON c.id = i.register_id "
                       "WHERE i.request_id = r.id AND c.direction = 'to_provider' AND c.provider = ?))")
            .arg(sqlStateList(statesWhere(&isRefused) << RequestState::Draft), latestPlaceMoveSql(), holdsAPlaceSql()));
    exec(q, {rules.proofDocument, serviceId, desk.office.id, desk.office.code});
    QList<WaitingChild> waiting;
    QHash<QString, QString> states;
    QHash<QString, PlaceState> places;
    while (q.next()) {
        const QString number = q.value(0).toString();
        waiting << waitingChildOf(rules, number, momentFromStored(q.value(1).toString()),
                                  fieldsOf(q.value(2).toString()), q.value(4).toBool());
        states.insert(number, q.value(3).toString());
        places.insert(number, placeStateAfter(q.value(5).toString()));
    }
    QList<WaitingListRow> rows;
    for (const QueuePlace& p : rankWaitingLists(waiting))
        rows << WaitingListRow{p, serviceId, states.value(p.child.number), places.value(p.child.number)};
    return rows;
}

std::optional<QueuePlace> WaitingLists::placeOf(const DeskRecord& desk, const QString& number) const
{
    const QString serviceId =
        scalar(m_db, QStringLiteral("SELECT service_id FROM requests WHERE number = ?"), {number}).toString();
    const ServiceVariant* variant = m_catalog.variant(serviceId);
    if (!variant || !variant->queue)
        return std::nullopt;
    for (const WaitingListRow& row : of(desk, serviceId)) {
        if (row.place.child.number == number)
            return row.place;
    }
    return std::nullopt;
}

} // namespace kense
