// kensectl — the command-line companion of Kense: every domain rule, scriptable.
#include "Cli.h"
#include "StorageError.h"
#include "logging/Logging.h"
#include "paths/AppPaths.h"
#include "platform/Platform.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <exception>
#include <memory>

namespace {
const char* kUsage =
    "usage: kensectl COMMAND [ARGS] [--json]\n"
    "  catalog validate [DIR]        check catalog files (default: the catalog in force)\n"
    "  catalog list                  the service variants\n"
    "  catalog show ID               one variant in full\n"
    "  iin check NUMBER              check an IIN or BIN\n"
    "  deadline --service ID --channel provider|tson|portal --accepted YYYY-MM-DDTHH:MM\n"
    "                                [--hours HH:MM-HH:MM] [--lunch HH:MM-HH:MM|none]\n"
    "  calendar show YEAR            the non-working days of a year and why\n"
    "  calendar edit DATE --day-off|--working-day|--undo [--reason TEXT] --as LOGIN --password-stdin --db FILE\n"
    "  settings list | get KEY | set KEY VALUE | unset KEY   the desk's settings.ini, checked\n"
    "Commands on a desk's database (--db FILE, default: the desk's own):\n"
    "  db init [--office CODE --desk CODE [--kind provider|tson] [--services region|all]\n"
    "           --admin LOGIN --password-stdin]   (a desk with its first administrator, whole or not at all;\n"
    "                                the services of its office's region, or all)\n"
    "  db verify | db backup --to FILE | db restore --from FILE [--other-desk]\n"
    "  db release-hold --reason TEXT --as ADMIN --password-stdin\n"
    "                                (a restored desk that syncs with no centre works again)\n"
    "  db key new --to KEYFILE | db key add --from KEYFILE  --as ADMIN --password-stdin\n"
    "                                (the desk key in the keychain seals the event log; keep KEYFILE apart)\n"
    "  user add LOGIN --surname S --given-name G [--patronymic P] --roles R1,R2 (or --name \"S G P\")\n"
    "  user rename LOGIN --surname S --given-name G [--patronymic P] | user passwd LOGIN\n"
    "  user roles LOGIN --roles R1,R2 | user disable LOGIN [--enable]\n"
    "       --as ADMIN --password-stdin    (stdin: the administrator's password, then the new one)\n"
    "  user list\n"
    "  Every --as LOGIN signs the user in: --password-stdin, the password on stdin's first line.\n"
    "  request register FILE.json --as LOGIN --password-stdin [--at MOMENT --reason TEXT]\n"
    "                                (refuse: the same, for an incomplete package)\n"
    "  request show NUMBER | request search [TEXT] [--state S] [--sla overdue|due-soon|on-time|no-term] ...\n"
    "  request advance NUMBER --to STATE --as LOGIN --password-stdin [--executor LOGIN] [--note TEXT]\n"
    "  journal export --from DATE --to DATE --csv FILE\n"
    "  demo-data --count N [--seed N]\n"
    "  request result NUMBER --as LOGIN --password-stdin [--set KEY=VALUE ...] [--grade SUBJECT=GRADE ...]\n"
    "  request survey NUMBER --as LOGIN --password-stdin --quality 1-3 --information 1-3\n"
    "  office list [TEXT] | office add CODE --name NAME --kind school|college|authorized_body|other\n"
    "         --region REGION [--district D --address A --phone P] --as ADMIN --password-stdin\n"
    "  courier provider list | provider set SERVICE OFFICE[,OFFICE] | provider unset SERVICE  --as ADMIN\n"
    "                                (the offices a ЦОН's registers take each service to)\n"
    "  courier create --to OFFICE | add BATCH NUMBER [--sheets N] | remove BATCH NUMBER | send BATCH\n"
    "          | receive BATCH --scan NUMBER…   --as LOGIN --password-stdin\n"
    "  courier list | courier show BATCH      the courier registers (тізілімдеме / реестр)\n"
    "  queue list --service ID [--group G] [--born YEAR] [--year YEAR]\n"
    "                                a provider's waiting lists (preschool queue): each child's position\n"
    "  queue offer NUMBER --kindergarten TEXT [--group G] | queue answer NUMBER --consent|--refuse\n"
    "  | queue withdraw | enroll | expire NUMBER   --as LOGIN --password-stdin: a place offered, the parent's\n"
    "                                written answer, a withdrawal, the direction registered or lapsed\n"
    "  queue show NUMBER             where the child stands: the place offered, the direction's days\n"
    "Documents (PDF):\n"
    "  render KIND --request NUMBER [--lang kk|ru|both] [--mode plain|blank]\n"
    "         [--offset-x MM --offset-y MM | --printer NAME] [--force] --out FILE.pdf\n"
    "         KIND: receipt, refusal, queue-receipt, issue-receipt, duplicate, order, permit,\n"
    "               refusal-letter, result, survey, consent, direction\n"
    "  render register --batch NUMBER --out FILE.pdf\n"
    "  render report journal|overdue|services|survey --from DATE --to DATE --out FILE.pdf|.csv\n"
    "  render calibration [--offset-x MM --offset-y MM | --printer NAME] --out FILE.pdf\n"
    "The central database and desks without a link (the password: keychain or PGPASSWORD):\n"
    "  central init|migrate|status|conflicts --url postgresql://USER@HOST:PORT/DB\n"
    "  central decide NUMBER --event UUID [--note TEXT] --url ADMIN_URL   an administrator of the centre decides\n"
    "  central password --url URL --password-stdin   store the password in the keychain\n"
    "  central desk add CODE --password-stdin [--json] | desk list | desk disable CODE | admin add LOGIN\n"
    "                                --url OWNER_URL: a desk's own login role, which only calls the desks' functions\n"
    "  sync --db FILE [--url URL] [--batch N]        upload the outbox, pull what is addressed here\n"
    "                                (no --url: the central server of the desk's settings)\n"
    "  sync status|conflicts --db FILE | sync decide NUMBER --keep|--take EVENT --url ADMIN_URL [--password-stdin]\n"
    "  exchange export --db FILE --to PACKAGE --for PARTY [--after SEQ]\n"
    "  exchange import (--db FILE | --url URL) --from PACKAGE\n"
    "  exchange key new (--db FILE | --centre) --to KEYFILE | key add --from KEYFILE | key show\n"
    "  --version                     the program's version\n"
    "Exit: 0 success, 1 a \"no\" answer, 2 bad usage or input, 3 the database, the disk or the network\n"
    "failed and nothing was saved (one line on stderr says why).\n";

/// The one line on stderr: a reason with line breaks of its own (SQLite's integrity report) is folded into it.
void printError(const QString& reason)
{
    const QByteArray bytes = "kensectl: " + reason.simplified().toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}
} // namespace

