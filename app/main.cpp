#include "Database.h"
#include "MainWindow.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "logging/Logging.h"
#include "paths/AppPaths.h"
#include "platform/Platform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcMain, "kense.main")

namespace {
/// The interface language: --lang, else the system's if it is Kazakh or Russian, else English.
QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString system = QLocale::system().name().left(2);
    return (system == QLatin1String("kk") || system == QLatin1String("ru")) ? system : QStringLiteral("en");
}
} // namespace

int main(int argc, char* argv[])
{
    kense::Platform::init();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kense"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kense"));
    QApplication::setApplicationVersion(QStringLiteral(KENSE_VERSION));

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

    const QString language = chooseLanguage(parser.value(langOption));
    if (!QStringList{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}.contains(language)) {
        qCCritical(lcMain) << "unknown interface language" << language;
        return 2;
    }
    QTranslator translator;
    if (language != QLatin1String("en") && translator.load(QStringLiteral(":/i18n/kense_%1.qm").arg(language)))
        QApplication::installTranslator(&translator);

    QStringList problems;
    const kense::ServiceCatalog catalog = kense::ServiceCatalog::load(
        kense::ServiceCatalog::builtinDirectory(), kense::AppPaths::catalogOverrideDirectory(), &problems);
    const kense::WorkingCalendar calendar = kense::WorkingCalendar::load(
        kense::WorkingCalendar::builtinDirectory(), kense::AppPaths::calendarOverrideDirectory(), &problems);
    for (const QString& p : std::as_const(problems))
        qCWarning(lcMain) << "refused data file:" << p;

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : kense::AppPaths::defaultDatabasePath();
    kense::Database db;
    QString error;
    if (!db.open(dbPath, kense::Database::Mode::CreateIfMissing, &error)) {
        qCCritical(lcMain) << error;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kense cannot open its database"), error);
        kense::Logging::stop();
        return 1;
    }

    kense::StartupFacts facts{db.path(), db.schemaVersion(), problems};
    kense::MainWindow window(facts, catalog,
                             language == QLatin1String("kk") ? kense::Language::Kazakh : kense::Language::Russian);
    window.show();
    const int code = QApplication::exec();
    kense::Logging::stop();
    return code;
}
