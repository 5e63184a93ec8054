#include "RestoreHold.h"

#include "EventLog.h"
#include "SqlUtil.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>

namespace kense::RestoreHold {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::RestoreHold)
};

const char* const kMark = "restored";

/// Raises the desk's sequence of `kind` for each year to the highest number of its own in `table`: numbers
/// "<office>-<desk>-<year>-<letter><digits>" (`letter` empty for requests, "D" for results).
void catchUp(const QSqlDatabase& db, const QString& table, const QString& kind, const QString& letter)
{
    const QString sql =
        QStringLiteral("INSERT INTO sequences (desk_id, year, kind, last) "
                       "SELECT t.desk_id, CAST(substr(x.number, length(p.prefix) + 1, 4) AS INTEGER), '%2', "
                       "       max(CAST(substr(x.number, length(p.prefix) + %3) AS INTEGER)) "
                       "FROM this_desk t "
                       "JOIN (SELECT o.code || '-' || d.code || '-' AS prefix FROM this_desk t2 "
                       "      JOIN desks d ON d.id = t2.desk_id JOIN offices o ON o.id = d.office_id) p "
                       "JOIN %1 x ON x.number GLOB p.prefix || '[0-9][0-9][0-9][0-9]-%4[0-9]*' "
                       "WHERE true GROUP BY 1, 2, 3 "
                       "ON CONFLICT (desk_id, year, kind) DO UPDATE SET last = max(last, excluded.last)")
            .arg(table, kind)
            .arg(letter.isEmpty() ? 6 : 7)
            .arg(letter);
    exec(db, sql);
}
} // namespace

QString holdStatement(const QDateTime& restoredAt)
{
    return QStringLiteral("INSERT INTO sync_marks (name, value) VALUES ('%1', '%2') "
                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .arg(QLatin1String(kMark), storedMoment(restoredAt));
}

std::optional<QDateTime> since(const QSqlDatabase& db)
{
    const QVariant value =
        scalar(db, QStringLiteral("SELECT value FROM sync_marks WHERE name = ?"), {QLatin1String(kMark)});
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return momentFromStored(value.toString());
}

QString refusal(const QDateTime& restoredAt)
{
    return Tr::tr("this desk's database was restored from a backup on %1 and may lack requests it registered after "
                  "that copy; nothing is registered or moved here until it has caught up. Sync with the centre "
                  "(it brings them back), or, on a desk that syncs with no centre, have an administrator release "
                  "the hold (kensectl db release-hold)")
        .arg(restoredAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

void release(const QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("DELETE FROM sync_marks WHERE name = ?"));
    kense::exec(q, {QLatin1String(kMark)});
}

void releaseBy(const QSqlDatabase& db, qint64 adminId, const QString& reason, const QDateTime& at)
{
    const UserRecord admin =
        UserRepository(db).requireAdministrator(adminId, Tr::tr("only an administrator releases the hold"));
    if (reason.trimmed().isEmpty())
        throw StorageError{Tr::tr("say why the desk may work without catching up (the reason is kept with the event)")};
    Transaction tx(db);
    const std::optional<QDateTime> restoredAt = since(db);
    if (!restoredAt)
        throw StorageError{Tr::tr("this desk is not on hold: it was not restored from a backup, or has caught up")};
    release(db);
    EventLog::append(db, EventDraft{std::nullopt,
                                    at,
                                    admin.id,
                                    eventKindName(EventKind::HoldReleased),
                                    {},
                                    {},
                                    storedMoment(*restoredAt),
                                    {},
                                    reason.trimmed()});
    catchUpNumbers(db);
    tx.commit();
}

void catchUpNumbers(const QSqlDatabase& db)
{
    catchUp(db, QStringLiteral("requests"), QStringLiteral("request"), QString());
    catchUp(db, QStringLiteral("request_results"), QStringLiteral("result"), QStringLiteral("D"));
}

} // namespace kense::RestoreHold
