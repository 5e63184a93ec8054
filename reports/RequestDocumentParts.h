#pragma once

// The parts of a request's document data that buildRequestDocument (RequestDocuments.cpp) fills from its context:
// values as printed, the document package, the result, the child's queue place and the survey's boxes.
#include "RequestDocuments.h"
#include "documents/DocumentData.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kense {

QString dateText(const QDate& d);     ///< dd.MM.yyyy, empty for no date
QString timeText(const QDateTime& t); ///< HH:mm, empty for no moment
/// A field's value as printed: an option's label for a choice, a date as dd.MM.yyyy.
LocalizedText fieldText(const FieldSpec& spec, const QString& value);
/// The documents presented ("documents") and those that keep the package from being complete ("missing").
void setPackage(DocumentData& d, const RequestContext& c);
/// The result's name, number, fields and grades, and its check line ("verify").
void setResult(DocumentData& d, const RequestContext& c);
/// The child's place as the queue receipt prints it: the position, the day it was counted on, and the list.
void setQueuePlace(DocumentData& d, const ServiceVariant& v, const QueuePlace& place, const QDate& on);
/// The direction to a kindergarten: the place the parent consented to, the day it was issued and the last day it may
/// be registered there (the service's queue.direction; none when the regulation gives no term).
void setDirection(DocumentData& d, const ServiceVariant& v, const PlaceStanding& place, const QString& issuedBy);
/// The survey: a ticked box for the answer given, empty boxes otherwise.
void setSurvey(DocumentData& d, const RequestContext& c);

} // namespace kense
