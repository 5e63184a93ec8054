#include "RegisterDocument.h"

#include "DeskRepository.h"
#include "DocumentWords.h"
#include "SqlUtil.h"

namespace kense {

std::optional<DocumentData> buildRegisterDocument(const QSqlDatabase& db, const ServiceCatalog& catalog,
                                                  const QString& number, QString* error)
{
    QSqlQuery reg =
        prepare(db, QStringLiteral("SELECT c.id, c.provider, c.direction, c.created_at, c.sent_at, c.received_at, "
                                   "uc.full_name, us.full_name, ur.full_name, o.name, o.address "
                                   "FROM courier_registers c JOIN offices o ON o.id = c.office_id "
                                   "JOIN users uc ON uc.id = c.created_by LEFT JOIN users us ON us.id = c.sent_by "
                                   "LEFT JOIN users ur ON ur.id = c.received_by WHERE c.number = ?"));
    exec(reg, {number});
    if (!reg.next()) {
        if (error)
            *error = QStringLiteral("no courier register %1").arg(number);
        return std::nullopt;
    }
    DocumentData d;
    d.kind = QStringLiteral("courier_register");
    d.title = QStringLiteral("courier_register %1").arg(number);
    const qint64 id = reg.value(0).toLongLong();
    const QString direction = reg.value(2).toString();
    const auto moment = [&](int column) {
        const QDateTime t = momentFromStored(reg.value(column).toString());
        return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
    };
    d.set(QStringLiteral("register.number"), number);
    d.set(QStringLiteral("register.created"), moment(3));
    d.set(QStringLiteral("register.sent"), moment(4));
    d.set(QStringLiteral("register.received"), moment(5));
    d.set(QStringLiteral("register.created_by"), reg.value(6).toString());
    d.set(QStringLiteral("register.sent_by"), reg.value(7).toString());
    d.set(QStringLiteral("register.received_by"), reg.value(8).toString());
    d.set(QStringLiteral("direction"), documentWord(QStringLiteral("direction.") + direction));
    const QString office = reg.value(9).toString();
    const QString provider = reg.value(1).toString();
    const bool toProvider = direction == QLatin1String("to_provider");
    d.set(QStringLiteral("from"), toProvider ? office : provider);
    d.set(QStringLiteral("to"), toProvider ? provider : office);
    d.set(QStringLiteral("office.name"), office);
    d.set(QStringLiteral("office.address"), reg.value(10).toString());
    reg.finish();

    QSqlQuery items = prepare(db, QStringLiteral("SELECT r.number, r.service_id, r.applicant_name, i.sheets "
                                                 "FROM courier_register_items i JOIN requests r ON r.id = i.request_id "
                                                 "WHERE i.register_id = ? ORDER BY i.rowid"));
    exec(items, {id});
    QList<DocumentRow> rows;
    int sheets = 0;
    while (items.next()) {
        const ServiceVariant* variant = catalog.variant(items.value(1).toString());
        const LocalizedText service = variant ? variant->name : sameText(items.value(1).toString());
        sheets += items.value(3).toInt();
        rows << DocumentRow{{QStringLiteral("n"), sameText(QString::number(rows.size() + 1))},
                            {QStringLiteral("number"), sameText(items.value(0).toString())},
                            {QStringLiteral("service"), service},
                            {QStringLiteral("applicant"), sameText(items.value(2).toString())},
                            {QStringLiteral("sheets"), sameText(items.value(3).toString())}};
    }
    d.tables.insert(QStringLiteral("items"), rows);
    d.set(QStringLiteral("total.requests"), QString::number(rows.size()));
    d.set(QStringLiteral("total.sheets"), QString::number(sheets));
    return d;
}

} // namespace kense
