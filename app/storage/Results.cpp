#include "Results.h"

#include "EventLog.h"
#include "SqlUtil.h"
#include "catalog/ServiceVariant.h"
#include "documents/Grade.h"
#include "intake/RequestNumber.h"
#include "workflow/EventKind.h"
#include "workflow/RequestState.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::Results)
};
} // namespace

const QString Results::kNextNumberSql =
    QStringLiteral("INSERT INTO sequences (desk_id, year, kind, last) VALUES (?, ?, 'result', 1) "
                   "ON CONFLICT (desk_id, year, kind) DO UPDATE SET last = last + 1 RETURNING last");

QString Results::takeNumber(QSqlQuery& seq, const DeskRecord& desk, int year)
{
    exec(seq, {desk.id, year});
    if (!seq.next())
        throw StorageError{Tr::tr("cannot take the next number")};
    const QString number = formatResultNumber(desk.office.code, desk.code, year, seq.value(0).toInt());
    seq.finish();
    return number;
}

QString Results::surveyDetail(int quality, int information)
{
    return QStringLiteral("{\"quality\":%1,\"information\":%2}").arg(quality).arg(information);
}

QString Results::storedFields(const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades)
{
    QJsonObject f;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        f.insert(it.key(), it.value());
    QJsonArray g;
    for (const auto& [subject, grade] : grades)
        g.append(QJsonArray{subject, grade});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), f}, {QStringLiteral("grades"), g}})
                                 .toJson(QJsonDocument::Compact));
}

namespace {

struct RequestRow
{
    qint64 id = 0;
    RequestState state = RequestState::Draft;
    Channel channel = Channel::Provider;
};

RequestRow requestRow(const QSqlDatabase& db, const QString& number)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, state, channel FROM requests WHERE number = ?"));
    exec(q, {number});
    if (!q.next())
        throw StorageError{Tr::tr("no request %1").arg(number)};
    return {q.value(0).toLongLong(), stateFromName(q.value(1).toString()).value_or(RequestState::Draft),
            channelFromName(q.value(2).toString()).value_or(Channel::Provider)};
}

} // namespace

ResultRecord Results::save(const DeskRecord& desk, const QString& requestNumber, const ServiceVariant& variant,
                           const QMap<QString, QString>& fields, const QList<QPair<QString, QString>>& grades,
                           const UserRecord& user, const QDateTime& at)
{
    if (!user.roles.contains(Role::Executor) && !user.roles.contains(Role::Head))
        throw StorageError{Tr::tr("%1 is not an executor or a head: only they prepare results").arg(user.login)};
    QList<QPair<QString, QString>> stored;
    for (const auto& [subject, grade] : grades) {
        if (subject.trimmed().isEmpty() || grade.trimmed().isEmpty())
            throw StorageError{Tr::tr("every grade line names a subject and a grade")};
        if (const auto why = whyNotAGrade(grade))
            throw StorageError{Tr::tr("grade line %1 (%2): %3").arg(stored.size() + 1).arg(subject.trimmed(), *why)};
        stored.append({subject.trimmed(), gradeStored(*gradeOf(grade))});
    }
    Transaction tx(m_db);
    const RequestRow request = requestRow(m_db, requestNumber);
    const std::optional<ResultDocument> document = variant.resultToPrepare(request.state, request.channel, user.roles);
    if (!document) {
        if (!variant.resultDocument())
            throw StorageError{Tr::tr("%1: the service %2 names no result document").arg(requestNumber, variant.id)};
        if (variant.resultIsReceipt() &&
            Workflow::mayPrepareResult(request.state, request.channel, variant.path(), user.roles))
            throw StorageError{(variant.path() == Path::HeadAndExecutor
                                    ? Tr::tr("%1: the result of its term is the receipt signed by the head; it has no "
                                             "data to save")
                                    : Tr::tr("%1: the result of its term is the receipt; it has no data to save"))
                                   .arg(requestNumber)};
        throw StorageError{Tr::tr("%1 is %2: a result is prepared while the request is in work")
                               .arg(requestNumber, stateTitle(request.state))};
    }
    const QString kind = document->id;
    QSqlQuery old = prepare(m_db, QStringLiteral("SELECT number, fields FROM request_results WHERE request_id = ?"));
    exec(old, {request.id});
    QString number;
    QString before;
    if (old.next()) {
        number = old.value(0).toString();
        before = old.value(1).toString();
    } else {
        QSqlQuery seq = prepare(m_db, kNextNumberSql);
        number = takeNumber(seq, desk, at.date().year());
    }
    old.finish();
    const QString after = storedFields(fields, stored);
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO request_results (request_id, kind, number, fields, "
                                               "prepared_by, prepared_at) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT (request_id) DO UPDATE SET kind = excluded.kind, "
                                               "fields = excluded.fields, prepared_by = excluded.prepared_by, "
                                               "prepared_at = excluded.prepared_at"));
    exec(q, {request.id, kind, number, after, user.id, storedMoment(at)});
    EventLog::append(
        m_db,
        EventDraft{request.id, at, user.id, eventKindName(EventKind::ResultSaved), {}, {}, before, after, number});
    tx.commit();
    return *load(requestNumber);
}

