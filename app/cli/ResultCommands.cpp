#include "Cli.h"
#include "DataInForce.h"
#include "Queue.h"
#include "ResultActs.h"
#include "SqlUtil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {

QPair<QString, QString> keyValue(const QString& option, const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        throw Failure{BadInput, QStringLiteral("--%1 \"%2\": KEY=VALUE is expected").arg(option, text)};
    return {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

int readAnswer(const QCommandLineParser& p, const QCommandLineOption& o)
{
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < 1 || n > 3)
        throw Failure{BadInput, QStringLiteral("--%1: 1, 2 or 3").arg(o.names().first())};
    return n;
}

} // namespace

int requestResult(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The executor (or head)."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("A field of the result."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption grade(QStringLiteral("grade"), QStringLiteral("A subject and its grade, in order."),
                                   QStringLiteral("SUBJECT=GRADE"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), as, set, grade});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl request result NUMBER --as LOGIN --password-stdin [--set KEY=VALUE ...] "
                                 "[--grade SUBJECT=GRADE ...] --db FILE [--json]"));
    if (!p.isSet(as))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
    QMap<QString, QString> fields;
    for (const QString& s : p.values(set)) {
        const auto [key, value] = keyValue(QStringLiteral("set"), s);
        fields.insert(key, value);
    }
    QList<QPair<QString, QString>> grades;
    for (const QString& g : p.values(grade))
        grades << keyValue(QStringLiteral("grade"), g);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const QString number = pos.first().trimmed().toUpper();
    ResultRecord result;
    try {
        result =
            ResultActs::save(queue.db(), catalogInForce(), number, fields, grades, user, QDateTime::currentDateTime());
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("request"), number},
                                       {QStringLiteral("result"), result.number},
                                       {QStringLiteral("kind"), result.kind},
                                       {QStringLiteral("grades"), static_cast<int>(result.grades.size())}});
    else
        Context::printLine(QStringLiteral("%1: result %2 (%3) saved").arg(number, result.number, result.kind));
    return Ok;
}

int requestSurvey(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("The clerk asking."), QStringLiteral("LOGIN"));
    const QCommandLineOption quality(QStringLiteral("quality"), QStringLiteral("Answer to question 1."),
                                     QStringLiteral("1-3"));
    const QCommandLineOption information(QStringLiteral("information"), QStringLiteral("Answer to question 2."),
                                         QStringLiteral("1-3"));
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), as, quality, information});
    const QStringList pos =
        ctx.parse(p, 1, 1,
                  QStringLiteral("kensectl request survey NUMBER --as LOGIN --password-stdin --quality 1-3 "
                                 "--information 1-3 --db FILE"));
    if (!p.isSet(as) || !p.isSet(quality) || !p.isSet(information))
        throw Failure{BadInput, QStringLiteral("--as, --quality and --information are required")};
    const int q = readAnswer(p, quality);
    const int i = readAnswer(p, information);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const QString number = pos.first().trimmed().toUpper();
    try {
        ResultActs::answerSurvey(queue.db(), catalogInForce(), number, q, i, user, QDateTime::currentDateTime());
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    Context::printLine(QStringLiteral("%1: survey answers recorded").arg(number));
    return Ok;
}

} // namespace kense::cli
