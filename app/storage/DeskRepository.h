#pragma once

#include "StorageError.h"
#include "calendar/OfficeHours.h"
#include "records/DeskRecord.h"
#include "workflow/Channel.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

/// Offices, desks and which desk this database is.
class DeskRepository
{
public:
    explicit DeskRepository(const QSqlDatabase& db)
        : m_db(db)
    {}

    /// Inserts every office of the built-in directory (:/offices/*.json) not yet present. Called by the
    /// migration that creates the table; idempotent.
    static int seedDirectory(const QSqlDatabase& db);

    std::optional<OfficeRecord> officeByCode(const QString& code) const;
    QList<OfficeRecord> offices() const;
    /// Adds an office that is not in the directory (another region's school, a college …). Throws on a bad or
    /// taken code.
    OfficeRecord addOffice(const QString& code, const QString& name, const QString& kind, const QString& region);
    void setOfficeHours(qint64 officeId, const OfficeHours& hours);

    /// Makes this database the desk `deskCode` of the office; the desk is created if needed. Only once: a
    /// database that already is a desk refuses to become another.
    DeskRecord setUpThisDesk(const QString& officeCode, const QString& deskCode, Channel kind);
    std::optional<DeskRecord> thisDesk() const;
    /// thisDesk(), or a StorageError saying the database is not set up as a desk (the one wording for every act).
    DeskRecord requireThisDesk() const;
    static StorageError notADesk();

    /// The SQL that reads this desk's full code ("KZOEDU01-1"), for a connection of any kind; no row before set-up.
    static constexpr const char* kThisDeskCodeSql =
        "SELECT o.code || '-' || d.code FROM this_desk t JOIN desks d ON d.id = t.desk_id "
        "JOIN offices o ON o.id = d.office_id";
    /// This desk's full code; empty before set-up.
    static QString thisDeskCode(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
};

} // namespace kense
