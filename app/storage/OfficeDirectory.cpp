#include "OfficeDirectory.h"

#include "DeskRepository.h"
#include "SqlUtil.h"
#include "intake/RequestNumber.h"

#include <QCoreApplication>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::OfficeDirectory)
};
} // namespace

QStringList OfficeDirectory::addableKinds()
{
    return {QStringLiteral("school"), QStringLiteral("college"), QStringLiteral("authorized_body"),
            QStringLiteral("rural_akim_office"), QStringLiteral("other")};
}

OfficeRecord OfficeDirectory::add(const QSqlDatabase& db, const UserRecord& user, const NewOffice& office)
{
    if (!user.roles.contains(Role::Administrator))
        throw StorageError{Tr::tr("only an administrator adds offices to the directory")};
    const QString code = office.code.trimmed().toUpper();
    const QString kind = office.kind.trimmed().isEmpty() ? QStringLiteral("other") : office.kind.trimmed();
    if (!addableKinds().contains(kind))
        throw StorageError{
            Tr::tr("office kind \"%1\": one of %2").arg(kind, addableKinds().join(QStringLiteral(", ")))};
    if (office.name.trimmed().size() > 300 || office.address.trimmed().size() > 300)
        throw StorageError{Tr::tr("the office's name and address take at most 300 characters each")};
    Transaction tx(db);
    DeskRepository desks(db);
    const OfficeRecord added = desks.addOffice(code, office.name, kind, office.region.trimmed());
    QSqlQuery q = prepare(db, QStringLiteral("UPDATE offices SET district = ?, address = ?, phone = ? WHERE id = ?"));
    exec(q, {office.district.trimmed(), office.address.trimmed(), office.phone.trimmed(), added.id});
    tx.commit();
    return *desks.officeByCode(code);
}

QList<OfficeRecord> OfficeDirectory::find(const QSqlDatabase& db, const QString& text)
{
    const QString needle = text.simplified();
    QList<OfficeRecord> out;
    for (const OfficeRecord& o : DeskRepository(db).offices()) {
        if (needle.isEmpty() || o.code.contains(needle, Qt::CaseInsensitive) ||
            o.name.contains(needle, Qt::CaseInsensitive) || o.district.contains(needle, Qt::CaseInsensitive) ||
            o.address.contains(needle, Qt::CaseInsensitive))
            out << o;
    }
    return out;
}

} // namespace kense
