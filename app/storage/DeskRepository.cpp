#include "DeskRepository.h"

#include "SqlUtil.h"
#include "intake/RequestNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::DeskRepository)
};
} // namespace

namespace {
QString kindFromDirectory(const QString& kind)
{
    if (kind == QLatin1String("authorized body"))
        return QStringLiteral("authorized_body");
    if (kind == QStringLiteral("ЦОН branch"))
        return QStringLiteral("tson_branch");
    if (kind == QLatin1String("rural representation"))
        return QStringLiteral("rural_representation");
    if (kind == QLatin1String("rural akim office"))
        return QStringLiteral("rural_akim_office");
    return QStringLiteral("other");
}

OfficeRecord officeFrom(const QSqlQuery& q)
{
    OfficeRecord o;
    o.id = q.value(0).toLongLong();
    o.code = q.value(1).toString();
    o.directoryId = q.value(2).toString();
    o.name = q.value(3).toString();
    o.kind = q.value(4).toString();
    o.region = q.value(5).toString();
    o.district = q.value(6).toString();
    o.address = q.value(7).toString();
    o.phone = q.value(8).toString();
    o.hours.open = QTime::fromString(q.value(9).toString(), QStringLiteral("HH:mm"));
    o.hours.close = QTime::fromString(q.value(10).toString(), QStringLiteral("HH:mm"));
    o.hours.lunchStart = QTime::fromString(q.value(11).toString(), QStringLiteral("HH:mm"));
    o.hours.lunchEnd = QTime::fromString(q.value(12).toString(), QStringLiteral("HH:mm"));
    return o;
}

const QString kOfficeColumns = QStringLiteral("id, code, directory_id, name, kind, region, district, address, phone, "
                                              "open_time, close_time, lunch_start, lunch_end");
} // namespace

Channel OfficeRecord::defaultDeskKind() const
{
    if (kind == QLatin1String("tson_branch") || kind == QLatin1String("rural_representation"))
        return Channel::Tson;
    return kind == QLatin1String("rural_akim_office") ? Channel::Akim : Channel::Provider;
}

int DeskRepository::seedDirectory(const QSqlDatabase& db)
{
    int added = 0;
    QSqlQuery insert = prepare(db, QStringLiteral("INSERT OR IGNORE INTO offices (code, directory_id, name, kind, "
                                                  "region, district, locality, address, phone) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDir dir(QStringLiteral(":/offices"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError{Tr::tr("cannot read the office directory ") + name};
        const QJsonArray offices = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue& v : offices) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            exec(insert, {officeCodeFromDirectoryId(id), id, o.value(QStringLiteral("name")).toString(),
                          kindFromDirectory(o.value(QStringLiteral("kind")).toString()),
                          o.value(QStringLiteral("region")).toString(), o.value(QStringLiteral("district")).toString(),
                          o.value(QStringLiteral("locality")).toString(), o.value(QStringLiteral("address")).toString(),
                          o.value(QStringLiteral("phone")).toString()});
            added += insert.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return added;
}

std::optional<OfficeRecord> DeskRepository::officeByCode(const QString& code) const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT ") + kOfficeColumns + QStringLiteral(" FROM offices WHERE code = ?"));
    exec(q, {code});
    if (!q.next())
        return std::nullopt;
    return officeFrom(q);
}

QList<OfficeRecord> DeskRepository::offices() const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT ") + kOfficeColumns + QStringLiteral(" FROM offices ORDER BY code"));
    exec(q);
    QList<OfficeRecord> out;
    while (q.next())
        out << officeFrom(q);
    return out;
}

OfficeRecord DeskRepository::addOffice(const QString& code, const QString& name, const QString& kind,
                                       const QString& region)
{
    if (!isValidOfficeCode(code))
        throw StorageError{Tr::tr("office code \"%1\": use 2 to 12 capital Latin letters and digits").arg(code)};
    if (name.trimmed().isEmpty())
        throw StorageError{Tr::tr("the office needs a name")};
    if (officeByCode(code))
        throw StorageError{Tr::tr("office code \"%1\" is taken").arg(code)};
    QSqlQuery q = prepare(m_db, QStringLiteral("INSERT INTO offices (code, name, kind, region) VALUES (?, ?, ?, ?)"));
    exec(q, {code, name.trimmed(), kind, region});
    return *officeByCode(code);
}

