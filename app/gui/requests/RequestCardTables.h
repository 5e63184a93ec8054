#pragma once

#include "catalog/ServiceVariant.h"
#include "records/RequestRecord.h"
#include "records/ResultRecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QTableWidget;

namespace kense {

/// The request card's read-only tables, filled from the request as loaded: its data (with the form's values made
/// editable for a correction when the core allows it), the documents presented, the steps with their due moments and
/// the history. The words are the card's (RequestCardDialog's translation context).
namespace RequestCardTables {
/// "dd.MM.yyyy HH:mm", or "—" for no moment.
QString moment(const QDateTime& t);
/// The channel, acceptance, executor and the form's fields; with `canEdit` the form's values are editable, each item
/// carrying its field id (Qt::UserRole) and stored value (Qt::UserRole + 1), a choice its options for the delegate.
void fillData(QTableWidget* table, const RequestDetails& r, const ServiceVariant* variant, Language language,
              bool canEdit);
void fillDocuments(QTableWidget* table, const RequestDetails& r, Language language);
void fillSteps(QTableWidget* table, const RequestDetails& r);
void fillEvents(QTableWidget* table, const RequestDetails& r);
/// The result's grades: the saved ones, or for a first result the catalog's subjects of the document kind, each
/// waiting for its grade. A subject of the catalog is never editable (typing a grade on it wrote over its name); a
/// line the executor added is. With `canPrepare` the grades are edited by typing or F2 — a cell is not opened just
/// by being reached — and the table starts on the first grade.
void fillGrades(QTableWidget* table, const std::optional<ResultRecord>& result, const QList<LocalizedText>& standard,
                Language language, bool canPrepare);
/// The latest note written on a move (the head's to the executor, the reasons of a return), with who wrote it and
/// when, for the card to show beside the moves; empty when no move has one.
QString lastNote(const RequestDetails& r);
} // namespace RequestCardTables

} // namespace kense
