#pragma once

#include "layout/LaidOutDocument.h"

#include <QMarginsF>
#include <QStringList>

namespace kense {

/// Lays text, tables, signature lines and barcodes out from the top of an A4 page down, breaking pages where
/// the content does not fit: a table row never splits and a table's header repeats on each new page.
/// Everything is measured in millimetres; text wraps at word boundaries (or anywhere in a word longer than the
/// line), so nothing is cut off.
class Typesetter
{
public:
    explicit Typesetter(QSizeF pageMm = {210, 297}, QMarginsF marginsMm = {20, 15, 15, 18});

    double contentWidth() const { return m_page.width() - m_margins.left() - m_margins.right(); }
    double remaining() const { return bottom() - m_y; }
    double y() const { return m_y; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }

    /// The lines `text` breaks into at `widthMm`; an explicit '\n' starts a new line.
    static QStringList wrap(const QString& text, const TextStyle& style, double widthMm);
    static double lineHeight(const TextStyle& style);
    static double textWidth(const QString& text, const TextStyle& style);
    /// `style` made smaller by half points, down to `smallest`, until `text` fits `widthMm` on one line.
    static TextStyle fitting(const QString& text, TextStyle style, double widthMm, double smallest);

    void paragraph(const QString& text, const TextStyle& style, Qt::Alignment align = Qt::AlignLeft,
                   double indentMm = 0);
    /// A label and its value side by side; the value wraps in its own column.
    void labelled(const QString& label, const QString& value, double labelWidthMm, const TextStyle& style);
    /// A table; `widths` are relative. The header row repeats after every page break. A column listed in
    /// `barcodeColumns` shows its text as a Code 128 barcode with the text under it.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<double>& widths,
               const TextStyle& style, const QList<Qt::Alignment>& aligns = {}, const QList<int>& barcodeColumns = {});
    /// "label ____________ /name/" with a caption under the line.
    void signature(const QString& label, const QString& name, const QString& caption, const TextStyle& style);
    /// Filled rectangles (a barcode's bars, a QR code's modules), given in their own unit square
    /// `sourceSize` and scaled into `widthMm` × `heightMm`, centred or at the left, with a caption below.
    void bars(const QList<QRectF>& rects, QSizeF sourceSize, double widthMm, double heightMm, Qt::Alignment align,
              const QString& caption, const TextStyle& captionStyle);
    /// A drawing of its own (a chart) in a box `heightMm` high across the content width.
    void custom(double heightMm, std::function<void(QPainter&, const QRectF&)> paint);
    void rule(double widthMm = 0.3);
    void space(double mm);
    void newPage();
    /// Starts a new page unless `mm` still fits on this one.
    void keep(double mm);

    /// The pages, with `footer(page, pages)` written at the bottom of each.
    LaidOutDocument finish(const QString& title, const std::function<QString(int, int)>& footer,
                           const TextStyle& footerStyle);

private:
    double bottom() const { return m_page.height() - m_margins.bottom(); }
    double left() const { return m_margins.left(); }
    LaidOutPage& page() { return m_pages.last(); }
    void text(double x, double baseline, const QString& line, const TextStyle& style);
    double tableRow(const QStringList& cells, const QList<double>& xs, const QList<double>& ws, const TextStyle& style,
                    const QList<Qt::Alignment>& aligns, const QList<int>& barcodeColumns, bool measureOnly);

    QSizeF m_page;
    QMarginsF m_margins;
    QList<LaidOutPage> m_pages;
    double m_y = 0;
};

} // namespace kense
