#include "BackgroundWrite.h"

#include "platform/WholeFile.h"

#include <QIODevice>
#include <QtConcurrent>

namespace kense {

QFuture<QString> writeWholeInBackground(const QString& path, const QByteArray& bytes)
{
    return QtConcurrent::run([path, bytes]() {
        return WholeFile::write(path, [&bytes](QIODevice* file) {
            file->write(bytes);
            return QString();
        });
    });
}

} // namespace kense
