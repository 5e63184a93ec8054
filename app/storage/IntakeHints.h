#pragma once

// What the intake window offers from this desk's earlier work (issue 15, item 4): the person an IIN names, as the
// last request here wrote them, and the services a clerk registered last.
#include "records/KnownApplicant.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kense {

class IntakeHints
{
public:
    explicit IntakeHints(const QSqlDatabase& db);

    /// The person `iin` names in this desk's requests, or nullopt when none names it (or `iin` is not 12 digits).
    /// Bounded by the requests that name the IIN (the parties' IIN index), not by all requests.
    std::optional<KnownApplicant> applicant(const QString& iin) const;

    /// The services (catalog variant ids) `userId` registered most recently, the latest first, at most `limit`;
    /// looked for among this desk's last `window` registrations (the newest first, by index), so its cost stays
    /// the same on a desk of a million requests.
    QStringList recentServices(qint64 userId, int limit, int window = 2000) const;

private:
    QSqlDatabase m_db;
};

} // namespace kense