int main(int argc, char* argv[])
{
    kense::Platform::init();
    kense::sync::Outbox::installSealing(); // every change commits with its payload for the centre
    // Rendering needs fonts: a QGuiApplication on the offscreen platform (no widgets), so that it
    // runs the same from cron and ssh as at a desk. Everything else needs only the core.
    const bool renders = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setApplicationName(QStringLiteral("kense"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KENSE_VERSION));
    kense::Platform::keepPrivate(kense::AppPaths::dataDirectory()); // made 0755 by an older version: 0700

    // Its own log file (<data>/logs/kensectl.log), started before the application object so that what Qt says
    // while it starts (the offscreen platform's notes) goes there too; stderr stays for the one-line reason of a
    // failure.
    kense::Logging::start(QStringLiteral("kensectl"), false);
    struct StopLog
    {
        ~StopLog() { kense::Logging::stop(); }
    } stopLog;
    std::unique_ptr<QCoreApplication> app(renders ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? kense::cli::BadInput : kense::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        kense::cli::Context::printLine(QStringLiteral("kensectl ") + QStringLiteral(KENSE_VERSION));
        return kense::cli::Ok;
    }
    const QString command = args.takeFirst();
    auto takeVerb = [&]() {
        if (args.isEmpty() || args.first().startsWith(QLatin1Char('-')))
            throw kense::cli::Failure{kense::cli::BadInput, QStringLiteral("'%1' needs a subcommand").arg(command)};
        return args.takeFirst();
    };
    try {
        if (command == QLatin1String("catalog")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::catalogCommand(ctx, verb);
        }
        if (command == QLatin1String("iin")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::iinCommand(ctx, verb);
        }
        if (command == QLatin1String("deadline")) {
            kense::cli::Context ctx(args);
            return kense::cli::deadlineCommand(ctx);
        }
        if (command == QLatin1String("db") || command == QLatin1String("user") || command == QLatin1String("request") ||
            command == QLatin1String("journal")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            if (command == QLatin1String("db"))
                return kense::cli::dbCommand(ctx, verb);
            if (command == QLatin1String("user"))
                return kense::cli::userCommand(ctx, verb);
            if (command == QLatin1String("request"))
                return kense::cli::requestCommand(ctx, verb);
            return kense::cli::journalCommand(ctx, verb);
        }
        if (command == QLatin1String("demo-data")) {
            kense::cli::Context ctx(args);
            return kense::cli::demoDataCommand(ctx);
        }
        if (command == QLatin1String("render")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::renderCommand(ctx, verb);
        }
        if (command == QLatin1String("sync")) {
            const QString verb =
                args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QString() : args.takeFirst();
            kense::cli::Context ctx(args);
            return kense::cli::syncCommand(ctx, verb);
        }
        if (command == QLatin1String("central") || command == QLatin1String("exchange")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::centralOrExchangeCommand(ctx, command, verb);
        }
        if (command == QLatin1String("settings")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::settingsCommand(ctx, verb);
        }
        if (command == QLatin1String("courier") || command == QLatin1String("office")) {
            QString verb = takeVerb();
            const bool provider = command == QLatin1String("courier") && verb == QLatin1String("provider");
            if (provider)
                verb = takeVerb();
            kense::cli::Context ctx(args);
            if (provider)
                return kense::cli::courierProviderCommand(ctx, verb);
            return command == QLatin1String("courier") ? kense::cli::courierCommand(ctx, verb)
                                                       : kense::cli::officeCommand(ctx, verb);
        }
        if (command == QLatin1String("queue")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::queueCommand(ctx, verb);
        }
        if (command == QLatin1String("calendar")) {
            const QString verb = takeVerb();
            kense::cli::Context ctx(args);
            return kense::cli::calendarCommand(ctx, verb);
        }
        throw kense::cli::Failure{kense::cli::BadInput,
                                  QStringLiteral("unknown command '%1' (kensectl --help lists them)").arg(command)};
    } catch (const kense::cli::Failure& f) {
        printError(f.reason);
        return f.code;
    } catch (const kense::StorageError& e) { // a command that did not expect it: still one line, never an abort
        printError(e.message);
        return e.isFailure() ? kense::cli::Failed : kense::cli::BadInput;
    } catch (const std::exception& e) {
        printError(QString::fromLocal8Bit(e.what()));
        return kense::cli::BadInput;
    }
}
