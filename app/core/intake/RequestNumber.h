#pragma once

#include <QString>

namespace kense {

/// A request number: <office code>-<desk code>-<year>-<6-digit sequence>, e.g. "KZOTSON01-2-2026-000123".
/// ASCII only, so that it prints as a Code 128 barcode and a scanner types it back. Unique across desks that never
/// talk to each other because each desk numbers only its own requests.
QString formatRequestNumber(const QString& officeCode, const QString& deskCode, int year, int sequence);
/// Whether text is a complete request number (what a barcode scanner types before Enter).
bool isRequestNumber(const QString& text);
/// A result's own number: <office code>-<desk code>-<year>-D<5-digit sequence>, e.g. "KZOEDU01-1-2026-D00001" — the
/// desk numbers the documents it issues apart from its requests.
QString formatResultNumber(const QString& officeCode, const QString& deskCode, int year, int sequence);
/// The office that made a result, from its number ("KZOEDU01-1-2026-D00001" → "KZOEDU01"); empty for a text that is
/// not a result number.
QString officeOfResultNumber(const QString& number);
/// Whether `text` (ASCII, upper case) can still become a request number as more characters follow ("K", "KZOEDU01-1-";
/// not "KZ-12 "): how a scanner's keys are told from typing.
bool mayBecomeRequestNumber(const QString& text);
/// Whether text can be the start of a request number: Latin capitals and digits with a digit among them
/// ("KZOEDU01", "KZOEDU01-1-20"). Names are Kazakh or Russian letters only, so a search never mistakes one for the
/// other.
bool isRequestNumberPrefix(const QString& text);
/// An office or desk code: upper-case ASCII letters and digits (office 2–12, desk 1–6 characters).
bool isValidOfficeCode(const QString& code);
bool isValidDeskCode(const QString& code);
/// The office code made from an office directory id: "kzo-tson-01" → "KZOTSON01".
QString officeCodeFromDirectoryId(const QString& directoryId);

} // namespace kense
