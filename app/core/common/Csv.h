#pragma once

// The one CSV writer of the program: RFC 4180 — a field holding a comma, a quote, CR or LF is quoted and its quotes
// doubled; lines end in CRLF; UTF-8. Files start with a byte-order mark so spreadsheet programs read Cyrillic.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kense::csv {

inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

/// One field as written.
QString field(const QString& value);
/// One line, with its CRLF.
QByteArray line(const QStringList& fields);
/// A whole file: the byte-order mark, then every row.
QByteArray document(const QList<QStringList>& rows);

} // namespace kense::csv
