#include "Platform.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace kense::Platform {

void init()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
#endif
#if defined(Q_OS_UNIX)
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool keepPrivate(const QString& path)
{
#if defined(Q_OS_UNIX)
    if (!QFileInfo::exists(path))
        return true;
    constexpr QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions now = QFile::permissions(path);
    return !(now & others) || QFile::setPermissions(path, now & ~others);
#else
    Q_UNUSED(path)
    return true;
#endif
}

} // namespace kense::Platform
