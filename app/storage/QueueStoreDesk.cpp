// The queue store's use-cases for the desk itself: its set-up, its users, the office's hours and the ЦОН's courier
// registers, and the working calendar's days. Each runs on the store's thread (QueueStore::run).
#include "CourierRegisters.h"
#include "DeskRepository.h"
#include "DeskSetUp.h"
#include "DeskSettings.h"
#include "EventLog.h"
#include "Intake.h"
#include "PlaceActs.h"
#include "QueueStore.h"
#include "SqlUtil.h"
#include "UserRepository.h"
#include "catalog/ServiceCatalog.h"
#include "paths/AppPaths.h"
#include "workflow/EventKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace kense {

namespace {
DeskRecord requireDesk(const QSqlDatabase& db)
{
    return DeskRepository(db).requireThisDesk();
}

/// "09:00-18:30, lunch 13:00-14:30", as the office_hours event keeps it.
QString hoursText(const OfficeHours& h)
{
    return QStringLiteral("%1-%2%3").arg(h.open.toString(QStringLiteral("HH:mm")),
                                         h.close.toString(QStringLiteral("HH:mm")),
                                         h.hasLunch() ? QStringLiteral(", lunch %1-%2")
                                                            .arg(h.lunchStart.toString(QStringLiteral("HH:mm")),
                                                                 h.lunchEnd.toString(QStringLiteral("HH:mm")))
                                                      : QString());
}
} // namespace

QFuture<std::optional<DeskRecord>> QueueStore::thisDesk()
{
    return run<std::optional<DeskRecord>>([](QueueSession& s) { return DeskRepository(s.db()).thisDesk(); });
}

QFuture<DeskRecord> QueueStore::desk()
{
    return run<DeskRecord>([](QueueSession& s) { return requireDesk(s.db()); });
}

QFuture<QList<OfficeRecord>> QueueStore::offices()
{
    return run<QList<OfficeRecord>>([](QueueSession& s) { return DeskRepository(s.db()).offices(); });
}

QFuture<DeskRecord> QueueStore::setUpDesk(const NewDesk& setup, const QDateTime& now)
{
    return run<DeskRecord>([setup, now](QueueSession& s) { return kense::setUpDesk(s.db(), setup, now); });
}

QFuture<QList<UserRecord>> QueueStore::users()
{
    return run<QList<UserRecord>>([](QueueSession& s) { return UserRepository(s.db()).list(); });
}

PersonalName QueueStore::checkNewUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                      const QString& password)
{
    return UserRepository::checkNewUser(login, name, roles, password);
}

PersonalName QueueStore::checkUserName(const PersonalName& name, const QList<Role>& roles)
{
    return UserRepository::checkName(name, roles);
}

QString QueueStore::whyNotAPassword(const QString& password)
{
    return UserRepository::whyNotAPassword(password);
}

QFuture<UserRecord> QueueStore::addUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                        const QString& password, const QDateTime& at, std::optional<qint64> by)
{
    return run<UserRecord>(
        [=](QueueSession& s) { return UserRepository(s.db()).add(login, name, roles, password, at, by); });
}

QFuture<UserRecord> QueueStore::editUser(const QString& login, const PersonalName& name, const QList<Role>& roles,
                                         const std::optional<QString>& password, const UserRecord& admin,
                                         const QDateTime& at)
{
    const qint64 by = admin.id;
    return run<UserRecord>([=](QueueSession& s) {
        UserRepository users(s.db());
        {
            // The name and the roles together or neither: a refused role leaves the name as it was. A name the new
            // roles need goes in before them; one the old roles need stays until they are gone.
            Transaction tx(s.db());
            const bool namedNow = std::any_of(roles.begin(), roles.end(), isNamedOnDocuments);
            if (namedNow)
                users.setName(login, name, by, at);
            users.setRoles(login, roles, by, at);
            if (!namedNow)
                users.setName(login, name, by, at);
            tx.commit();
        }
        if (password) // hashed slowly on purpose, so not inside the transaction above
            users.setPassword(login, *password, by, at);
        return *users.byLogin(login);
    });
}

QFuture<UserRecord> QueueStore::setUserRoles(const QString& login, const QList<Role>& roles, const UserRecord& admin,
                                             const QDateTime& at)
{
    const qint64 by = admin.id;
    return run<UserRecord>([=](QueueSession& s) {
        UserRepository users(s.db());
        users.setRoles(login, roles, by, at);
        return *users.byLogin(login);
    });
}

QFuture<UserRecord> QueueStore::setUserName(const QString& login, const PersonalName& name, const UserRecord& admin,
                                            const QDateTime& at)
{
    const qint64 by = admin.id;
    return run<UserRecord>([=](QueueSession& s) {
        UserRepository users(s.db());
        users.setName(login, name, by, at);
        return *users.byLogin(login);
    });
}

QFuture<bool> QueueStore::setUserDisabled(const QString& login, bool disabled, const UserRecord& admin,
                                          const QDateTime& at)
{
    const qint64 by = admin.id;
    return run<bool>([=](QueueSession& s) {
        UserRepository(s.db()).setDisabled(login, disabled, by, at);
        return disabled;
    });
}

