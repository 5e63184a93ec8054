#include "RequestSnapshot.h"

#include "EventLog.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlRecord>

#include <memory>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::SnapshotWriter)
};

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

QVariant sqlOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isDouble())
        return QVariant(v.toInteger());
    return v.toString();
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

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
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
    QString provider = s.value(QStringLiteral("channel")).toString() == QLatin1String("provider")
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

SnapshotWriter::SnapshotWriter(const QSqlDatabase& db, const QString& deskCode)
    : m_db(db)
    , m_desk(deskCode)
    , m_statements(db)
{}

std::optional<qint64> SnapshotWriter::requestId(const QString& uuid)
{
    QSqlQuery& q = m_statements.get(18, QStringLiteral("SELECT id FROM requests WHERE uuid = ?"));
    exec(q, {uuid});
    const std::optional<qint64> id = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    q.finish();
    return id;
}

qint64 SnapshotWriter::officeId(const QJsonObject& office)
{
    const QString code = str(office, "code");
    if (code.isEmpty())
        throw StorageError{Tr::tr("a change names no office")};
    if (const qint64 id = m_offices.value(code))
        return id;
    QVariant id = scalar(m_db, QStringLiteral("SELECT id FROM offices WHERE code = ?"), {code});
    if (!id.isValid()) {
        QSqlQuery& q =
            m_statements.get(1, QStringLiteral("INSERT INTO offices (code, name, kind, region) VALUES (?, ?, ?, ?)"));
        exec(q, {code, str(office, "name"), str(office, "kind"), sqlOf(office.value(QStringLiteral("region")))});
        id = q.lastInsertId();
    }
    m_offices.insert(code, id.toLongLong());
    return id.toLongLong();
}

