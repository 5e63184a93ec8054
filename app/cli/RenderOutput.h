#pragma once

#include "Cli.h"
#include "DocumentLanguages.h"
#include "layout/LaidOutDocument.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace kense::cli {

/// --lang kk|ru|both of every render command.
QCommandLineOption documentLanguageOption();
/// The languages --lang asks for, or the desk's document-language setting. A bad value is a BadInput failure.
DocumentLanguages documentLanguages(const QCommandLineParser& parser);

/// Writes `document` to the PDF file `out` and says so (file, pages, ms); a file that cannot be written is a
/// BadInput failure naming it.
int writeDocument(const Context& ctx, const LaidOutDocument& document, const QString& out, qint64 ms);
/// Says that `out` was written: "FILE: N page(s)" for a PDF, the file alone otherwise (pages 0); or as JSON.
void reportWritten(const Context& ctx, const QString& out, int pages, qint64 ms);

} // namespace kense::cli
