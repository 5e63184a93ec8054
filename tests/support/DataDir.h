#pragma once

// Kense's data directory (KENSE_DATA_DIR: settings, logs, an administrator's catalog, calendar and templates) of the
// test's own, in a temporary directory.
#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace kense::test {

/// Sets KENSE_DATA_DIR for this process while it lives, and offers the same for child processes (environment());
/// what was set before comes back when it ends. The data directory itself is made by whoever first writes there,
/// as in the program.
class DataDir
{
    Q_DISABLE_COPY_MOVE(DataDir)

public:
    DataDir()
        : m_wasSet(qEnvironmentVariableIsSet(kVariable))
        , m_previous(qgetenv(kVariable))
    {
        if (!m_dir.isValid())
            qFatal("cannot make a temporary directory: %s", qPrintable(m_dir.errorString()));
        qputenv(kVariable, path().toUtf8());
    }

    ~DataDir()
    {
        if (m_wasSet)
            qputenv(kVariable, m_previous);
        else
            qunsetenv(kVariable);
    }

    /// The data directory.
    QString path() const { return m_dir.filePath(QStringLiteral("data")); }
    /// A file in the data directory.
    QString filePath(const QString& name) const { return QDir(path()).filePath(name); }
    /// A file beside the data directory, in the same temporary directory: what a test writes itself (a database,
    /// a PDF, a CSV).
    QString scratchPath(const QString& name) const { return m_dir.filePath(name); }
    /// The system's environment with KENSE_DATA_DIR, for a child process (kensectl).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kVariable), path());
        return env;
    }

private:
    static constexpr const char* kVariable = "KENSE_DATA_DIR";

    QTemporaryDir m_dir;
    bool m_wasSet;
    QByteArray m_previous;
};

} // namespace kense::test
