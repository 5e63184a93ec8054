#pragma once

// A request's card over a Desk's store, shown and loaded, as a test opens it.
#include "Desk.h"
#include "gui/requests/RequestCardDialog.h"

#include <QSignalSpy>

#include <memory>

namespace kense::test {

/// The card of request `number` for `user`, its clock stopped at `now`, shown and loaded (qFatal if it does not load).
inline std::unique_ptr<RequestCardDialog> openCard(Desk& desk, const UserRecord& user, const QString& number,
                                                   const QDateTime& now)
{
    auto c = std::make_unique<RequestCardDialog>(
        desk.store(), desk.catalog, user, number, [now] { return now; },
        [now](const QDateTime&) { return now.addDays(1); }, Language::Kazakh);
    QSignalSpy loaded(c.get(), &RequestCardDialog::loaded);
    c->show();
    if (!loaded.wait(30000))
        qFatal("the card of %s did not load", qPrintable(number));
    return c;
}

} // namespace kense::test
