#pragma once

#include "DocumentLanguages.h"
#include "DocumentTemplate.h"
#include "documents/DocumentData.h"
#include "layout/LaidOutDocument.h"

#include <QMap>

#include <functional>

namespace kense {

/// Draws a chart block: the painter is in device pixels, `rect` the block's box.
using ChartPainter = std::function<void(QPainter&, const QRectF&, Language)>;

/// Lays a flowing document out: the template's blocks filled with the data, once per copy and per language
/// ("both": the Kazakh text, then the Russian, each from a new page).
class DocumentRenderer
{
public:
    static LaidOutDocument layOut(const DocumentTemplate& tmpl, const DocumentData& data, DocumentLanguages languages,
                                  const QMap<QString, ChartPainter>& charts = {}, QStringList* missing = nullptr);
    static TextStyle style(const QString& name);
};

} // namespace kense
