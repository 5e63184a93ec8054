#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace kense::AppPaths {

QString dataDirectory()
{
    const QString fromEnv = qEnvironmentVariable("KENSE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("kense.sqlite"));
}

QString catalogOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("catalog"));
}

QString calendarOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("calendar"));
}

QString templatesOverrideDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("templates"));
}

QString logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

QString settingsFile()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("settings.ini"));
}

} // namespace kense::AppPaths