qint64 SnapshotWriter::deskId(qint64 office, const QString& code, const QString& kind)
{
    QSqlQuery& q =
        m_statements.get(2, QStringLiteral("INSERT INTO desks (office_id, code, kind) VALUES (?, ?, ?) "
                                           "ON CONFLICT (office_id, code) DO UPDATE SET code = excluded.code "
                                           "RETURNING id"));
    exec(q, {office, code, kind});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QVariant SnapshotWriter::userId(const QJsonValue& user)
{
    if (!user.isObject())
        return QVariant(QMetaType(QMetaType::LongLong));
    const QJsonObject u = user.toObject();
    QString login = str(u, "login");
    const QString here = QLatin1Char('@') + m_desk;
    if (login.endsWith(here))
        login.chop(here.size()); // one of this desk's own users
    if (const qint64 id = m_users.value(login))
        return id;
    QVariant id = scalar(m_db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
    if (!id.isValid()) {
        // Another desk's user: a name for the history and the documents, never a way in.
        QSqlQuery& q =
            m_statements.get(3, QStringLiteral("INSERT INTO users (login, full_name, password_hash, disabled, "
                                               "created_at) VALUES (?, ?, '!', 1, ?)"));
        exec(q, {login, str(u, "name"), storedMoment(QDateTime::currentDateTime())});
        id = q.lastInsertId();
    }
    m_users.insert(login, id.toLongLong());
    return id.toLongLong();
}

qint64 SnapshotWriter::documentKind(const QJsonObject& d)
{
    const QString key = str(d, "doc_id") + QChar(0x1f) + str(d, "name_kk") + QChar(0x1f) + str(d, "name_ru");
    if (const qint64 id = m_kinds.value(key))
        return id;
    QSqlQuery& q =
        m_statements.get(4, QStringLiteral("INSERT INTO document_kinds (doc_id, name_kk, name_ru) VALUES (?, ?, ?) "
                                           "ON CONFLICT DO UPDATE SET doc_id = excluded.doc_id RETURNING id"));
    exec(q, {str(d, "doc_id"), str(d, "name_kk"), str(d, "name_ru")});
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_kinds.insert(key, id);
    return id;
}

void SnapshotWriter::replaceNames(qint64 id, const QString& names)
{
    // A contentless full-text index forgets a row only when told the names it was given.
    QSqlQuery& old = m_statements.get(5, QStringLiteral("SELECT surname, given_name, patronymic FROM parties "
                                                        "WHERE request_id = ? ORDER BY role"));
    exec(old, {id});
    QStringList was;
    while (old.next())
        was << old.value(0).toString() << old.value(1).toString() << old.value(2).toString();
    old.finish();
    was.removeAll(QString());
    if (!was.isEmpty()) {
        QSqlQuery& forget = m_statements.get(6, QStringLiteral("INSERT INTO person_names (person_names, rowid, names) "
                                                               "VALUES ('delete', ?, ?)"));
        exec(forget, {id, was.join(QLatin1Char(' '))});
    }
    QSqlQuery& remember = m_statements.get(7, QStringLiteral("INSERT INTO person_names (rowid, names) VALUES (?, ?)"));
    exec(remember, {id, names});
}

qint64 SnapshotWriter::writeRequest(const QJsonObject& s)
{
    const QString uuid = str(s, "uuid");
    if (uuid.isEmpty() || str(s, "number").isEmpty())
        throw StorageError{Tr::tr("a change carries a request without uuid or number")};
    const qint64 office = officeId(s.value(QStringLiteral("office")).toObject());
    const QJsonObject deskObject = s.value(QStringLiteral("desk")).toObject();
    const qint64 desk = deskId(office, str(deskObject, "code"), str(deskObject, "kind"));
    const QVariantList values{str(s, "number"),
                              str(s, "service_id"),
                              str(s, "channel"),
                              office,
                              desk,
                              userId(s.value(QStringLiteral("accepted_by"))),
                              str(s, "accepted_at"),
                              str(s, "state"),
                              userId(s.value(QStringLiteral("executor"))),
                              str(s, "due_at"),
                              str(s, "applicant_name"),
                              str(s, "applicant_iin"),
                              str(s, "fields"),
                              str(s, "updated_at")};
    std::optional<qint64> id = requestId(uuid);
    if (id) {
        QSqlQuery& q =
            m_statements.get(8, QStringLiteral("UPDATE requests SET number = ?, service_id = ?, channel = ?, "
                                               "office_id = ?, desk_id = ?, accepted_by = ?, accepted_at = ?, "
                                               "state = ?, executor_id = ?, due_at = ?, applicant_name = ?, "
                                               "applicant_iin = ?, fields = ?, updated_at = ? WHERE id = ?"));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        q.bindValue(values.size(), *id);
        exec(q);
    } else {
        QSqlQuery& q =
            m_statements.get(9, QStringLiteral("INSERT INTO requests (number, service_id, channel, office_id, "
                                               "desk_id, accepted_by, accepted_at, state, executor_id, due_at, "
                                               "applicant_name, applicant_iin, fields, updated_at, uuid) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        q.bindValue(values.size(), uuid);
        exec(q);
        id = q.lastInsertId().toLongLong();
    }

    QStringList names;
    for (const QJsonValue& v : s.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        names << str(p, "surname") << str(p, "given_name") << str(p, "patronymic");
    }
    names.removeAll(QString());
    replaceNames(*id, names.join(QLatin1Char(' ')));

    int key = 20;
    for (const char* table : {"parties", "request_documents", "step_deadlines", "request_results", "survey_answers"}) {
        QSqlQuery& clear =
            m_statements.get(key++, QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)));
        exec(clear, {*id});
    }
    QSqlQuery& party =
        m_statements.get(10, QStringLiteral("INSERT INTO parties (request_id, role, iin, surname, given_name, "
                                            "patronymic, phone, address, poa_number, poa_date) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue& v : s.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        party.bindValue(0, *id);
        int i = 1;
        for (const char* c :
             {"role", "iin", "surname", "given_name", "patronymic", "phone", "address", "poa_number", "poa_date"})
            party.bindValue(i++, sqlOf(p.value(QLatin1String(c))));
        exec(party);
    }
    QSqlQuery& doc =
        m_statements.get(11, QStringLiteral("INSERT INTO request_documents (request_id, position, kind_id, "
                                            "required, status) VALUES (?, ?, ?, ?, ?)"));
    for (const QJsonValue& v : s.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        exec(doc, {*id, d.value(QStringLiteral("position")).toInteger(), documentKind(d),
                   d.value(QStringLiteral("required")).toInteger(), str(d, "status")});
    }
    QSqlQuery step =
        prepare(m_db, QStringLiteral("INSERT INTO step_deadlines (request_id, n, actor, due_at) VALUES (?, ?, ?, ?)"));
    for (const QJsonValue& v : s.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject d = v.toObject();
        exec(step, {*id, d.value(QStringLiteral("n")).toInteger(), str(d, "actor"),
                    sqlOf(d.value(QStringLiteral("due_at")))});
    }
    const QJsonObject result = s.value(QStringLiteral("result")).toObject();
    if (!result.isEmpty()) {
        QSqlQuery& q =
            m_statements.get(12, QStringLiteral("INSERT INTO request_results (request_id, kind, number, fields, "
                                                "prepared_by, prepared_at) VALUES (?, ?, ?, ?, ?, ?)"));
        exec(q, {*id, str(result, "kind"), str(result, "number"), str(result, "fields"),
                 userId(result.value(QStringLiteral("prepared_by"))), str(result, "prepared_at")});
    }
    const QJsonObject survey = s.value(QStringLiteral("survey")).toObject();
    if (!survey.isEmpty()) {
        QSqlQuery& q =
            m_statements.get(13, QStringLiteral("INSERT INTO survey_answers (request_id, quality, information, at, "
                                                "user_id) VALUES (?, ?, ?, ?, ?)"));
        exec(q, {*id, survey.value(QStringLiteral("quality")).toInteger(),
                 survey.value(QStringLiteral("information")).toInteger(), str(survey, "at"),
                 userId(survey.value(QStringLiteral("user")))});
    }
    for (const QJsonValue& v : s.value(QStringLiteral("registers")).toArray())
        writeRegister(v.toObject(), *id);
    return *id;
}

void SnapshotWriter::writeRegister(const QJsonObject& c, qint64 requestId)
{
    const QVariantList values{str(c, "number"),
                              officeId(c.value(QStringLiteral("office")).toObject()),
                              str(c, "provider"),
                              str(c, "direction"),
                              str(c, "created_at"),
                              userId(c.value(QStringLiteral("created_by"))),
                              sqlOf(c.value(QStringLiteral("sent_at"))),
                              userId(c.value(QStringLiteral("sent_by"))),
                              sqlOf(c.value(QStringLiteral("received_at"))),
                              userId(c.value(QStringLiteral("received_by")))};
    QSqlQuery& q =
        m_statements.get(14, QStringLiteral("INSERT INTO courier_registers (number, office_id, provider, direction, "
                                            "created_at, created_by, sent_at, sent_by, received_at, received_by, "
                                            "uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (uuid) DO UPDATE SET sent_at = excluded.sent_at, "
                                            "sent_by = excluded.sent_by, received_at = excluded.received_at, "
                                            "received_by = excluded.received_by RETURNING id"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    q.bindValue(values.size(), str(c, "uuid"));
    exec(q);
    q.next();
    const qint64 reg = q.value(0).toLongLong();
    q.finish();
    QSqlQuery& item =
        m_statements.get(15, QStringLiteral("INSERT INTO courier_register_items (register_id, request_id, sheets) "
                                            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    exec(item, {reg, requestId, c.value(QStringLiteral("sheets")).toInteger(1)});
}

bool SnapshotWriter::appendEvent(const QJsonObject& e, qint64 requestId, const QString& origin, Check check)
{
    const QString uuid = str(e, "uuid");
    if (check == CheckHere) {
        QSqlQuery& here = m_statements.get(17, QStringLiteral("SELECT 1 FROM events WHERE uuid = ?"));
        exec(here, {uuid});
        const bool known = here.next();
        here.finish();
        if (known)
            return false;
    }
    const QVariant user = userId(e.value(QStringLiteral("user")));
    if (!m_events)
        m_events = std::make_unique<EventLog::Appender>(m_db);
    m_events->appendFrom(EventDraft{requestId, momentFromStored(str(e, "at")),
                                    user.isNull() ? std::nullopt : std::optional<qint64>(user.toLongLong()),
                                    str(e, "kind"), str(e, "from_state"), str(e, "to_state"),
                                    e.value(QStringLiteral("before")).toString(QString()),
                                    e.value(QStringLiteral("after")).toString(QString()),
                                    e.value(QStringLiteral("note")).toString(QString())},
                         uuid, origin);
    return true;
}

void SnapshotWriter::setHead(qint64 requestId, const QString& eventUuid)
{
    QSqlQuery& q = m_statements.get(16, QStringLiteral("UPDATE requests SET head_event = ? WHERE id = ?"));
    exec(q, {eventUuid, requestId});
}

} // namespace kense::sync
