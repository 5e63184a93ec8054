#include "WholeFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace kense::WholeFile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::WholeFile)
};

/// Passes writes on to the file and remembers one that fell short: QFileDevice reports a write cut short by a full
/// disk only by its count (no error), and QPdfWriter, like most writers, does not look at the count.
class CheckedWrites : public QIODevice
{
public:
    explicit CheckedWrites(QFileDevice& file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool shortWrite() const { return m_short; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        const qint64 written = m_file.write(data, length);
        if (written != length) {
            m_short = m_short || written >= 0;
            setErrorString(m_file.errorString());
            return -1;
        }
        return written;
    }

private:
    QFileDevice& m_file;
    bool m_short = false;
};

QString failure(const QString& path, const QFileDevice& file, bool shortWrite = false)
{
    // A failed write rarely says why ("Unknown error" once Qt's buffer meets ENOSPC): the volume's free space does.
    const QFileInfo target(path);
    const QStorageInfo volume(target.absolutePath());
    const bool onAFile = !target.exists() || target.isFile(); // not a device or a pipe
    const bool full = onAFile && volume.isValid() && volume.bytesAvailable() < 64 * 1024;
    if (shortWrite || full || file.error() == QFileDevice::ResourceError ||
        file.errorString().contains(QLatin1String("No space left"), Qt::CaseInsensitive))
        return Tr::tr("%1: the disk is full; nothing was written").arg(path);
    return Tr::tr("%1: cannot be written (%2)").arg(path, file.errorString());
}

/// Fills `file` through a CheckedWrites; "" or the line saying why it failed.
QString fillChecked(const QString& path, QFileDevice& file, const std::function<QString(QIODevice*)>& fill)
{
    CheckedWrites checked(file);
    const QString why = fill(&checked);
    if (checked.shortWrite() || file.error() != QFileDevice::NoError)
        return failure(path, file, checked.shortWrite());
    return why.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, why);
}
} // namespace

QString write(const QString& path, const std::function<QString(QIODevice*)>& fill)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir()) { // a device or a pipe: no file to put in place
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failure(path, device);
        return fillChecked(path, device, fill);
    }
    QSaveFile file(path); // discards its temporary file unless commit() is reached
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file);
    if (const QString why = fillChecked(path, file, fill); !why.isEmpty())
        return why;
    if (!file.flush() || file.error() != QFileDevice::NoError || !file.commit())
        return failure(path, file);
    return {};
}

} // namespace kense::WholeFile