QFuture<bool> QueueStore::saveOfficeHours(qint64 officeId, const OfficeHours& hours, const UserRecord& admin,
                                          const QDateTime& at)
{
    return run<bool>([=](QueueSession& s) {
        UserRepository(s.db()).requireAdministrator(
            admin.id, QCoreApplication::translate("kense::QueueStore", "only an administrator changes working hours"));
        DeskRepository desks(s.db());
        OfficeHours before;
        for (const OfficeRecord& o : desks.offices()) {
            if (o.id == officeId)
                before = o.hours;
        }
        Transaction tx(s.db());
        desks.setOfficeHours(officeId, hours);
        EventLog::append(s.db(), EventDraft{std::nullopt,
                                            at,
                                            admin.id,
                                            eventKindName(EventKind::OfficeHoursSaved),
                                            {},
                                            {},
                                            hoursText(before),
                                            hoursText(hours),
                                            {}});
        tx.commit();
        return true;
    });
}

QFuture<bool> QueueStore::editCalendarDay(const CalendarDayEdit& edit, const UserRecord& admin, const QDateTime& at)
{
    const QString overrideDir = AppPaths::calendarOverrideDirectory();
    return run<bool>([=, this](QueueSession& s) {
        auto calendar =
            std::make_shared<const WorkingCalendar>(CalendarActs::editDay(s.db(), overrideDir, edit, admin, at));
        // Jobs after this one compute deadlines on the edited calendar; the kept intake computed them on the old one.
        m_ownCalendar = calendar;
        m_calendar = m_ownCalendar.get();
        s.keptIntake.reset();
        QMetaObject::invokeMethod(
            this, [this, calendar] { Q_EMIT calendarChanged(calendar); }, Qt::QueuedConnection);
        return true;
    });
}

QFuture<QList<CourierRegisterRecord>> QueueStore::courierRegisters()
{
    return run<QList<CourierRegisterRecord>>(
        [](QueueSession& s) { return CourierRegisters(s.db(), s.catalog).list(); });
}

QFuture<QList<OfficeRecord>> QueueStore::courierProviders()
{
    return run<QList<OfficeRecord>>([](QueueSession& s) {
        QList<OfficeRecord> out;
        const DeskRepository desks(s.db());
        for (const QString& code : CourierRoutes::ofDesk().offices()) {
            if (const auto office = desks.officeByCode(code))
                out << *office;
        }
        return out;
    });
}

QFuture<OfficeRecord> QueueStore::addOffice(const NewOffice& office, const UserRecord& admin)
{
    return run<OfficeRecord>([=](QueueSession& s) {
        NewOffice o = office;
        if (o.region.trimmed().isEmpty())
            o.region = requireDesk(s.db()).office.region;
        return OfficeDirectory::add(s.db(), admin, o);
    });
}

QFuture<CourierRoutes> QueueStore::courierRoutes()
{
    return run<CourierRoutes>([](QueueSession&) { return CourierRoutes::ofDesk(); });
}

QFuture<QStringList> QueueStore::servicesTaken(Channel deskKind)
{
    return run<QStringList>([deskKind](QueueSession& s) {
        QStringList taken;
        for (const ServiceVariant& v : s.catalog.variants()) {
            if (DeskSettings::takesService(v, deskKind))
                taken << v.id;
        }
        return taken;
    });
}

QFuture<QList<WaitingListRow>> QueueStore::waitingList(const QString& serviceId)
{
    return run<QList<WaitingListRow>>([serviceId](QueueSession& s) {
        return WaitingLists(s.db(), s.catalog).of(DeskRepository(s.db()).requireThisDesk(), serviceId);
    });
}

QFuture<PlaceState> QueueStore::movePlace(const QString& number, PlaceMove move, const UserRecord& user,
                                          const QDateTime& at, const PlaceOffer& offer, const QString& note)
{
    return run<PlaceState>(
        [=](QueueSession& s) { return PlaceActs(s.db(), s.catalog).move(number, move, user, at, offer, note); });
}

QFuture<QStringList> QueueStore::nameCourierProviders(const QString& variantId, const QStringList& officeCodes,
                                                      const UserRecord& admin)
{
    return run<QStringList>([=](QueueSession& s) {
        CourierRoutes::name(s.db(), s.catalog, admin, variantId, officeCodes);
        return CourierRoutes::ofDesk().providersOf(variantId);
    });
}

QFuture<CourierRegisterRecord> QueueStore::openCourierRegister(const QString& officeCode, const UserRecord& user,
                                                               const QDateTime& at)
{
    return run<CourierRegisterRecord>([=](QueueSession& s) {
        return CourierRegisters(s.db(), s.catalog)
            .create(requireDesk(s.db()), RegisterDirection::ToProvider, officeCode, user, at);
    });
}

QFuture<bool> QueueStore::addToCourierRegister(const QString& registerNumber, const QString& requestNumber, int sheets,
                                               const UserRecord& user, const QDateTime& at)
{
    return run<bool>([=](QueueSession& s) {
        requireDesk(s.db());
        CourierRegisters(s.db(), s.catalog).add(registerNumber, requestNumber, sheets, user, at);
        return true;
    });
}

QFuture<bool> QueueStore::sendCourierRegister(const QString& registerNumber, const UserRecord& user,
                                              const QDateTime& at)
{
    return run<bool>([=](QueueSession& s) {
        requireDesk(s.db());
        CourierRegisters(s.db(), s.catalog).send(registerNumber, user, at);
        return true;
    });
}

QFuture<bool> QueueStore::receiveCourierRegister(const QString& registerNumber, const QStringList& scanned,
                                                 const UserRecord& user, const QDateTime& at)
{
    return run<bool>([=](QueueSession& s) {
        requireDesk(s.db());
        CourierRegisters(s.db(), s.catalog).receive(registerNumber, scanned, user, at);
        return true;
    });
}

} // namespace kense
