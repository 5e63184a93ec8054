// kensectl settings: the desk's settings.ini read and written through the one key table (Settings), the same
// values the desk's program uses.
#include "Cli.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {

QJsonValue jsonOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    if (v.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(v.toStringList());
    return QJsonValue::fromVariant(v);
}

QString textOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("(%1 bytes)").arg(v.toByteArray().size());
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString();
}

Setting settingOf(const QString& key, QString* name)
{
    const std::optional<Setting> s = Settings::settingOfKey(key, name);
    if (!s) {
        QStringList known;
        for (const SettingSpec& spec : Settings::keys())
            known << QString::fromLatin1(spec.key).arg(QStringLiteral("NAME"));
        throw Failure{
            BadInput,
            QStringLiteral("\"%1\" is not a setting (settings: %2)").arg(key, known.join(QStringLiteral(", ")))};
    }
    return *s;
}

} // namespace

int settingsCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser parser;
    Settings settings = Settings::desk();
    if (verb == QLatin1String("list")) {
        ctx.parse(parser, 0, 0, QStringLiteral("kensectl settings list [--json]"));
        QJsonArray rows;
        for (const auto& [setting, name] : settings.entries()) {
            const QString key = Settings::keyOf(setting, name);
            const QVariant value = settings.value(setting, name);
            const bool set = settings.contains(setting, name);
            if (ctx.json())
                rows.append(QJsonObject{{QStringLiteral("key"), key},
                                        {QStringLiteral("value"), jsonOf(value)},
                                        {QStringLiteral("default"), !set}});
            else
                Context::printLine(QStringLiteral("%1 = %2%3")
                                       .arg(key, textOf(value), set ? QString() : QStringLiteral("  (default)")));
        }
        const QStringList unknown = settings.unknownKeys();
        if (ctx.json()) {
            Context::printJson(QJsonObject{{QStringLiteral("file"), settings.fileName()},
                                           {QStringLiteral("version"), settings.fileVersion()},
                                           {QStringLiteral("settings"), rows},
                                           {QStringLiteral("unknown"), QJsonArray::fromStringList(unknown)}});
        } else {
            for (const QString& key : unknown)
                Context::printLine(QStringLiteral("%1: not a setting of this version (left as it is)").arg(key));
        }
        return Ok;
    }
    if (verb == QLatin1String("get")) {
        const QStringList pos = ctx.parse(parser, 1, 1, QStringLiteral("kensectl settings get KEY [--json]"));
        QString name;
        const Setting s = settingOf(pos.first(), &name);
        const QVariant value = settings.value(s, name);
        if (ctx.json())
            Context::printJson(QJsonObject{{QStringLiteral("key"), pos.first()},
                                           {QStringLiteral("value"), jsonOf(value)},
                                           {QStringLiteral("default"), !settings.contains(s, name)}});
        else
            Context::printLine(textOf(value));
        return Ok;
    }
    if (verb == QLatin1String("set") || verb == QLatin1String("unset")) {
        const bool set = verb == QLatin1String("set");
        const QStringList pos = ctx.parse(parser, set ? 2 : 1, set ? 2 : 1,
                                          set ? QStringLiteral("kensectl settings set KEY VALUE")
                                              : QStringLiteral("kensectl settings unset KEY"));
        QString name;
        const Setting s = settingOf(pos.first(), &name);
        if (Settings::spec(s).type == QMetaType::QByteArray)
            throw Failure{BadInput,
                          QStringLiteral("%1 is the window's own record; it is not set by hand").arg(pos.first())};
        if (!set) {
            settings.removeGroup(Settings::keyOf(s, name));
        } else if (const auto error = settings.setText(s, pos.at(1), name)) {
            throw Failure{BadInput, *error};
        }
        if (ctx.json())
            Context::printJson(QJsonObject{{QStringLiteral("key"), pos.first()},
                                           {QStringLiteral("value"), jsonOf(settings.value(s, name))}});
        return Ok;
    }
    throw Failure{BadInput, QStringLiteral("unknown subcommand 'settings %1' (list, get, set, unset)").arg(verb)};
}

} // namespace kense::cli
