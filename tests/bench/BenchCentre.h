#pragma once
// What the centre's benchmarks share: a line on stdout, the ЦОН offices of the directory, a desk made for a load,
// and the PostgreSQL server's CPU.
#include "Database.h"
#include "DemoData.h"
#include "DeskRepository.h"
#include "SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <unistd.h>

namespace kense::bench {

inline void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

/// The ЦОН offices of the built-in directory (its branches and rural representations), in code order.
inline QStringList tsonOffices(const QString& dir)
{
    Database db;
    QString error;
    if (!db.open(dir + QStringLiteral("/offices.sqlite"), Database::Mode::CreateIfMissing, &error))
        qFatal("%s", qPrintable(error));
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT code FROM offices WHERE kind IN "
                                                          "('tson_branch', 'rural_representation') ORDER BY code"));
    exec(q, {});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// CPU seconds used so far by the PostgreSQL server: the postmaster, the backends it has reaped (its children's
/// time) and the backends alive now. Zero when no server pid was given.
inline double serverCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return 0;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const auto fields = [](const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        const QString stat = QString::fromLatin1(f.readAll());
        return stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' ')); // from field 3 on
    };
    double ticks = 0;
    const QStringList own = fields(QStringLiteral("/proc/%1/stat").arg(pid));
    if (own.size() > 14)
        ticks += own.at(11).toDouble() + own.at(12).toDouble() + own.at(13).toDouble() + own.at(14).toDouble();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool number = false;
        entry.toLongLong(&number);
        if (!number)
            continue;
        const QStringList f = fields(QStringLiteral("/proc/%1/stat").arg(entry));
        if (f.size() > 12 && f.at(1).toLongLong() == pid) // field 4: the parent
            ticks += f.at(11).toDouble() + f.at(12).toDouble();
    }
    return ticks / tick;
}

/// A ЦОН desk for a load, made anew at `path`: its office and number, its demo staff (their passwords hashed with
/// Argon2: about 2 s).
inline void makeDesk(Database& db, const QString& path, const QString& office, const QString& desk,
                     const ServiceCatalog& catalog, const WorkingCalendar& calendar)
{
    QFile::remove(path);
    QString why;
    if (!db.open(path, Database::Mode::CreateIfMissing, &why))
        qFatal("%s", qPrintable(why));
    DeskRepository(db.connection()).setUpThisDesk(office, desk, Channel::Tson);
    DemoData(db.connection(), catalog, calendar).generate(0, QDateTime::currentDateTime(), 1);
}

} // namespace kense::bench
