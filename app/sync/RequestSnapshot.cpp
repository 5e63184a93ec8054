#include "RequestSnapshot.h"

#include "EventLog.h"
#include "SqlUtil.h"
#include "workflow/Channel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlRecord>

#include <memory>

namespace kense::sync {

namespace {
/// The snapshot's words share the translations of the writer's context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::SnapshotWriter)
};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonValue jsonOf(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

/// Every row of the query as an object of its columns.
QJsonArray rows(QSqlQuery& q)
{
    QJsonArray out;
    while (q.next()) {
        QJsonObject o;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            o.insert(r.fieldName(i), jsonOf(q.value(i)));
        out.append(o);
    }
    return out;
}

QJsonArray select(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery q = prepare(db, sql);
    exec(q, {id});
    return rows(q);
}

/// A user column as {login, name}, the login qualified with the desk.
QJsonValue userOf(const QJsonValue& login, const QJsonValue& name, const QString& desk)
{
    if (login.isNull() || login.isUndefined())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("login"), qualifiedLogin(login.toString(), desk)},
                       {QStringLiteral("name"), name}};
}

/// Moves "<prefix>_login"/"<prefix>_name" columns into one user object named `prefix`.
void foldUser(QJsonObject& o, const QString& prefix, const QString& desk)
{
    const QString login = prefix + QStringLiteral("_login"), name = prefix + QStringLiteral("_name");
    o.insert(prefix, userOf(o.value(login), o.value(name), desk));
    o.remove(login);
    o.remove(name);
}

const QString kOfficeColumns = QStringLiteral("o.code AS office_code, o.name AS office_name, o.kind AS office_kind, "
                                              "o.region AS office_region");

void foldOffice(QJsonObject& o)
{
    o.insert(QStringLiteral("office"),
             QJsonObject{{QStringLiteral("code"), o.take(QStringLiteral("office_code"))},
                         {QStringLiteral("name"), o.take(QStringLiteral("office_name"))},
                         {QStringLiteral("kind"), o.take(QStringLiteral("office_kind"))},
                         {QStringLiteral("region"), o.take(QStringLiteral("office_region"))}});
}

} // namespace

QString qualifiedLogin(const QString& login, const QString& deskCode)
{
    return login.contains(QLatin1Char('@')) ? login : login + QLatin1Char('@') + deskCode;
}

