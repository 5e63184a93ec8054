#pragma once

// A desk's database in a temporary directory, opened on the test's own thread and set up through the repositories,
// with staff — for the tests that work on the connection itself (storage, sync, reports). The gui's tests and the
// desk's sync tests use Desk (Desk.h): the same desk behind a QueueStore, set up through the store's calls.
#include "Database.h"
#include "DeskRepository.h"
#include "Drafts.h"
#include "StorageError.h"
#include "UserRepository.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "workflow/DeskRoles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

namespace kense::test {

struct TestDesk
{
    QTemporaryDir dir;
    Database db;
    ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::builtinDirectory());
    WorkingCalendar calendar = WorkingCalendar::load(WorkingCalendar::builtinDirectory());
    UserRecord clerk, head, executor, op, admin;

    QString path() const { return dir.filePath(QStringLiteral("desk.sqlite")); }

    /// Opens a new database and makes it desk `desk` of the office `office` (a school канцелярия by default).
    void setUp(Channel kind = Channel::Provider, const QString& office = QStringLiteral("KZOEDU01"),
               const QString& desk = QStringLiteral("1"))
    {
        QString error;
        if (!db.open(path(), Database::Mode::CreateIfMissing, &error))
            qFatal("%s", qPrintable(error));
        DeskRepository(db.connection()).setUpThisDesk(office, desk, kind);
        const QDateTime t(QDate(2026, 11, 2), QTime(9, 0));
        UserRepository users(db.connection());
        clerk =
            users.add(QStringLiteral("saule"),
                      PersonalName{QStringLiteral("Оспанова"), QStringLiteral("Сәуле"), QStringLiteral("Маратқызы")},
                      {Role::Clerk}, QStringLiteral("clerk-pass-1"), t);
        head =
            users.add(QStringLiteral("gulnar"),
                      PersonalName{QStringLiteral("Жұмабаева"), QStringLiteral("Гүлнар"), QStringLiteral("Асқарқызы")},
                      {Role::Head}, QStringLiteral("head-pass-1"), t);
        executor =
            users.add(QStringLiteral("erlan"),
                      PersonalName{QStringLiteral("Нұрланов"), QStringLiteral("Ерлан"), QStringLiteral("Бақытұлы")},
                      {Role::Executor}, QStringLiteral("exec-pass-1"), t);
        if (isRoleOfDesk(Role::TsonOperator, kind)) // an akim's apparatus has no ЦОН operator
            op = users.add(QStringLiteral("aigul"),
                           PersonalName{QStringLiteral("Серікбаева"), QStringLiteral("Айгүл"), {}},
                           {Role::TsonOperator}, QStringLiteral("oper-pass-1"), t);
        admin = users.add(QStringLiteral("admin"), PersonalName{QStringLiteral("Әкімші"), {}, {}},
                          {Role::Administrator}, QStringLiteral("admin-pass-1"), t);
    }
};

/// What a storage act refused — the StorageError's message — or «(nothing thrown)» when it went through.
inline QString refusalOf(const std::function<void()>& work)
{
    try {
        work();
    } catch (const StorageError& e) {
        return e.message;
    }
    return QStringLiteral("(nothing thrown)");
}

/// An account written as a desk of an older schema holds it (users before schema 13 have one line of name), for the
/// tests that make such a desk with Database::openAtVersion: the program's UserRepository writes today's columns.
inline UserRecord oldUser(const QSqlDatabase& db, const QString& login, const QString& fullName, Role role)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (login, full_name, password_hash, created_at) "
                             "VALUES (?, ?, '!', '2026-01-01T09:00:00')"));
    q.addBindValue(login);
    q.addBindValue(fullName);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    UserRecord u;
    u.id = q.lastInsertId().toLongLong();
    u.login = login;
    u.fullName = fullName;
    u.roles = {role};
    q.prepare(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"));
    q.addBindValue(u.id);
    q.addBindValue(roleName(role));
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    return u;
}

/// Works on the database file at `path` as the sqlite3 shell would: on a connection of its own, which has none of the
/// program's temporary triggers — an edit behind the program's back.
inline void behindTheProgram(const QString& path, const std::function<void(const QSqlDatabase&)>& work)
{
    const QString name = QStringLiteral("behind-the-program");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace kense::test
