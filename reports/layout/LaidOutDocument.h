#pragma once

#include <QFont>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace kense {

/// A text style of printed documents, in typographic points.
struct TextStyle
{
    double points = 10.5;
    bool bold = false;
    bool italic = false;
};

/// The font of a style. Sized in pixels of the layout's 1200-dpi grid, so that measuring and painting agree on
/// any device: the painter is scaled from that grid to the device.
QFont documentFont(const TextStyle& style);

/// One thing to draw, in millimetres from the page's top-left corner.
struct DrawOp
{
    enum Kind
    {
        Text,   ///< `text` with its baseline starting at `at`
        Line,   ///< `line`, `width` mm thick
        Box,    ///< `rect` outlined, `width` mm thick
        Fill,   ///< `rect` filled black (barcode bars, QR modules)
        Custom, ///< `paint` called with the painter and `rect` in device pixels
    };
    Kind kind = Text;
    QPointF at;
    QString text;
    TextStyle style;
    QLineF line;
    QRectF rect;
    double width = 0.2;
    std::function<void(QPainter&, const QRectF&)> paint;
};

/// Text with its baseline starting at `at`.
inline DrawOp textOp(QPointF at, const QString& text, const TextStyle& style)
{
    DrawOp op;
    op.kind = DrawOp::Text;
    op.at = at;
    op.text = text;
    op.style = style;
    return op;
}

/// A line `width` mm thick.
inline DrawOp lineOp(QPointF from, QPointF to, double width)
{
    DrawOp op;
    op.kind = DrawOp::Line;
    op.width = width;
    op.line = QLineF(from, to);
    return op;
}

struct LaidOutPage
{
    QList<DrawOp> ops;
};

/// A document laid out into pages, ready to paint on a PDF writer, a printer or a preview.
struct LaidOutDocument
{
    QString title;
    QSizeF pageSizeMm{210, 297};
    QList<LaidOutPage> pages;
};

/// `copies` copies of the document one after another (collated), for a printer that cannot make copies itself.
inline LaidOutDocument collated(const LaidOutDocument& document, int copies)
{
    LaidOutDocument out = document;
    for (int i = 1; i < copies; ++i)
        out.pages << document.pages;
    return out;
}

/// Millimetres to pixels of the layout grid and back.
constexpr double kLayoutDpi = 1200.0;
inline double mmToGrid(double mm)
{
    return mm * kLayoutDpi / 25.4;
}
inline double gridToMm(double px)
{
    return px * 25.4 / kLayoutDpi;
}

} // namespace kense
