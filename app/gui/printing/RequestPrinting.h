#pragma once

#include "DocumentKind.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace kense {

class QueueStore;

/// How the print flow speaks to the clerk: a line for the status bar, shown for `milliseconds` (0: until replaced).
using StatusSink = std::function<void(const QString& text, int milliseconds)>;

/// Opens the print preview (print, save as PDF) of the document request `number`'s state calls for — the receipt, the
/// refusal receipt, the result, the receipt of issue — once its data is read on the store's thread; in the desk's
/// document languages, on the pre-printed blank and with the printer's calibration when the settings say so.
/// The one print path of the journal (Ctrl+P), the card and the intake wizard.
/// `kind` prints that document again instead (one the request has had: documentsOf); if the request has not had
/// it, the status bar says why.
void previewRequestDocument(QWidget* parent, QueueStore& store, const QString& number, const QDate& today,
                            const StatusSink& say, std::optional<DocumentKind> kind = std::nullopt);

} // namespace kense
