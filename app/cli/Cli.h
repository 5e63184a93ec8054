#pragma once

#include "StorageError.h"

#include <QCommandLineOption>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QIODevice;

class QCommandLineParser;

namespace kense::cli {

/// Exit codes of kensectl: 0 success, 1 a "no" answer (an invalid IIN, a catalog with errors, an act a rule
/// refuses), 2 bad usage or bad input (an unknown service, a malformed date, a missing file), 3 the database, the
/// disk or the network failed (nothing of the act was saved; trying again may work).
enum ExitCode
{
    Ok = 0,
    No = 1,
    BadInput = 2,
    Failed = 3
};

/// Thrown by a command to end with a one-line reason on stderr and the given exit code.
struct Failure
{
    int code;
    QString reason;

    /// The store's error as a failure of the command: a rule's refusal ends with `refusedCode`, a failure of the
    /// database, the disk or the network with Failed.
    static Failure of(const StorageError& error, int refusedCode)
    {
        return Failure{error.isFailure() ? int(Failed) : refusedCode, error.message};
    }
};

/// What every command gets: its own arguments (after the command words) and the output helpers.
class Context
{
public:
    explicit Context(QStringList args)
        : m_args(std::move(args))
    {}

    /// Parses the command's arguments with `parser` (which already has its options; --json is added here) and
    /// returns the positional arguments. A bad option or a wrong number of positionals is a BadInput failure.
    QStringList parse(QCommandLineParser& parser, int minPositional, int maxPositional, const QString& usage);
    bool json() const { return m_json; }

    /// --db FILE, common to every command on a queue (default: the desk's database in the data directory).
    static QCommandLineOption dbOption();
    static QString dbPath(const QCommandLineParser& parser);
    /// --from DATE --to DATE (YYYY-MM-DD), the period of exports and reports.
    static QCommandLineOption fromOption();
    static QCommandLineOption toOption();
    /// The period the two options give; a missing or bad date, or a period that ends before it begins, is a
    /// BadInput failure.
    static std::pair<QDate, QDate> period(const QCommandLineParser& parser);
    /// One line read from standard input, without its line end (for --password-stdin). Reads through C's stdio
    /// buffer, so that a second call gets the second line (the new password after the acting user's own).
    static QString readLineFromStdin();
    /// Writes `path` whole or not at all: a file through QSaveFile (a temporary file renamed into place, so a full
    /// disk leaves the old file or none); a device or a pipe (/dev/stdout, /dev/full) directly — never replaced by a
    /// file — with its failed writes seen. `write` fills the device; anything not written is a BadInput failure
    /// naming the file and the reason, and an exception from `write` leaves no file behind.
    static void writeWhole(const QString& path, const std::function<void(QIODevice*)>& write);
    /// --password-stdin: the password of the --as user is the first line of standard input.
    static QCommandLineOption passwordStdinOption();

    static void printLine(const QString& line);
    static void printJson(const QJsonValue& value);

private:
    QStringList m_args;
    bool m_json = false;
};

int catalogCommand(Context& ctx, const QString& verb);
int dbCommand(Context& ctx, const QString& verb);
int deskKeyCommand(Context& ctx); ///< db key new|add
int userCommand(Context& ctx, const QString& verb);
int requestCommand(Context& ctx, const QString& verb);
int journalCommand(Context& ctx, const QString& verb);
int demoDataCommand(Context& ctx);
int iinCommand(Context& ctx, const QString& verb);
int deadlineCommand(Context& ctx);
int calendarCommand(Context& ctx, const QString& verb);
int courierCommand(Context& ctx, const QString& verb);         ///< create, add, remove, send, receive, list, show
int courierProviderCommand(Context& ctx, const QString& verb); ///< courier provider list|set|unset
int officeCommand(Context& ctx, const QString& verb);          ///< office add|list
int queueCommand(Context& ctx, const QString& verb);           ///< queue list
int settingsCommand(Context& ctx, const QString& verb);        ///< list, get KEY, set KEY VALUE, unset KEY
int requestResult(Context& ctx);
int requestSurvey(Context& ctx);
int renderCommand(Context& ctx, const QString& verb);
int renderRegister(Context& ctx);
int renderReport(Context& ctx);
int syncCommand(Context& ctx, const QString& verb); ///< verb empty: sync now
int centralOrExchangeCommand(Context& ctx, const QString& command, const QString& verb);

} // namespace kense::cli
