#pragma once

#include "calendar/OfficeHours.h"
#include "workflow/Channel.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kense {

struct OfficeRecord
{
    qint64 id = 0;
    QString code;
    QString directoryId;
    QString name;
    QString kind; ///< authorized_body, tson_branch, rural_representation, rural_akim_office, school, college, other
    QString region;
    QString district;
    QString address;
    QString phone;
    OfficeHours hours;

    /// How a desk of this office takes requests: at a ЦОН branch or a rural representation of the ЦОН a desk is a
    /// ЦОН desk; everywhere else it is the provider's канцелярия.
    Channel defaultDeskKind() const;
};

/// This database's desk: the office it belongs to, its code and whether it takes requests as the provider's
/// канцелярия or as a ЦОН desk.
struct DeskRecord
{
    qint64 id = 0;
    QString code;
    Channel kind = Channel::Provider;
    OfficeRecord office;
};

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

private:
    QSqlDatabase m_db;
};

} // namespace kense
