#pragma once

// A desk as the windows see it: a desk's database in a temporary directory behind a QueueStore, set up through the
// store's own calls with the same staff as TestDesk — for the gui's tests and the desk's sync tests.
#include "Drafts.h"
#include "QueueStore.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "workflow/DeskRoles.h"

#include <QTemporaryDir>

#include <memory>

namespace kense::test {

/// The store's answer, waited for. A StorageError ends the test program with its reason: it is a set-up that
/// failed, not what a test checks.
template <typename T>
T await(QFuture<T> future)
{
    try {
        return future.result();
    } catch (const StorageError& e) {
        qFatal("%s", qPrintable(e.message));
    }
}

class Desk
{
    Q_DISABLE_COPY_MOVE(Desk)

public:
    QTemporaryDir dir;
    ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    UserRecord clerk, head, executor, op, admin;

    Desk() = default;

    QString path() const { return dir.filePath(QStringLiteral("desk.sqlite")); }

    /// Opens a new database and makes it desk `desk` of the office `office` (a school канцелярия by default), its
    /// administrator first, then a clerk, a head, an executor and (where the desk gives one) a ЦОН operator.
    void setUp(Channel kind = Channel::Provider, const QString& office = QStringLiteral("KZOEDU01"),
               const QString& desk = QStringLiteral("1"))
    {
        open(Database::Mode::CreateIfMissing);
        const QDateTime t(QDate(2026, 11, 2), QTime(9, 0));
        await(m_store->setUpDesk(NewDesk{office,
                                         {},
                                         desk,
                                         kind,
                                         QStringLiteral("admin"),
                                         PersonalName{QStringLiteral("Әкімші"), {}, {}},
                                         QStringLiteral("admin-pass-1"),
                                         {},
                                         {}},
                                 t));
        for (const UserRecord& u : await(m_store->users())) {
            if (u.login == QLatin1String("admin"))
                admin = u;
        }
        clerk = await(m_store->addUser(
            QStringLiteral("saule"),
            PersonalName{QStringLiteral("Оспанова"), QStringLiteral("Сәуле"), QStringLiteral("Маратқызы")},
            {Role::Clerk}, QStringLiteral("clerk-pass-1"), t));
        head = await(m_store->addUser(
            QStringLiteral("gulnar"),
            PersonalName{QStringLiteral("Жұмабаева"), QStringLiteral("Гүлнар"), QStringLiteral("Асқарқызы")},
            {Role::Head}, QStringLiteral("head-pass-1"), t));
        executor = await(m_store->addUser(
            QStringLiteral("erlan"),
            PersonalName{QStringLiteral("Нұрланов"), QStringLiteral("Ерлан"), QStringLiteral("Бақытұлы")},
            {Role::Executor}, QStringLiteral("exec-pass-1"), t));
        if (isRoleOfDesk(Role::TsonOperator, kind)) // an akim's apparatus has no ЦОН operator
            op = await(m_store->addUser(QStringLiteral("aigul"),
                                        PersonalName{QStringLiteral("Серікбаева"), QStringLiteral("Айгүл"), {}},
                                        {Role::TsonOperator}, QStringLiteral("oper-pass-1"), t));
    }

    /// The queue over the desk's database (set up, and not closed).
    QueueStore& store()
    {
        if (!m_store)
            qFatal("the desk's store is closed");
        return *m_store;
    }

    /// Ends the store (its thread, its connection): the file is free for another program (kensectl) or store.
    void close() { m_store.reset(); }
    /// A new store over the database again.
    void reopen() { open(Database::Mode::ExistingOnly); }

    // What a test puts in the queue before it looks, through the store's calls, waited for.
    IntakeOutcome submit(const RequestDraft& draft, const UserRecord& user, const QDateTime& at,
                         bool refuseIfIncomplete)
    {
        return await(store().submit(draft, user, at, refuseIfIncomplete));
    }
    RequestState advance(const QString& number, Transition transition, const UserRecord& user, const QDateTime& at,
                         const QString& note = QString(), std::optional<qint64> executorId = std::nullopt)
    {
        return await(store().advance(number, transition, user, at, note, executorId));
    }

private:
    void open(Database::Mode mode)
    {
        m_store.reset();
        m_store = std::make_unique<QueueStore>(catalog, calendar);
        await(m_store->open(path(), mode));
    }

    std::unique_ptr<QueueStore> m_store; ///< last: it ends before the catalog, the calendar and the directory
};

} // namespace kense::test
