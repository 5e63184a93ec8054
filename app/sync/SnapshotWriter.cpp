#include "SnapshotWriter.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kense::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::SnapshotWriter)
};

QVariant sqlOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isDouble())
        return QVariant(v.toInteger());
    return v.toString();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

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
