// kensectl courier …: the ЦОН's courier registers from a script, through the same use-case as the registers window
// (CourierRegisters), and the routes an administrator names (CourierRoutes). kensectl office …: the directory.
#include "Cli.h"
#include "CourierRegisters.h"
#include "CourierRoutes.h"
#include "DataInForce.h"
#include "DeskSettings.h"
#include "OfficeDirectory.h"
#include "Queue.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace kense::cli {

namespace {

QString moment(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"), QStringLiteral("The user acting (signed in)."),
                              QStringLiteral("LOGIN"));
}

void requireAs(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("as")))
        throw Failure{BadInput, QStringLiteral("--as LOGIN is required")};
}

QJsonObject officeJson(const OfficeRecord& o)
{
    return QJsonObject{{QStringLiteral("code"), o.code},         {QStringLiteral("name"), o.name},
                       {QStringLiteral("kind"), o.kind},         {QStringLiteral("region"), o.region},
                       {QStringLiteral("district"), o.district}, {QStringLiteral("address"), o.address}};
}

QJsonObject registerJson(const CourierRegisterRecord& r)
{
    QJsonArray items;
    for (qsizetype i = 0; i < r.requests.size(); ++i)
        items.append(
            QJsonObject{{QStringLiteral("number"), r.requests.at(i)}, {QStringLiteral("sheets"), r.sheets.value(i)}});
    return QJsonObject{{QStringLiteral("number"), r.number},
                       {QStringLiteral("direction"), r.direction == RegisterDirection::ToProvider
                                                         ? QStringLiteral("to_provider")
                                                         : QStringLiteral("to_tson")},
                       {QStringLiteral("office"), r.provider},
                       {QStringLiteral("office_name"), r.providerName},
                       {QStringLiteral("created"), moment(r.createdAt)},
                       {QStringLiteral("sent"), moment(r.sentAt)},
                       {QStringLiteral("received"), moment(r.receivedAt)},
                       {QStringLiteral("requests"), items}};
}

void printRegister(const Context& ctx, const CourierRegisterRecord& r)
{
    if (ctx.json()) {
        Context::printJson(registerJson(r));
        return;
    }
    const QString state = r.receivedAt.isValid() ? QStringLiteral("received %1").arg(moment(r.receivedAt))
                          : r.sentAt.isValid()   ? QStringLiteral("with the courier since %1").arg(moment(r.sentAt))
                                                 : QStringLiteral("open");
    Context::printLine(
        QStringLiteral("%1  %2 %3 (%4)  %5  %6 request(s)")
            .arg(r.number, r.direction == RegisterDirection::ToProvider ? QStringLiteral("to") : QStringLiteral("from"),
                 r.provider, r.providerName, state)
            .arg(r.requests.size()));
}

/// Runs a register's act as the signed-in user and prints the register after it.
int registerAct(Context& ctx, const QString& usage, int positionals, const QList<QCommandLineOption>& extra,
                const std::function<QString(Queue&, CourierRegisters&, const UserRecord&, const QStringList&,
                                            const QCommandLineParser&)>& act)
{
    QCommandLineParser p;
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), asOption()});
    p.addOptions(extra);
    const QStringList pos = ctx.parse(p, positionals, positionals, usage);
    requireAs(p);
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    const ServiceCatalog catalog = catalogInForce();
    CourierRegisters registers(queue.db(), catalog);
    QString number;
    try {
        number = act(queue, registers, user, pos, p);
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    printRegister(ctx, *registers.load(number));
    return Ok;
}

} // namespace

int courierProviderCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    p.addOptions({Context::dbOption(), Context::passwordStdinOption(), asOption()});
    if (verb == QLatin1String("list")) {
        const QStringList pos = ctx.parse(p, 0, 0, QStringLiteral("kensectl courier provider list --db FILE [--json]"));
        Q_UNUSED(pos)
        Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
        const DeskRecord desk = queue.desk();
        const ServiceCatalog catalog = catalogInForce();
        const CourierRoutes routes = CourierRoutes::ofDesk();
        const DeskRepository desks(queue.db());
        QJsonArray out;
        for (const ServiceVariant& v : catalog.variants()) {
            const QStringList codes = routes.providersOf(v.id);
            if (codes.isEmpty() && !DeskSettings::takesService(v, desk.kind))
                continue;
            QJsonArray offices;
            QStringList names;
            for (const QString& code : codes) {
                const auto office = desks.officeByCode(code);
                offices.append(office ? officeJson(*office) : QJsonObject{{QStringLiteral("code"), code}});
                names << (office ? QStringLiteral("%1 (%2)").arg(code, office->name)
                                 : QStringLiteral("%1 (not in the directory)").arg(code));
            }
            if (ctx.json())
                out.append(QJsonObject{{QStringLiteral("service"), v.id}, {QStringLiteral("providers"), offices}});
            else
                Context::printLine(QStringLiteral("%1  %2").arg(v.id, names.isEmpty()
                                                                          ? QStringLiteral("— (no provider named)")
                                                                          : names.join(QStringLiteral("; "))));
        }
        if (ctx.json())
            Context::printJson(out);
        return Ok;
    }
    if (verb != QLatin1String("set") && verb != QLatin1String("unset"))
        throw Failure{BadInput,
                      QStringLiteral("unknown subcommand 'courier provider %1' (list, set, unset)").arg(verb)};
    const bool set = verb == QLatin1String("set");
    const QStringList pos = ctx.parse(
        p, set ? 2 : 1, set ? 2 : 1,
        set ? QStringLiteral("kensectl courier provider set SERVICE OFFICE[,OFFICE…] --as ADMIN "
                             "--password-stdin --db FILE")
            : QStringLiteral("kensectl courier provider unset SERVICE --as ADMIN --password-stdin --db FILE"));
    requireAs(p);
    const QStringList codes = set ? pos.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    if (set && codes.isEmpty())
        throw Failure{BadInput, QStringLiteral("name at least one office (or use 'courier provider unset')")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    try {
        CourierRoutes::name(queue.db(), catalogInForce(), user, pos.first(), codes);
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    const QStringList now = CourierRoutes::ofDesk().providersOf(pos.first());
    if (ctx.json())
        Context::printJson(QJsonObject{{QStringLiteral("service"), pos.first()},
                                       {QStringLiteral("providers"), QJsonArray::fromStringList(now)}});
    else
        Context::printLine(
            QStringLiteral("%1 goes to %2")
                .arg(pos.first(), now.isEmpty() ? QStringLiteral("no office") : now.join(QStringLiteral(", "))));
    return Ok;
}

int courierCommand(Context& ctx, const QString& verb)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (verb == QLatin1String("create")) {
        const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The provider's office code."),
                                    QStringLiteral("OFFICE"));
        return registerAct(
            ctx, QStringLiteral("kensectl courier create --to OFFICE --as LOGIN --password-stdin --db FILE [--json]"),
            0, {to},
            [&](Queue& queue, CourierRegisters& registers, const UserRecord& user, const QStringList&,
                const QCommandLineParser& p) {
                if (!p.isSet(to))
                    throw Failure{BadInput, QStringLiteral("--to OFFICE is required")};
                return registers.create(queue.desk(), RegisterDirection::ToProvider, p.value(to), user, now).number;
            });
    }
    if (verb == QLatin1String("add") || verb == QLatin1String("remove")) {
        const bool add = verb == QLatin1String("add");
        const QCommandLineOption sheets(QStringLiteral("sheets"), QStringLiteral("Sheets in the package (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
        return registerAct(
            ctx,
            QStringLiteral("kensectl courier %1 BATCH NUMBER%2 --as LOGIN --password-stdin --db FILE [--json]")
                .arg(verb, add ? QStringLiteral(" [--sheets N]") : QString()),
            2, add ? QList<QCommandLineOption>{sheets} : QList<QCommandLineOption>{},
            [&](Queue&, CourierRegisters& registers, const UserRecord& user, const QStringList& pos,
                const QCommandLineParser& p) {
                const QString batch = pos.at(0).trimmed().toUpper();
                const QString number = pos.at(1).trimmed().toUpper();
                if (add) {
                    bool ok = false;
                    const int n = p.value(sheets).toInt(&ok);
                    if (!ok)
                        throw Failure{BadInput, QStringLiteral("--sheets takes a whole number")};
                    registers.add(batch, number, n, user, now);
                } else {
                    registers.remove(batch, number, user, now);
                }
                return batch;
            });
    }
    if (verb == QLatin1String("send")) {
        return registerAct(ctx, QStringLiteral("kensectl courier send BATCH --as LOGIN --password-stdin --db FILE"), 1,
                           {},
                           [&](Queue&, CourierRegisters& registers, const UserRecord& user, const QStringList& pos,
                               const QCommandLineParser&) {
                               const QString batch = pos.at(0).trimmed().toUpper();
                               registers.send(batch, user, now);
                               return batch;
                           });
    }
    if (verb == QLatin1String("receive")) {
        const QCommandLineOption scan(QStringLiteral("scan"),
                                      QStringLiteral("A request number read from a package (repeat, or a list)."),
                                      QStringLiteral("NUMBER"));
        return registerAct(
            ctx,
            QStringLiteral(
                "kensectl courier receive BATCH --scan NUMBER… --as LOGIN --password-stdin --db FILE [--json]"),
            1, {scan},
            [&](Queue&, CourierRegisters& registers, const UserRecord& user, const QStringList& pos,
                const QCommandLineParser& p) {
                QStringList scanned;
                for (const QString& v : p.values(scan)) {
                    for (const QString& n : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                        scanned << n.trimmed().toUpper();
                }
                if (scanned.isEmpty())
                    throw Failure{BadInput, QStringLiteral("--scan NUMBER: the packages read from the bag")};
                const QString batch = pos.at(0).trimmed().toUpper();
                registers.receive(batch, scanned, user, now);
                return batch;
            });
    }
    if (verb == QLatin1String("list") || verb == QLatin1String("show")) {
        const bool show = verb == QLatin1String("show");
        QCommandLineParser p;
        p.addOption(Context::dbOption());
        const QStringList pos = ctx.parse(p, show ? 1 : 0, show ? 1 : 0,
                                          show ? QStringLiteral("kensectl courier show BATCH --db FILE [--json]")
                                               : QStringLiteral("kensectl courier list --db FILE [--json]"));
        Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
        queue.desk();
        const ServiceCatalog catalog = catalogInForce();
        CourierRegisters registers(queue.db(), catalog);
        if (show) {
            const auto r = registers.load(pos.first().trimmed().toUpper());
            if (!r)
                throw Failure{BadInput, QStringLiteral("no courier register %1").arg(pos.first())};
            printRegister(ctx, *r);
            if (!ctx.json()) {
                for (qsizetype i = 0; i < r->requests.size(); ++i)
                    Context::printLine(
                        QStringLiteral("  %1  %2 sheet(s)").arg(r->requests.at(i)).arg(r->sheets.value(i)));
            }
            return Ok;
        }
        const QList<CourierRegisterRecord> all = registers.list(100000);
        if (ctx.json()) {
            QJsonArray out;
            for (const CourierRegisterRecord& r : all)
                out.append(registerJson(r));
            Context::printJson(out);
        } else {
            for (const CourierRegisterRecord& r : all)
                printRegister(ctx, r);
        }
        return Ok;
    }
    throw Failure{BadInput,
                  QStringLiteral("unknown subcommand 'courier %1' (provider, create, add, remove, send, receive, list, "
                                 "show)")
                      .arg(verb)};
}

int officeCommand(Context& ctx, const QString& verb)
{
    QCommandLineParser p;
    p.addOption(Context::dbOption());
    if (verb == QLatin1String("list")) {
        const QStringList pos = ctx.parse(p, 0, 1, QStringLiteral("kensectl office list [TEXT] --db FILE [--json]"));
        Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
        const QList<OfficeRecord> found = OfficeDirectory::find(queue.db(), pos.value(0));
        if (ctx.json()) {
            QJsonArray out;
            for (const OfficeRecord& o : found)
                out.append(officeJson(o));
            Context::printJson(out);
        } else {
            for (const OfficeRecord& o : found)
                Context::printLine(QStringLiteral("%1  %2  %3").arg(o.code, o.name, o.address));
        }
        return Ok;
    }
    if (verb != QLatin1String("add"))
        throw Failure{BadInput, QStringLiteral("unknown subcommand 'office %1' (add, list)").arg(verb)};
    auto option = [](const char* name, const char* what, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(what), QString::fromLatin1(value));
    };
    const QCommandLineOption name = option("name", "The office's full name.", "NAME");
    const QCommandLineOption kind =
        option("kind", "school, college, authorized_body, rural_akim_office or other.", "KIND");
    const QCommandLineOption region = option("region", "The region (as in the directory, e.g. Kyzylorda).", "REGION");
    const QCommandLineOption district = option("district", "The district or city.", "DISTRICT");
    const QCommandLineOption address = option("address", "The address a courier finds it by.", "ADDRESS");
    const QCommandLineOption phone = option("phone", "The office's telephone.", "PHONE");
    p.addOptions({Context::passwordStdinOption(), asOption(), name, kind, region, district, address, phone});
    const QStringList pos = ctx.parse(p, 1, 1,
                                      QStringLiteral("kensectl office add CODE --name NAME --kind KIND --region REGION "
                                                     "[--district D] [--address A] [--phone P] --as ADMIN "
                                                     "--password-stdin --db FILE [--json]"));
    requireAs(p);
    if (!p.isSet(name))
        throw Failure{BadInput, QStringLiteral("--name NAME is required")};
    Queue queue(Context::dbPath(p), Database::Mode::ExistingOnly);
    const UserRecord user = queue.signIn(p);
    OfficeRecord added;
    try {
        added = OfficeDirectory::add(queue.db(), user,
                                     NewOffice{pos.first(), p.value(name), p.value(kind), p.value(region),
                                               p.value(district), p.value(address), p.value(phone)});
    } catch (const StorageError& e) {
        throw Failure::of(e, No);
    }
    if (ctx.json())
        Context::printJson(officeJson(added));
    else
        Context::printLine(QStringLiteral("%1  %2 added to the directory").arg(added.code, added.name));
    return Ok;
}

} // namespace kense::cli