QJsonObject buildRequestSnapshot(const QSqlDatabase& db, qint64 requestId, const QString& desk)
{
    const QJsonArray main = select(
        db,
        QStringLiteral("SELECT r.uuid, r.number, r.service_id, r.channel, ") + kOfficeColumns +
            QStringLiteral(", d.code AS desk_code, d.kind AS desk_kind, a.login AS accepted_by_login, "
                           "a.full_name AS accepted_by_name, r.accepted_at, r.state, x.login AS executor_login, "
                           "x.full_name AS executor_name, r.due_at, r.applicant_name, r.applicant_iin, r.fields, "
                           "r.updated_at FROM requests r JOIN offices o ON o.id = r.office_id "
                           "JOIN desks d ON d.id = r.desk_id JOIN users a ON a.id = r.accepted_by "
                           "LEFT JOIN users x ON x.id = r.executor_id WHERE r.id = ?"),
        requestId);
    if (main.isEmpty())
        throw StorageError{Tr::tr("no request with id %1").arg(requestId)};
    QJsonObject s = main.first().toObject();
    foldOffice(s);
    foldUser(s, QStringLiteral("accepted_by"), desk);
    foldUser(s, QStringLiteral("executor"), desk);
    s.insert(QStringLiteral("desk"), QJsonObject{{QStringLiteral("code"), s.take(QStringLiteral("desk_code"))},
                                                 {QStringLiteral("kind"), s.take(QStringLiteral("desk_kind"))}});
    s.insert(QStringLiteral("parties"),
             select(db,
                    QStringLiteral("SELECT role, iin, surname, given_name, patronymic, phone, address, poa_number, "
                                   "poa_date FROM parties WHERE request_id = ? ORDER BY role"),
                    requestId));
    s.insert(QStringLiteral("documents"),
             select(db,
                    QStringLiteral("SELECT d.position, k.doc_id, k.name_kk, k.name_ru, d.required, d.status "
                                   "FROM request_documents d JOIN document_kinds k ON k.id = d.kind_id "
                                   "WHERE d.request_id = ? ORDER BY d.position"),
                    requestId));
    s.insert(QStringLiteral("steps"),
             select(db, QStringLiteral("SELECT n, actor, due_at FROM step_deadlines WHERE request_id = ? ORDER BY n"),
                    requestId));
    QJsonArray result = select(db,
                               QStringLiteral("SELECT x.kind, x.number, x.fields, u.login AS prepared_by_login, "
                                              "u.full_name AS prepared_by_name, x.prepared_at FROM request_results x "
                                              "JOIN users u ON u.id = x.prepared_by WHERE x.request_id = ?"),
                               requestId);
    if (result.isEmpty()) {
        s.insert(QStringLiteral("result"), QJsonValue::Null);
    } else {
        QJsonObject r = result.first().toObject();
        foldUser(r, QStringLiteral("prepared_by"), desk);
        s.insert(QStringLiteral("result"), r);
    }
    QJsonArray survey = select(db,
                               QStringLiteral("SELECT s.quality, s.information, s.at, u.login AS user_login, "
                                              "u.full_name AS user_name FROM survey_answers s "
                                              "LEFT JOIN users u ON u.id = s.user_id WHERE s.request_id = ?"),
                               requestId);
    if (survey.isEmpty()) {
        s.insert(QStringLiteral("survey"), QJsonValue::Null);
    } else {
        QJsonObject a = survey.first().toObject();
        foldUser(a, QStringLiteral("user"), desk);
        s.insert(QStringLiteral("survey"), a);
    }
    QJsonArray registers;
    // Taken at the provider's канцелярия or sent through the portal to it: the office is the provider (a ЦОН's or an
    // akim's request names its provider in the register that takes it there).
    const auto channel = channelFromName(s.value(QStringLiteral("channel")).toString());
    QString provider = channel && !isIntakePoint(*channel)
                           ? s.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString()
                           : QString();
    const QJsonArray regs = select(
        db,
        QStringLiteral("SELECT c.uuid, c.number, ") + kOfficeColumns +
            QStringLiteral(", c.provider, c.direction, c.created_at, cu.login AS created_by_login, "
                           "cu.full_name AS created_by_name, c.sent_at, su.login AS sent_by_login, "
                           "su.full_name AS sent_by_name, c.received_at, ru.login AS received_by_login, "
                           "ru.full_name AS received_by_name, i.sheets FROM courier_register_items i "
                           "JOIN courier_registers c ON c.id = i.register_id JOIN offices o ON o.id = c.office_id "
                           "JOIN users cu ON cu.id = c.created_by LEFT JOIN users su ON su.id = c.sent_by "
                           "LEFT JOIN users ru ON ru.id = c.received_by WHERE i.request_id = ? ORDER BY c.id"),
        requestId);
    for (const QJsonValue& v : regs) {
        QJsonObject c = v.toObject();
        foldOffice(c);
        for (const char* who : {"created_by", "sent_by", "received_by"})
            foldUser(c, QLatin1String(who), desk);
        if (str(c, "direction") == QLatin1String("to_provider"))
            provider = str(c, "provider").trimmed().toUpper();
        registers.append(c);
    }
    s.insert(QStringLiteral("registers"), registers);
    s.insert(QStringLiteral("provider"), provider.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(provider));
    return s;
}

QJsonObject buildEventJson(const QSqlDatabase& db, qint64 eventId, const QString& desk)
{
    const QJsonArray e = select(db,
                                QStringLiteral("SELECT e.uuid, e.at, u.login AS user_login, u.full_name AS user_name, "
                                               "e.kind, e.from_state, e.to_state, e.before, e.after, e.note "
                                               "FROM events e LEFT JOIN users u ON u.id = e.user_id WHERE e.id = ?"),
                                eventId);
    if (e.isEmpty())
        throw StorageError{Tr::tr("no event with id %1").arg(eventId)};
    QJsonObject o = e.first().toObject();
    foldUser(o, QStringLiteral("user"), desk);
    return o;
}

} // namespace kense::sync
