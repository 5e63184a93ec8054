#pragma once

#include "RequestRepository.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "intake/PortalSubmission.h"
#include "records/IntakeOutcome.h"

namespace kense {

/// Takes an application at this desk: validates the draft against the catalog (core), computes its deadlines on the
/// working calendar in the office's hours (core), and writes it (storage). One path for the desk's form, kensectl and
/// imports.
class Intake
{
public:
    /// Keep one Intake for a desk's session: it keeps its prepared statements and the desk between applications.
    Intake(const QSqlDatabase& db, const ServiceCatalog& catalog, const WorkingCalendar& calendar)
        : m_db(db)
        , m_catalog(catalog)
        , m_calendar(calendar)
        , m_requests(db)
    {}

    /// With `refuseIfIncomplete`, a draft whose required documents are missing is kept as refused at intake;
    /// without it, such a draft is only reported (nothing written). `backdated`, an administrator's reason for a
    /// moment given by hand (kensectl --at --reason), stays in the event's note.
    IntakeOutcome submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& now,
                         bool refuseIfIncomplete, const QString& note = QString(), const QString& backdated = {});

    /// How far before the desk's last event kensectl --at may date a registration without a reason.
    static constexpr int kClockSlackSeconds = 5 * 60;
    /// The moment of this desk's own last event (invalid on a new desk).
    static QDateTime lastEventAt(const QSqlDatabase& db);

private:
    /// A portal request's number and moment (not after `now`, with the clock's slack), and that no request of this
    /// desk's database was registered for the same portal request.
    QList<FieldError> portalChecks(const RequestDraft& draft, const QDateTime& now, PortalSubmission* portal) const;

    QSqlDatabase m_db;
    const ServiceCatalog& m_catalog;
    const WorkingCalendar& m_calendar;
    RequestRepository m_requests;
    std::optional<DeskRecord> m_desk; ///< this database's desk, read once (it never changes once set up)
};

} // namespace kense