void DeskRepository::setOfficeHours(qint64 officeId, const OfficeHours& hours)
{
    if (const QString problem = hours.validate(); !problem.isEmpty())
        throw StorageError{problem};
    auto t = [](const QTime& time) {
        return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm")))
                              : QVariant(QMetaType(QMetaType::QString));
    };
    QSqlQuery q = prepare(m_db, QStringLiteral("UPDATE offices SET open_time = ?, close_time = ?, lunch_start = ?, "
                                               "lunch_end = ? WHERE id = ?"));
    exec(q, {t(hours.open), t(hours.close), t(hours.lunchStart), t(hours.lunchEnd), officeId});
}

DeskRecord DeskRepository::setUpThisDesk(const QString& officeCode, const QString& deskCode, Channel kind)
{
    if (!isValidDeskCode(deskCode))
        throw StorageError{Tr::tr("desk code \"%1\": use 1 to 6 capital Latin letters and digits").arg(deskCode)};
    if (kind == Channel::Portal)
        throw StorageError{Tr::tr("a desk is a provider's канцелярия, a ЦОН desk or a rural akim's apparatus")};
    Transaction tx(m_db);
    if (const auto existing = thisDesk()) {
        throw StorageError{
            Tr::tr("this database is already the desk %1-%2").arg(existing->office.code, existing->code)};
    }
    const auto office = officeByCode(officeCode);
    if (!office)
        throw StorageError{Tr::tr("no office with the code \"%1\"").arg(officeCode)};
    // An akim's apparatus sends what it takes to the provider: it is no provider, and only it is such a desk.
    if ((kind == Channel::Akim) != (office->defaultDeskKind() == Channel::Akim)) {
        throw StorageError{kind == Channel::Akim
                               ? Tr::tr("%1 (%2) is not a rural akim's apparatus").arg(office->code, office->name)
                               : Tr::tr("%1 (%2) is a rural akim's apparatus: its desk is of the kind akim")
                                     .arg(office->code, office->name)};
    }
    QSqlQuery insert =
        prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO desks (office_id, code, kind) VALUES (?, ?, ?)"));
    exec(insert, {office->id, deskCode, channelName(kind)});
    const qint64 deskId =
        scalar(m_db, QStringLiteral("SELECT id FROM desks WHERE office_id = ? AND code = ?"), {office->id, deskCode})
            .toLongLong();
    QSqlQuery set = prepare(m_db, QStringLiteral("INSERT INTO this_desk (id, desk_id) VALUES (1, ?)"));
    exec(set, {deskId});
    tx.commit();
    return *thisDesk();
}

StorageError DeskRepository::notADesk()
{
    return StorageError{Tr::tr("this database is not set up as a desk yet (kensectl db init)")};
}

QString DeskRepository::thisDeskCode(const QSqlDatabase& db)
{
    return scalar(db, QString::fromLatin1(kThisDeskCodeSql)).toString();
}

DeskRecord DeskRepository::requireThisDesk() const
{
    if (auto desk = thisDesk())
        return *desk;
    throw notADesk();
}

std::optional<DeskRecord> DeskRepository::thisDesk() const
{
    QSqlQuery q =
        prepare(m_db, QStringLiteral("SELECT d.id, d.code, d.kind, o.code FROM this_desk t "
                                     "JOIN desks d ON d.id = t.desk_id JOIN offices o ON o.id = d.office_id"));
    exec(q);
    if (!q.next())
        return std::nullopt;
    DeskRecord d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.kind = channelFromName(q.value(2).toString()).value_or(Channel::Provider);
    d.office = *officeByCode(q.value(3).toString());
    return d;
}

} // namespace kense
