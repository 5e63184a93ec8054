#pragma once

#include "intake/Parties.h"

#include <QDateTime>
#include <QString>

namespace kense {

/// A person this desk has taken applications from before: how often, and the last request's data of them
/// (IntakeHints::applicant), which the intake offers to fill in.
struct KnownApplicant
{
    int requests = 0; ///< the requests here that name the IIN as applicant or representative
    QString lastNumber;
    QDateTime lastAcceptedAt;
    Party party; ///< as the last request wrote them: name, phone, address (role: applicant or representative)
};

} // namespace kense
