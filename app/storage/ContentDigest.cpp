#include "ContentDigest.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::ContentDigest)
};
} // namespace

QString ContentDigest::key()
{
    return QStringLiteral("#content");
}

QString ContentDigest::contentSql()
{
    // Stated once: recording and replaying must read the same. Parties by role, documents by position with the
    // names printed on the receipt; an absent value and an empty one read the same (a snapshot from another desk
    // may carry either).
    return QStringLiteral(
        "json_array(ifnull(r.applicant_name, ''), ifnull(r.applicant_iin, ''), r.fields, "
        "(SELECT json_group_array(json_array(p.role, ifnull(p.iin, ''), ifnull(p.surname, ''), "
        "ifnull(p.given_name, ''), ifnull(p.patronymic, ''), ifnull(p.phone, ''), ifnull(p.address, ''), "
        "ifnull(p.poa_number, ''), ifnull(p.poa_date, ''))) FROM (SELECT * FROM parties WHERE request_id = r.id "
        "ORDER BY role) p), "
        "(SELECT json_group_array(json_array(d.position, d.doc_id, d.name_kk, d.name_ru, d.required, d.status)) FROM "
        "(SELECT rd.position, k.doc_id, k.name_kk, k.name_ru, rd.required, rd.status FROM request_documents rd "
        "JOIN document_kinds k ON k.id = rd.kind_id WHERE rd.request_id = r.id ORDER BY rd.position) d))");
}

QString ContentDigest::digestOf(const QString& content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("kense-request-content-1\n"));
    h.addData(content.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString ContentDigest::of(const QSqlDatabase& db, qint64 requestId, QSqlQuery* read)
{
    QSqlQuery local;
    QSqlQuery& q = read ? *read : local;
    if (q.lastQuery().isEmpty())
        q = prepare(db, QStringLiteral("SELECT ") + contentSql() + QStringLiteral(" FROM requests r WHERE r.id = ?"));
    exec(q, {requestId});
    if (!q.next())
        throw StorageError::failed(Tr::tr("cannot read the content of request %1 to record it").arg(requestId));
    const QString content = q.value(0).toString();
    q.finish();
    return digestOf(content);
}

QString ContentDigest::recordIn(const QString& after, const QString& digest)
{
    QJsonObject o = QJsonDocument::fromJson(after.toUtf8()).object();
    o.insert(key(), digest);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace kense
