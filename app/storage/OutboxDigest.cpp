#include "OutboxDigest.h"

#include "DeskKey.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlError>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::OutboxDigest)
};
} // namespace

QByteArray OutboxDigest::of(const QString& meta, const QString& payload, const QByteArray& key)
{
    const QByteArray content = meta.toUtf8() + '\n' + payload.toUtf8();
    if (!key.isEmpty()) {
        QMessageAuthenticationCode h(QCryptographicHash::Sha256, key);
        h.addData(QByteArrayLiteral("kense-outbox-keyed-1\n"));
        h.addData(content);
        return h.result();
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("kense-outbox-1\n"));
    h.addData(content);
    return h.result();
}

namespace {
void digest(const QSqlDatabase& db, const QString& which, const QByteArray& key)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT seq, meta, payload FROM outbox WHERE payload <> ''") + which))
        throw StorageError::failed(Tr::tr("cannot read the outbox: ") + read.lastError().text());
    QSqlQuery write = prepare(db, QStringLiteral("UPDATE outbox SET digest = ? WHERE seq = ?"));
    while (read.next())
        exec(write, {OutboxDigest::of(read.value(1).toString(), read.value(2).toString(), key), read.value(0)});
}
} // namespace

void OutboxDigest::addToAll(const QSqlDatabase& db)
{
    digest(db, QStringLiteral(" AND digest IS NULL"), {});
}

void OutboxDigest::sealAll(const QSqlDatabase& db, const QByteArray& key)
{
    digest(db, QString(), key);
}

SealReport OutboxDigest::verify(const QSqlDatabase& db)
{
    const QByteArray key = DeskKey::forChecking(db);
    SealReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.seq, o.meta, o.payload, o.digest, e.uuid FROM outbox o "
                               "LEFT JOIN events e ON e.id = o.event_id WHERE o.payload <> '' ORDER BY o.seq")))
        throw StorageError::failed(Tr::tr("cannot read the outbox: ") + q.lastError().text());
    while (q.next()) {
        ++report.checked;
        const QString meta = q.value(1).toString();
        QString why;
        if (q.value(3).isNull())
            why = Tr::tr("it has no digest (written behind the program)");
        else if (of(meta, q.value(2).toString(), key) != q.value(3).toByteArray())
            why = Tr::tr("its content differs from its digest (damaged on disk or changed behind the program)");
        else if (QJsonDocument::fromJson(meta.toUtf8()).object().value(QStringLiteral("uuid")).toString() !=
                 q.value(4).toString())
            why = Tr::tr("it does not name the event it was made of");
        if (!why.isEmpty())
            report.add(Tr::tr("outbox change %1: %2").arg(q.value(0).toLongLong()).arg(why));
    }
    return report;
}

} // namespace kense
