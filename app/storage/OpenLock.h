#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace kense {

/// Who has a desk's database open, told by lock files in the folder "<database>.openers" beside it.
///
/// Every open Database holds one lock file there (QLockFile: the process id, host and program inside, so that the
/// file of a program that crashed is found stale by its pid and taken away). A restore holds "restore.lock" in the
/// same folder while it replaces the database's content. Each side makes its own file first and looks for the
/// other's second, so an open and a restore that start together cannot both go ahead.
class OpenLock
{
public:
    OpenLock();
    ~OpenLock();
    OpenLock(const OpenLock&) = delete;
    OpenLock& operator=(const OpenLock&) = delete;

    /// Marks the database at `databasePath` as open by this connection. Returns false with *error (one line naming
    /// the file) when the folder cannot be written or a restore is under way.
    bool open(const QString& databasePath, QString* error);
    /// Takes the restore lock: returns false with *error naming the program that has the database open, if any.
    bool exclusive(const QString& databasePath, QString* error);
    void release();
    bool held() const { return m_file != nullptr; }

    /// The folder of lock files beside a database.
    static QString folderOf(const QString& databasePath);

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace kense
