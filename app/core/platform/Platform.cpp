#include "Platform.h"

#include <QByteArray>
#include <QtGlobal>

namespace kense::Platform {

void init()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
#endif
}

} // namespace kense::Platform