std::optional<ResultRecord> Results::load(const QString& requestNumber) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT x.kind, x.number, x.fields, u.full_name, x.prepared_at "
                                               "FROM request_results x JOIN requests r ON r.id = x.request_id "
                                               "JOIN users u ON u.id = x.prepared_by WHERE r.number = ?"));
    exec(q, {requestNumber});
    if (!q.next())
        return std::nullopt;
    ResultRecord r;
    r.kind = q.value(0).toString();
    r.number = q.value(1).toString();
    const QJsonObject json = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields.insert(it.key(), it.value().toString());
    for (const QJsonValue& line : json.value(QStringLiteral("grades")).toArray())
        r.grades.append({line.toArray().at(0).toString(), line.toArray().at(1).toString()});
    r.preparedBy = q.value(3).toString();
    r.preparedAt = momentFromStored(q.value(4).toString());
    return r;
}

void Results::answerSurvey(const QString& requestNumber, int quality, int information, const UserRecord& user,
                           const QDateTime& at)
{
    if (quality < 1 || quality > 3 || information < 1 || information > 3)
        throw StorageError{Tr::tr("each survey answer is 1, 2 or 3")};
    Transaction tx(m_db);
    const RequestRow request = requestRow(m_db, requestNumber);
    if (!Workflow::maySurvey(request.state))
        throw StorageError{Tr::tr("%1 is %2: the survey is asked when the result is issued")
                               .arg(requestNumber, stateTitle(request.state))};
    if (scalar(m_db, QStringLiteral("SELECT count(*) FROM survey_answers WHERE request_id = ?"), {request.id}).toInt())
        throw StorageError{Tr::tr("%1: the applicant has already answered the survey").arg(requestNumber)};
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO survey_answers (request_id, quality, information, at, "
                                               "user_id) VALUES (?, ?, ?, ?, ?)"));
    exec(q, {request.id, quality, information, storedMoment(at), user.id});
    EventLog::append(m_db, EventDraft{request.id,
                                      at,
                                      user.id,
                                      eventKindName(EventKind::SurveyAnswered),
                                      {},
                                      {},
                                      {},
                                      surveyDetail(quality, information),
                                      {}});
    tx.commit();
}

std::optional<SurveyAnswers> Results::survey(const QString& requestNumber) const
{
    QSqlQuery q = prepare(m_db, QStringLiteral("SELECT s.quality, s.information, s.at FROM survey_answers s "
                                               "JOIN requests r ON r.id = s.request_id WHERE r.number = ?"));
    exec(q, {requestNumber});
    if (!q.next())
        return std::nullopt;
    return SurveyAnswers{q.value(0).toInt(), q.value(1).toInt(), momentFromStored(q.value(2).toString())};
}

} // namespace kense
