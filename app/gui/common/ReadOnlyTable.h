#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;

namespace kense {

/// Fills `table` with `rows` under `headers`: read-only cells, no row numbers, columns fitted
/// and the last one stretched.
void fillReadOnlyTable(QTableWidget* table, const QStringList& headers, const QList<QStringList>& rows);

} // namespace kense
