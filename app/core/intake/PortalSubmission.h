#pragma once

#include "RequestDraft.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kense {

/// A request the applicant sent through the e-gov portal, as the provider's канцелярия registers it: the portal's
/// number of the request and the moment it was sent, which the service's portal steps count the term from. Both are
/// intake data kept among the request's fields under their own ids (they travel, print and sync with them), and
/// never changed after registration.
struct PortalSubmission
{
    static const QString numberField; ///< "portal.number": the e-gov request number, e.g. "002145367819"
    static const QString sentAtField; ///< "portal.sent_at": when the applicant sent it, "YYYY-MM-DDTHH:MM"

    QString number;
    QDateTime sentAt;

    /// The submission of a portal draft, each value in its normal form (the number trimmed and in capitals, the
    /// moment as written in the field), or the errors naming the field: a number of 6 to 32 Latin letters, digits and
    /// hyphens; a moment YYYY-MM-DDTHH:MM or DD.MM.YYYY HH:MM, not after `now` — by more than `slackSeconds`, two
    /// computers' clocks apart (give an invalid `now` not to check). A draft of another channel that names either
    /// field is refused: only a portal request has them.
    static QList<FieldError> read(const RequestDraft& draft, const QDateTime& now, PortalSubmission* out,
                                  int slackSeconds = 0);
    /// The moment stored in a request's fields ("YYYY-MM-DDTHH:MM"); invalid if there is none.
    static QDateTime sentAtOf(const QMap<QString, QString>& fields);
    /// The moment as the field keeps it.
    static QString momentText(const QDateTime& at);
};

} // namespace kense
