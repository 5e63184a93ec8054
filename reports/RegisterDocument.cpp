#include "RegisterDocument.h"

#include "DocumentWords.h"

namespace kense {

namespace {
QString momentText(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

/// An office as the register names it: its name and address from the directory (what a courier needs to find it),
/// or the text an older register holds.
QString party(const QString& name, const QString& address, const QString& fallback)
{
    if (name.isEmpty())
        return fallback;
    return address.isEmpty() ? name : name + QStringLiteral(", ") + address;
}
} // namespace

std::optional<DocumentData> buildRegisterDocument(const DocumentQueries& queries, const ServiceCatalog& catalog,
                                                  const QString& number, QString* error)
{
    const auto reg = queries.courierRegister(number);
    if (!reg) {
        if (error)
            *error = QStringLiteral("no courier register %1").arg(number);
        return std::nullopt;
    }
    DocumentData d;
    d.kind = QStringLiteral("courier_register");
    d.title = QStringLiteral("courier_register %1").arg(number);
    d.set(QStringLiteral("register.number"), number);
    d.set(QStringLiteral("register.created"), momentText(reg->createdAt));
    d.set(QStringLiteral("register.sent"), momentText(reg->sentAt));
    d.set(QStringLiteral("register.received"), momentText(reg->receivedAt));
    d.set(QStringLiteral("register.created_by"), reg->createdBy);
    d.set(QStringLiteral("register.sent_by"), reg->sentBy);
    d.set(QStringLiteral("register.received_by"), reg->receivedBy);
    d.set(QStringLiteral("direction"), documentWord(QStringLiteral("direction.") + reg->direction));
    const bool toProvider = reg->direction == QLatin1String("to_provider");
    const QString own = party(reg->officeName, reg->officeAddress, QString());
    const QString other = party(reg->providerName, reg->providerAddress, reg->provider);
    d.set(QStringLiteral("from"), toProvider ? own : other);
    d.set(QStringLiteral("to"), toProvider ? other : own);
    d.set(QStringLiteral("office.name"), reg->officeName);
    d.set(QStringLiteral("office.address"), reg->officeAddress);

    QList<DocumentRow> rows;
    int sheets = 0;
    for (const CourierRegisterSheet::Item& item : reg->items) {
        const ServiceVariant* variant = catalog.variant(item.serviceId);
        const LocalizedText service = variant ? variant->name : sameText(item.serviceId);
        sheets += item.sheets;
        rows << DocumentRow{{QStringLiteral("n"), sameText(QString::number(rows.size() + 1))},
                            {QStringLiteral("number"), sameText(item.number)},
                            {QStringLiteral("service"), service},
                            {QStringLiteral("applicant"), sameText(item.applicantName)},
                            {QStringLiteral("sheets"), sameText(QString::number(item.sheets))}};
    }
    d.tables.insert(QStringLiteral("items"), rows);
    d.set(QStringLiteral("total.requests"), QString::number(rows.size()));
    d.set(QStringLiteral("total.sheets"), QString::number(sheets));
    return d;
}

} // namespace kense
