#include "Csv.h"

namespace kense::csv {

QString field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray line(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields)
        cells << field(f);
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray document(const QList<QStringList>& rows)
{
    QByteArray out(kByteOrderMark);
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

} // namespace kense::csv
