#include "RequestSeals.h"

#include "DeskKey.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlError>

#include <optional>

namespace kense {

Q_LOGGING_CATEGORY(lcSeals, "kense.storage.seals")

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::RequestSeals)
};

/// The canonical content of the request `r` as one JSON text: its columns (all but updated_at, which the program moves
/// without a change of content), then its parties by role, its documents by position with the names printed on the
/// receipt, and its result. Stated once: sealing and verifying must read the same.
const QString kContent = QStringLiteral(
    "json_array(r.uuid, r.number, r.service_id, r.channel, r.office_id, r.desk_id, r.accepted_by, r.accepted_at, "
    "r.state, r.executor_id, r.due_at, r.applicant_name, r.applicant_iin, r.fields, "
    "(SELECT json_group_array(json_array(p.role, p.iin, p.surname, p.given_name, p.patronymic, p.phone, p.address, "
    "p.poa_number, p.poa_date)) FROM (SELECT * FROM parties WHERE request_id = r.id ORDER BY role) p), "
    "(SELECT json_group_array(json_array(d.position, d.doc_id, d.name_kk, d.name_ru, d.required, d.status)) FROM "
    "(SELECT rd.position, k.doc_id, k.name_kk, k.name_ru, rd.required, rd.status FROM request_documents rd "
    "JOIN document_kinds k ON k.id = rd.kind_id WHERE rd.request_id = r.id ORDER BY rd.position) d), "
    "(SELECT json_array(x.kind, x.number, x.fields, x.prepared_by, x.prepared_at) FROM request_results x "
    "WHERE x.request_id = r.id))");

/// SHA-256 of the content; HMAC-SHA-256 under the desk key when the database names one (DeskKey).
QByteArray digestOf(const QString& content, const QByteArray& key)
{
    if (key.isEmpty()) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(QByteArrayLiteral("kense-request-seal-1\n"));
        h.addData(content.toUtf8());
        return h.result();
    }
    QMessageAuthenticationCode h(QCryptographicHash::Sha256, key);
    h.addData(QByteArrayLiteral("kense-request-seal-keyed-1\n"));
    h.addData(content.toUtf8());
    return h.result();
}

/// Seals the requests `where` selects (a condition on r).
void seal(const QSqlDatabase& db, const QString& where, const QByteArray& key)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT r.id, ") + kContent + QStringLiteral(" FROM requests r WHERE ") + where))
        throw StorageError::failed(Tr::tr("cannot seal the requests: ") + read.lastError().text());
    QSqlQuery write = prepare(db, QStringLiteral("INSERT INTO request_seals (request_id, digest) VALUES (?, ?) "
                                                 "ON CONFLICT (request_id) DO UPDATE SET digest = excluded.digest"));
    while (read.next())
        exec(write, {read.value(0), digestOf(read.value(1).toString(), key)});
}
} // namespace

void RequestSeals::track(const QSqlDatabase& db)
{
    // `before`: the request's content as it was when this transaction first touched it (NULL for a new request).
    exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS kense_touched (request_id INTEGER PRIMARY KEY, before "
                            "TEXT)"));
    // One trigger per table and act that changes what a seal covers. It fires before the change, so the first one
    // of a transaction keeps the request as it was: at commit that must still be what its seal says, or the request
    // was changed behind the program and the program's own write must not seal the change in (sealTouched).
    const struct
    {
        const char* table;
        const char* act;
        const char* id;
    } triggers[] = {{"requests", "UPDATE", "OLD.id"},
                    {"requests", "DELETE", "OLD.id"},
                    {"parties", "INSERT", "NEW.request_id"},
                    {"parties", "UPDATE", "OLD.request_id"},
                    {"parties", "DELETE", "OLD.request_id"},
                    {"request_documents", "INSERT", "NEW.request_id"},
                    {"request_documents", "UPDATE", "OLD.request_id"},
                    {"request_documents", "DELETE", "OLD.request_id"},
                    {"request_results", "INSERT", "NEW.request_id"},
                    {"request_results", "UPDATE", "OLD.request_id"},
                    {"request_results", "DELETE", "OLD.request_id"}};
    for (const auto& t : triggers) {
        exec(db, QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS kense_touch_%1_%2 BEFORE %2 ON main.%1 "
                                "WHEN NOT EXISTS (SELECT 1 FROM kense_touched WHERE request_id = %3) BEGIN "
                                "INSERT INTO kense_touched (request_id, before) SELECT %3, ")
                         .arg(QLatin1String(t.table), QLatin1String(t.act), QLatin1String(t.id)) +
                     kContent + QStringLiteral(" FROM requests r WHERE r.id = %1; END").arg(QLatin1String(t.id)));
    }
    // A new request: nothing before it.
    exec(db,
         QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS kense_touch_requests_INSERT AFTER INSERT ON "
                        "main.requests BEGIN INSERT OR IGNORE INTO kense_touched (request_id) VALUES (NEW.id); END"));
}

