#pragma once

#include <QDateTime>
#include <QString>

namespace kense::sync {

/// A change of another desk that this desk did not apply, beside the state the request holds here.
struct ConflictRecord
{
    QString number;
    QString localState;
    QString eventUuid;
    QString origin;
    QString kind;
    QString toState;
    QDateTime at;
    QString user; ///< the qualified login of who made it
    QString note;
};

} // namespace kense::sync
