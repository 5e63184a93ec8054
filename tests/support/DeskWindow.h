#pragma once

// The main window over a Desk's queue, as a signed-in person sees it.
#include "Desk.h"
#include "gui/MainWindow.h"

namespace kense::test {

/// The journal over `desk`'s queue with the clock stopped at `now`, "due soon" until a day later.
inline JournalContext journalAt(Desk& desk, const QDateTime& now)
{
    return JournalContext{&desk.store(), [now] { return now; },
                          [now](const QDateTime&) {
                              return now.addDays(1);
                          }};
}

/// The main window over `desk`'s queue, shown.
inline std::unique_ptr<MainWindow> showMainWindow(Desk& desk, const StartupFacts& facts, Language language,
                                                  const JournalContext& journal)
{
    auto window = std::make_unique<MainWindow>(facts, desk.catalog, language, journal);
    window->show();
    return window;
}

/// The main window over `desk`'s queue as its administrator sees it, in Russian, on the real clock.
inline std::unique_ptr<MainWindow> adminWindow(Desk& desk)
{
    StartupFacts facts{desk.path(), 4, {}, {}, {}, {}};
    facts.account = desk.admin;
    facts.administrator = true;
    return showMainWindow(desk, facts, Language::Russian,
                          JournalContext{&desk.store(), [] { return QDateTime::currentDateTime(); },
                                         [](const QDateTime& t) {
                                             return t.addDays(1);
                                         }});
}

} // namespace kense::test