void RequestSeals::sealTouched(const QSqlDatabase& db)
{
    QSqlQuery touched(db);
    touched.setForwardOnly(true);
    if (!touched.exec(QStringLiteral("SELECT t.request_id, t.before, s.digest FROM temp.kense_touched t "
                                     "LEFT JOIN request_seals s ON s.request_id = t.request_id")))
        return; // a connection that does not track (none of the program's own)
    QStringList fresh;
    std::optional<QByteArray> key; // read at the first touched request: a transaction that touched none needs none
    while (touched.next()) {
        if (!key)
            key = DeskKey::forWriting(db);
        const QVariant before = touched.value(1), sealed = touched.value(2);
        // A request that was here before this transaction has a seal (the upgrade sealed the older ones): one whose
        // seal is gone, or no longer matches, was changed behind the program. Its old seal stays (or stays missing),
        // so that `db verify` goes on naming it; the program's own write does not seal the change in.
        if (!before.isNull() && (sealed.isNull() || digestOf(before.toString(), *key) != sealed.toByteArray())) {
            qCWarning(lcSeals) << "request" << touched.value(0).toLongLong()
                               << "was changed behind the program; it is not sealed again";
            continue;
        }
        fresh << touched.value(0).toString();
    }
    touched.finish();
    if (!fresh.isEmpty())
        seal(db, QStringLiteral("r.id IN (") + fresh.join(QLatin1Char(',')) + QLatin1Char(')'), *key);
    exec(db, QStringLiteral("DELETE FROM temp.kense_touched"));
}

void RequestSeals::sealAll(const QSqlDatabase& db, const QByteArray& key)
{
    seal(db, QStringLiteral("1"), key);
}

SealReport RequestSeals::verify(const QSqlDatabase& db)
{
    const QByteArray key = DeskKey::forChecking(db);
    SealReport report;
    auto broken = [&report](const QString& number, const QString& why) {
        report.add(number + QStringLiteral(": ") + why);
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.number, ") + kContent +
                QStringLiteral(", s.digest FROM requests r LEFT JOIN request_seals s ON s.request_id = r.id "
                               "ORDER BY r.id")))
        throw StorageError::failed(Tr::tr("cannot read the requests' seals: ") + q.lastError().text());
    while (q.next()) {
        ++report.checked;
        if (q.value(2).isNull())
            broken(q.value(0).toString(), Tr::tr("it has no seal (added, or its seal taken away, behind the program)"));
        else if (digestOf(q.value(1).toString(), key) != q.value(2).toByteArray())
            broken(q.value(0).toString(), Tr::tr("its rows differ from what the program last wrote (changed behind the "
                                                 "program: the request, its parties, documents or result)"));
    }
    const QVariant orphans = scalar(
        db, QStringLiteral("SELECT count(*) FROM request_seals WHERE request_id NOT IN (SELECT id FROM requests)"));
    for (qint64 i = 0; i < orphans.toLongLong(); ++i)
        broken(Tr::tr("a request"), Tr::tr("it was removed behind the program (its seal is left)"));
    return report;
}

} // namespace kense
