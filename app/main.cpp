#include "DeskSettings.h"
#include "QueueStore.h"
#include "calendar/Clock.h"
#include "calendar/DeadlineCalculator.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "gui/MainWindow.h"
#include "gui/StallWatch.h"
#include "gui/StartupFlow.h"
#include "gui/common/LatinMnemonics.h"
#include "gui/i18n/InterfaceLanguage.h"
#include "logging/Logging.h"
#include "paths/AppPaths.h"
#include "platform/Platform.h"
#include "sync/Outbox.h"
#include "workflow/Sla.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>

#include <memory>

Q_LOGGING_CATEGORY(lcMain, "kense.main")

namespace {
/// The system's language if it is Kazakh or Russian, else English.
QString systemLanguage()
{
    const QString system = QLocale::system().name().left(2);
    return (system == QLatin1String("kk") || system == QLatin1String("ru")) ? system : QStringLiteral("en");
}

QString rolesOf(const kense::UserRecord& user)
{
    QStringList titles;
    for (kense::Role r : user.roles)
        titles << kense::roleTitle(r);
    return titles.join(QStringLiteral(", "));
}
} // namespace

int main(int argc, char* argv[])
{
    kense::Platform::init();
    kense::sync::Outbox::installSealing(); // every change commits with its payload for the centre
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kense"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kense"));
    QApplication::setApplicationVersion(QStringLiteral(KENSE_VERSION));
    kense::LatinMnemonics::install(); // the sign-in's and set-up's underlined letters under any keyboard layout
    kense::Platform::keepPrivate(kense::AppPaths::dataDirectory()); // made 0755 by an older version: 0700

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kense — front office of public services in education"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The desk's database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: kk, ru or en."),
                                        QStringLiteral("LANG"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    const QString logFile = kense::Logging::start(QStringLiteral("kense"), true);
    qCInfo(lcMain) << "Kense" << KENSE_VERSION << "starting; log" << logFile;
    struct StopLog
    {
        ~StopLog() { kense::Logging::stop(); }
    } stopLog;

    // --lang, else the language chosen last at this desk, else the system's if it is Kazakh or Russian, else English.
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = kense::InterfaceLanguage::saved();
    if (language.isEmpty())
        language = systemLanguage();
    QString languageError;
    if (!kense::InterfaceLanguage::apply(language, &languageError)) {
        qCCritical(lcMain) << languageError;
        return 2;
    }

    QStringList problems;
    kense::ServiceCatalog catalog = kense::ServiceCatalog::load(kense::ServiceCatalog::builtinDirectory(),
                                                                kense::AppPaths::catalogOverrideDirectory(), &problems);
    catalog.applyAdministratorTerms(kense::Settings::desk(), &problems); // where the regulation states none
    const kense::WorkingCalendar calendar = kense::WorkingCalendar::load(
        kense::WorkingCalendar::builtinDirectory(), kense::AppPaths::calendarOverrideDirectory(), &problems);
    for (const QString& p : std::as_const(problems))
        qCWarning(lcMain) << "refused data file:" << p;

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : kense::AppPaths::defaultDatabasePath();
    const kense::SystemClock clock;
    // The calendar the window's "due soon" counts on: the one loaded here, then each one an administrator's edit puts
    // in force (QueueStore::calendarChanged).
    std::shared_ptr<const kense::WorkingCalendar> calendarInForce =
        std::make_shared<const kense::WorkingCalendar>(calendar);
    kense::QueueStore store(catalog, calendar);
    kense::StartupFlow flow(store, dbPath, clock, kense::DeskSettings::lockoutPolicy());
    std::unique_ptr<kense::DeadlineCalculator> calculator; // in the signed-in desk's office hours
    std::unique_ptr<kense::MainWindow> window;
    // Between the dialogs and the main window no window is open: the program must not quit then.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&flow, &kense::StartupFlow::signedIn, &app, [&](const kense::SignedInSession& session) {
        const kense::StartupFacts facts{session.databasePath,
                                        session.schemaVersion,
                                        problems,
                                        session.desk.office.name + QStringLiteral(" · ") + session.desk.office.code +
                                            QLatin1Char('-') + session.desk.code,
                                        session.user.fullName + QStringLiteral(" · ") + rolesOf(session.user),
                                        session.user.login,
                                        session.user.roles.contains(kense::Role::Administrator),
                                        session.user,
                                        session.desk.kind};
        calculator = std::make_unique<kense::DeadlineCalculator>(*calendarInForce, session.desk.office.hours);
        const kense::JournalContext journal{&store, [&clock] { return clock.now(); },
                                            [&calculator](const QDateTime& t) {
                                                return kense::dueSoonUntil(*calculator, t);
                                            }};
        window =
            std::make_unique<kense::MainWindow>(facts, catalog, kense::InterfaceLanguage::catalogLanguage(), journal);
        // Signing out closes this user's window and its windows, and asks who signs in next.
        QObject::connect(window.get(), &kense::MainWindow::signOutRequested, &app, [&window, &flow] {
            QApplication::setQuitOnLastWindowClosed(false);
            window->hide();
            window.release()->deleteLater(); // it is the sender: deleted once its signal has returned
            flow.signInAgain();
        });
        window->show();
        QApplication::setQuitOnLastWindowClosed(true);
    });
    // An administrator's edit of a day: "due soon" counts on the calendar the queue now computes deadlines on.
    QObject::connect(&store, &kense::QueueStore::calendarChanged, &app,
                     [&calculator, &calendarInForce](std::shared_ptr<const kense::WorkingCalendar> edited) {
                         calendarInForce = std::move(edited);
                         if (calculator)
                             calculator =
                                 std::make_unique<kense::DeadlineCalculator>(*calendarInForce, calculator->hours());
                     });
    QObject::connect(&flow, &kense::StartupFlow::failed, &app, [](const QString& reason) {
        qCCritical(lcMain) << reason;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kense cannot open its database"), reason);
        QApplication::exit(1);
    });
    QObject::connect(&flow, &kense::StartupFlow::cancelled, &app, [] { QApplication::exit(0); });
    const kense::StallWatch stallWatch; // logs any stall of the UI thread over 100 ms, and the longest at exit
    flow.start();
    const int code = QApplication::exec();
    window.reset();
    return code;
}
