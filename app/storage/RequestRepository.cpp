#include "RequestRepository.h"

#include "ContentDigest.h"
#include "EventLog.h"
#include "Results.h"
#include "SqlUtil.h"
#include "common/Uuid.h"
#include "intake/IntakeValidator.h"
#include "intake/Parties.h"
#include "intake/RequestNumber.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::RequestRepository)
};
} // namespace

namespace {
QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString fieldsJson(const QMap<QString, QString>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Writes the parties a draft names into `parties` (the statement prepared by the caller); returns their names
/// for the person_names index.
QString insertParties(QSqlQuery& insert, qint64 requestId, const RequestDraft& draft)
{
    QStringList names;
    for (const Party& p : partiesOf(draft)) {
        exec(insert, {requestId, partyRoleName(p.role), nullable(p.iin), nullable(p.surname), nullable(p.givenName),
                      nullable(p.patronymic), nullable(p.phone), nullable(p.address), nullable(p.poaNumber),
                      nullable(p.poaDate)});
        names << p.surname << p.givenName << p.patronymic;
    }
    names.removeAll(QString());
    return names.join(QLatin1Char(' '));
}
} // namespace

RegisteredRequest RequestRepository::create(const DeskRecord& desk, const NewRequest& r)
{
    Transaction tx(m_db);
    if (m_events)
        m_events->refreshHead();
    else
        m_events = std::make_unique<EventLog::Appender>(m_db);
    RegisteredRequest out = createInTransaction(desk, r, *m_events);
    flushSearchNames();
    tx.commit();
    return out;
}

RegisteredRequest RequestRepository::createInTransaction(const DeskRecord& desk, const NewRequest& r,
                                                         EventLog::Appender& events)
{
    if (!r.variant)
        throw StorageError{Tr::tr("no service variant given")};
    // The final state and executor, after the history's moves.
    RequestState finalState = r.state;
    std::optional<qint64> executorId;
    bool prepared = false;
    bool issued = false;
    for (const HistoryStep& h : r.history) {
        prepared = prepared || h.transition == Transition::PrepareResult;
        issued = issued || h.transition == Transition::IssueResult || h.transition == Transition::IssueRefusal;
        const auto next = Workflow::target(h.transition, finalState, r.draft.channel, r.variant->path());
        if (!next)
            throw StorageError{
                Tr::tr("the history cannot %1 from \"%2\"").arg(transitionName(h.transition), stateName(finalState))};
        finalState = *next;
        if (h.executorId)
            executorId = h.executorId;
    }
    if ((r.result && !prepared) || (r.survey && !issued))
        throw StorageError{r.survey && !issued ? Tr::tr("survey answers are written with the history's issue")
                                               : Tr::tr("a result is written with the history's preparation of it")};
    const int year = r.acceptedAt.date().year();
    QSqlQuery& seq = m_statements.get(
        1, QStringLiteral("INSERT INTO sequences (desk_id, year, kind, last) VALUES (?, ?, 'request', 1) "
                          "ON CONFLICT (desk_id, year, kind) DO UPDATE SET last = last + 1 "
                          "RETURNING last"));
    exec(seq, {desk.id, year});
    if (!seq.next())
        throw StorageError{Tr::tr("cannot take the next number")};
    const int sequence = seq.value(0).toInt();
    seq.finish();

    RegisteredRequest out;
    out.number = formatRequestNumber(desk.office.code, desk.code, year, sequence);
    out.uuid = createUuidV7();
    out.dueAt = r.deadlines.totalDue;
    out.state = finalState;
    const QString applicant = partyOf(r.draft, PartyRole::Applicant).fullName();
    const QString now = storedMoment(r.acceptedAt);

    QSqlQuery& req = m_statements.get(
        2, QStringLiteral("INSERT INTO requests (uuid, number, service_id, channel, office_id, desk_id, "
                          "accepted_by, accepted_at, state, executor_id, due_at, applicant_name, "
                          "applicant_iin, fields, updated_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString updated = r.history.isEmpty() ? now : storedMoment(r.history.last().at);
    exec(req, {out.uuid, out.number, r.variant->id, channelName(r.draft.channel), desk.office.id, desk.id, r.userId,
               now, stateName(finalState),
               executorId ? QVariant(*executorId) : QVariant(QMetaType(QMetaType::LongLong)), storedMoment(out.dueAt),
               applicant, r.draft.fields.value(QStringLiteral("applicant.iin")), fieldsJson(r.draft.fields), updated});
    out.id = req.lastInsertId().toLongLong();

    QSqlQuery& party =
        m_statements.get(3, QStringLiteral("INSERT INTO parties (request_id, role, iin, surname, given_name, "
                                           "patronymic, phone, address, poa_number, poa_date) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString names = insertParties(party, out.id, r.draft);
    m_pendingNames.append(QJsonArray{out.id, names});

    QSqlQuery& kind =
        m_statements.get(5, QStringLiteral("INSERT INTO document_kinds (doc_id, name_kk, name_ru) VALUES (?, ?, ?) "
                                           "ON CONFLICT DO UPDATE SET doc_id = excluded.doc_id RETURNING id"));
    QSqlQuery& doc = m_statements.get(7, QStringLiteral("INSERT INTO request_documents (request_id, position, kind_id, "
                                                        "required, status) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const DocumentSpec& d : r.variant->documents.items) {
        const QString key = d.id + QChar(0x1f) + d.name.kk + QChar(0x1f) + d.name.ru;
        qint64 kindId = m_documentKinds.value(key);
        if (kindId == 0) {
            exec(kind, {d.id, d.name.kk, d.name.ru});
            kind.next();
            kindId = kind.value(0).toLongLong();
            kind.finish();
            m_documentKinds.insert(key, kindId);
        }
        exec(doc, {out.id, ++position, kindId, IntakeValidator::isRequired(d, r.draft) ? 1 : 0,
                   documentStatusName(r.draft.documents.value(d.id, DocumentStatus::Missing))});
    }
    QSqlQuery& step = m_statements.get(6, QStringLiteral("INSERT INTO step_deadlines (request_id, n, actor, due_at) "
                                                         "VALUES (?, ?, ?, ?)"));
    for (const StepDeadline& s : r.deadlines.steps) {
        exec(step, {out.id, s.step.n, stepActorName(s.step.actor),
                    s.due ? QVariant(storedMoment(*s.due)) : QVariant(QMetaType(QMetaType::QString))});
    }
    // The registration records the content it wrote, so that the history proves it (ContentDigest).
    QSqlQuery& content = m_statements.get(8, QStringLiteral("SELECT ") + ContentDigest::contentSql() +
                                                 QStringLiteral(" FROM requests r WHERE r.id = ?"));
    events.append(EventDraft{out.id,
                             r.acceptedAt,
                             r.userId,
                             r.state == RequestState::Registered ? eventKindName(EventKind::Registered)
                                                                 : eventKindName(EventKind::RefusedAtIntake),
                             stateName(RequestState::Draft),
                             stateName(r.state),
                             {},
                             ContentDigest::recordIn({}, ContentDigest::of(m_db, out.id, &content)),
                             r.note});
    RequestState state = r.state;
    for (const HistoryStep& h : r.history) {
        const RequestState next = *Workflow::target(h.transition, state, r.draft.channel, r.variant->path());
        if (r.result && h.transition == Transition::PrepareResult)
            writeResult(desk, out.id, *r.result, h, events);
        events.append(EventDraft{out.id,
                                 h.at,
                                 h.userId,
                                 transitionName(h.transition),
                                 stateName(state),
                                 stateName(next),
                                 {},
                                 h.executorId ? QString::number(*h.executorId) : QString(),
                                 h.note});
        if (r.survey && (h.transition == Transition::IssueResult || h.transition == Transition::IssueRefusal))
            writeSurvey(out.id, *r.survey, h, events);
        state = next;
    }
    return out;
}

void RequestRepository::writeResult(const DeskRecord& desk, qint64 requestId, const HistoryResult& result,
                                    const HistoryStep& step, EventLog::Appender& events)
{
    QSqlQuery& seq = m_statements.get(9, Results::kNextNumberSql);
    const QString number = Results::takeNumber(seq, desk, step.at.date().year());
    const QString fields = Results::storedFields({}, result.grades);
    QSqlQuery& q = m_statements.get(10, QStringLiteral("INSERT INTO request_results (request_id, kind, number, fields, "
                                                       "prepared_by, prepared_at) VALUES (?, ?, ?, ?, ?, ?)"));
    exec(q, {requestId, result.kind, number, fields, step.userId, storedMoment(step.at)});
    events.append(
        EventDraft{requestId, step.at, step.userId, eventKindName(EventKind::ResultSaved), {}, {}, {}, fields, number});
}

void RequestRepository::writeSurvey(qint64 requestId, const HistorySurvey& survey, const HistoryStep& step,
                                    EventLog::Appender& events)
{
    QSqlQuery& q = m_statements.get(11, QStringLiteral("INSERT INTO survey_answers (request_id, quality, information, "
                                                       "at, user_id) VALUES (?, ?, ?, ?, ?)"));
    exec(q, {requestId, survey.quality, survey.information, storedMoment(step.at), step.userId});
    events.append(EventDraft{requestId,
                             step.at,
                             step.userId,
                             eventKindName(EventKind::SurveyAnswered),
                             {},
                             {},
                             {},
                             Results::surveyDetail(survey.quality, survey.information),
                             {}});
}

void RequestRepository::flushSearchNames()
{
    if (m_pendingNames.isEmpty())
        return;
    QSqlQuery& fts = m_statements.get(4, QStringLiteral("INSERT INTO person_names (rowid, names) "
                                                        "SELECT value ->> 0, value ->> 1 FROM json_each(?)"));
    exec(fts, {QString::fromUtf8(QJsonDocument(m_pendingNames).toJson(QJsonDocument::Compact))});
    m_pendingNames = QJsonArray();
}

QStringList RequestRepository::edit(const QString& number, const ServiceVariant& variant,
                                    const QMap<QString, QString>& changes, const UserRecord& user, const QDateTime& at)
{
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT id, state, channel, fields, service_id FROM requests "
                                               "WHERE number = ?"));
    exec(q, {number});
    if (!q.next())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    const qint64 id = q.value(0).toLongLong();
    const RequestState state = stateFromName(q.value(1).toString()).value_or(RequestState::Draft);
    const Channel channel = channelFromName(q.value(2).toString()).value_or(Channel::Provider);
    if (q.value(4).toString() != variant.id)
        throw StorageError{Tr::tr("%1 is a request for %2, not %3").arg(number, q.value(4).toString(), variant.id)};
    RequestDraft draft;
    draft.serviceId = variant.id;
    draft.channel = channel;
    const QJsonObject old = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    for (auto it = old.begin(); it != old.end(); ++it)
        draft.fields.insert(it.key(), it.value().toString());
    q.finish();
    if (!Workflow::mayEdit(state, channel, variant.path(), user.roles))
        throw StorageError{Tr::tr("%1 may not correct a request that is \"%2\"").arg(user.login, stateName(state))};
    const RequestDraft before = draft;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!variant.field(it.key()))
            throw StorageError{Tr::tr("%1: not a field of %2").arg(it.key(), variant.id)};
        if (it.value().trimmed().isEmpty())
            draft.fields.remove(it.key());
        else
            draft.fields.insert(it.key(), it.value());
    }
    RequestDraft normalized;
    const QList<FieldError> errors = IntakeValidator::validate(variant, draft, &normalized);
    if (!errors.isEmpty())
        throw StorageError{Tr::tr("%1: %2").arg(errors.first().fieldId, errors.first().message)};
    QJsonObject was, now;
    QStringList changed;
    QSet<QString> keys(before.fields.keyBegin(), before.fields.keyEnd());
    for (const QString& k : normalized.fields.keys())
        keys.insert(k);
    for (const QString& k : keys) {
        if (before.fields.value(k) != normalized.fields.value(k)) {
            changed << k;
            was.insert(k, before.fields.value(k));
            now.insert(k, normalized.fields.value(k));
        }
    }
    if (changed.isEmpty())
        return {};
    std::sort(changed.begin(), changed.end());

    // The parties and the full-text names follow the corrected form (a contentless index forgets a row by its
    // old text).
    QSqlQuery oldNames = prepare(m_db, QStringLiteral("SELECT surname, given_name, patronymic FROM parties "
                                                      "WHERE request_id = ? ORDER BY id"));
    exec(oldNames, {id});
    QStringList names;
    while (oldNames.next())
        names << oldNames.value(0).toString() << oldNames.value(1).toString() << oldNames.value(2).toString();
    names.removeAll(QString());
    QSqlQuery forget = prepare(m_db, QStringLiteral("INSERT INTO person_names (person_names, rowid, names) "
                                                    "VALUES ('delete', ?, ?)"));
    exec(forget, {id, names.join(QLatin1Char(' '))});
    QSqlQuery dropParties = prepare(m_db, QStringLiteral("DELETE FROM parties WHERE request_id = ?"));
    exec(dropParties, {id});
    QSqlQuery party = prepare(m_db, QStringLiteral("INSERT INTO parties (request_id, role, iin, surname, given_name, "
                                                   "patronymic, phone, address, poa_number, poa_date) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString newNames = insertParties(party, id, normalized);
    QSqlQuery remember = prepare(m_db, QStringLiteral("INSERT INTO person_names (rowid, names) VALUES (?, ?)"));
    exec(remember, {id, newNames});
    QSqlQuery update = prepare(m_db, QStringLiteral("UPDATE requests SET fields = ?, applicant_name = ?, "
                                                    "applicant_iin = ?, updated_at = ? WHERE id = ?"));
    exec(update, {fieldsJson(normalized.fields), partyOf(normalized, PartyRole::Applicant).fullName(),
                  normalized.fields.value(QStringLiteral("applicant.iin")), storedMoment(at), id});
    EventLog::append(
        m_db, EventDraft{id, at, user.id, eventKindName(EventKind::Edited), stateName(state), stateName(state),
                         QString::fromUtf8(QJsonDocument(was).toJson(QJsonDocument::Compact)),
                         ContentDigest::recordIn(QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact)),
                                                 ContentDigest::of(m_db, id)),
                         changed.join(QStringLiteral(", "))});
    tx.commit();
    return changed;
}

std::optional<RequestDetails> RequestRepository::load(const QString& number) const
{
    QSqlQuery q = prepare(
        m_db,
        QStringLiteral("SELECT r.id, r.uuid, r.number, r.service_id, r.channel, o.code, d.code, u.login, "
                       "r.accepted_at, r.state, e.login, r.due_at, r.fields, u.full_name, e.full_name FROM requests r "
                       "JOIN offices o ON o.id = r.office_id JOIN desks d ON d.id = r.desk_id "
                       "JOIN users u ON u.id = r.accepted_by LEFT JOIN users e ON e.id = r.executor_id "
                       "WHERE r.number = ?"));
    exec(q, {number});
    if (!q.next())
        return std::nullopt;
    RequestDetails r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.number = q.value(2).toString();
    r.serviceId = q.value(3).toString();
    r.channel = channelFromName(q.value(4).toString()).value_or(Channel::Provider);
    r.officeCode = q.value(5).toString();
    r.deskCode = q.value(6).toString();
    r.acceptedBy = q.value(7).toString();
    r.acceptedAt = momentFromStored(q.value(8).toString());
    r.state = stateFromName(q.value(9).toString()).value_or(RequestState::Draft);
    r.executor = q.value(10).toString();
    r.dueAt = momentFromStored(q.value(11).toString());
    r.acceptedByName = q.value(13).toString();
    r.executorName = q.value(14).toString();
    const QJsonObject fields = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields.insert(it.key(), it.value().toString());

    QSqlQuery p = prepare(m_db, QStringLiteral("SELECT role, iin, surname, given_name, patronymic, phone, address, "
                                               "poa_number, poa_date FROM parties WHERE request_id = ? ORDER BY id"));
    exec(p, {r.id});
    while (p.next()) {
        r.parties << PartyRecord{partyRoleFromName(p.value(0).toString()).value_or(PartyRole::Applicant),
                                 p.value(1).toString(),
                                 p.value(2).toString(),
                                 p.value(3).toString(),
                                 p.value(4).toString(),
                                 p.value(5).toString(),
                                 p.value(6).toString(),
                                 p.value(7).toString(),
                                 p.value(8).toString()};
    }
    QSqlQuery d = prepare(m_db, QStringLiteral("SELECT k.doc_id, k.name_kk, k.name_ru, d.required, d.status "
                                               "FROM request_documents d JOIN document_kinds k ON k.id = d.kind_id "
                                               "WHERE d.request_id = ? ORDER BY d.position"));
    exec(d, {r.id});
    while (d.next()) {
        r.documents << DocumentRecord{d.value(0).toString(), d.value(1).toString(), d.value(2).toString(),
                                      d.value(3).toBool(),
                                      documentStatusFromName(d.value(4).toString()).value_or(DocumentStatus::Missing)};
    }
    QSqlQuery s =
        prepare(m_db, QStringLiteral("SELECT n, actor, due_at FROM step_deadlines WHERE request_id = ? ORDER BY n"));
    exec(s, {r.id});
    while (s.next())
        r.steps << StepDueRecord{s.value(0).toInt(), s.value(1).toString(), momentFromStored(s.value(2).toString())};
    QSqlQuery e = prepare(m_db, QStringLiteral("SELECT e.id, e.at, u.login, e.kind, e.from_state, e.to_state, e.note, "
                                               "e.after, u.full_name "
                                               "FROM events e LEFT JOIN users u ON u.id = e.user_id "
                                               "WHERE e.request_id = ? ORDER BY e.id"));
    exec(e, {r.id});
    while (e.next()) {
        r.events << EventRecord{e.value(0).toLongLong(), momentFromStored(e.value(1).toString()),
                                e.value(2).toString(),   e.value(3).toString(),
                                e.value(4).toString(),   e.value(5).toString(),
                                e.value(6).toString(),   e.value(7).toString(),
                                e.value(8).toString()};
    }
    return r;
}

} // namespace kense
