#pragma once

#include "RequestSeals.h"

#include <QSqlDatabase>

namespace kense {

/// Replays the event log against the requests: each request must stand in the state its history leads to, the
/// state its newest applied event (one that names a state, and is not a change of another desk held as a conflict)
/// moved it into — and hold the content (form, applicant, parties, documents) its newest applied registration or
/// correction recorded (ContentDigest; after an administrator's decision, one of the versions its history recorded).
/// A seal can be recomputed by whoever reads the source; a history cannot be written without the chain noticing. So
/// a request whose state, name or documents were edited and its seal made again is still named here.
class StateReplay
{
public:
    /// `checked` counts the requests that have a history to replay (a request held as another desk's conflicting
    /// change has none until an administrator decides).
    static SealReport verify(const QSqlDatabase& db);
};

} // namespace kense
