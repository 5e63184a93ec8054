#include "Cli.h"

#include "paths/AppPaths.h"
#include "platform/WholeFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace kense::cli {

QStringList Context::parse(QCommandLineParser& parser, int minPositional, int maxPositional, const QString& usage)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Answer in JSON."));
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("kensectl")} + m_args))
        throw Failure{BadInput, parser.errorText() + QStringLiteral("; usage: ") + usage};
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional || positional.size() > maxPositional)
        throw Failure{BadInput, QStringLiteral("usage: ") + usage};
    m_json = parser.isSet(jsonOption);
    return positional;
}

QCommandLineOption Context::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("The desk's database file."),
                              QStringLiteral("FILE"));
}

QString Context::dbPath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : AppPaths::defaultDatabasePath();
}

QCommandLineOption Context::fromOption()
{
    return QCommandLineOption(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("DATE"));
}

QCommandLineOption Context::toOption()
{
    return QCommandLineOption(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("DATE"));
}

std::pair<QDate, QDate> Context::period(const QCommandLineParser& parser)
{
    const QDate first = QDate::fromString(parser.value(fromOption()), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(toOption()), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        throw Failure{BadInput, QStringLiteral("--from and --to take dates YYYY-MM-DD")};
    if (last < first)
        throw Failure{BadInput, QStringLiteral("--to is before --from")};
    return {first, last};
}

QString Context::readLineFromStdin()
{
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(static_cast<char>(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void Context::writeWhole(const QString& path, const std::function<void(QIODevice*)>& write)
{
    std::optional<Failure> refused;
    const QString error = WholeFile::write(path, [&](QIODevice* device) {
        try {
            write(device);
        } catch (const Failure& f) { // no file is left; a full disk, if that was it, is said instead
            refused = f;
            return f.reason;
        }
        return QString();
    });
    if (error.isEmpty())
        return;
    if (refused && error == QStringLiteral("%1: %2").arg(path, refused->reason))
        throw *refused;
    throw Failure{BadInput, error};
}

QCommandLineOption Context::passwordStdinOption()
{
    return QCommandLineOption(QStringLiteral("password-stdin"),
                              QStringLiteral("Read the password from standard input (never from the command line)."));
}

void Context::printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void Context::printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    bytes += '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

} // namespace kense::cli
