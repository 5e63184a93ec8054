#pragma once

#include "layout/LaidOutDocument.h"

#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

namespace kense {

/// The paper of a document: A4, portrait or landscape as it was laid out, no margins (it is laid out from the
/// paper's edge).
QPageLayout pageLayoutOf(const LaidOutDocument& document);

/// Paints one laid-out page with `painter`, whose origin is the paper's top-left corner and whose device has
/// `deviceDpi` dots per inch.
void paintPage(QPainter& painter, const LaidOutPage& page, double deviceDpi);

/// Paints every page on a paged device (a PDF writer, a printer, a print preview) set to the paper's full page:
/// the one render path of every document. Returns false with the reason if the device cannot be painted on.
bool paintDocument(const LaidOutDocument& document, QPagedPaintDevice& device, QString* error = nullptr);

/// Writes the document as a PDF file (PDF 1.4, fonts embedded).
bool writePdf(const LaidOutDocument& document, const QString& path, QString* error = nullptr);

} // namespace kense
