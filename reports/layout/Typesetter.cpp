#include "layout/Typesetter.h"

#include "codes/Barcodes.h"

#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

namespace kense {

namespace {

/// The device text is measured on: a 1200-dpi image, the same grid the painter draws in.
QPaintDevice* measuringDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_Mono);
        const int dotsPerMetre = qRound(kLayoutDpi / 0.0254);
        i.setDotsPerMeterX(dotsPerMetre);
        i.setDotsPerMeterY(dotsPerMetre);
        return i;
    }();
    return &image;
}

constexpr double kCellPadding = 1.2; // mm inside a table cell
constexpr double kCellBarHeight = 7; // mm of bars in a barcode cell
constexpr double kCellModule = 0.22; // mm per module in a barcode cell: a laser print a hand scanner reads

} // namespace

QFont documentFont(const TextStyle& style)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("Liberation Sans")});
    font.setPixelSize(qRound(style.points * kLayoutDpi / 72.0));
    font.setBold(style.bold);
    font.setItalic(style.italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

Typesetter::Typesetter(QSizeF pageMm, QMarginsF marginsMm)
    : m_page(pageMm)
    , m_margins(marginsMm)
{
    newPage();
}

QStringList Typesetter::wrap(const QString& text, const TextStyle& style, double widthMm)
{
    QStringList lines;
    const QFont font = documentFont(style);
    const double width = mmToGrid(widthMm);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, measuringDevice());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

double Typesetter::lineHeight(const TextStyle& style)
{
    return gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).lineSpacing()) * 1.08;
}

double Typesetter::textWidth(const QString& text, const TextStyle& style)
{
    return gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).horizontalAdvance(text));
}

TextStyle Typesetter::fitting(const QString& text, TextStyle style, double widthMm, double smallest)
{
    while (style.points > smallest && textWidth(text, style) > widthMm)
        style.points -= 0.5;
    return style;
}

void Typesetter::text(double x, double baseline, const QString& line, const TextStyle& style)
{
    if (!line.isEmpty())
        page().ops << textOp({x, baseline}, line, style);
}

void Typesetter::paragraph(const QString& text, const TextStyle& style, Qt::Alignment align, double indentMm)
{
    const double lh = lineHeight(style);
    const double ascent = gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).ascent());
    const double width = contentWidth() - indentMm;
    for (const QString& line : wrap(text, style, width)) {
        keep(lh);
        double x = left() + indentMm;
        if (align & Qt::AlignHCenter)
            x += (width - textWidth(line, style)) / 2;
        else if (align & Qt::AlignRight)
            x += width - textWidth(line, style);
        this->text(x, m_y + ascent, line, style);
        m_y += lh;
    }
}

void Typesetter::labelled(const QString& label, const QString& value, double labelWidthMm, const TextStyle& style)
{
    const double lh = lineHeight(style);
    const double ascent = gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).ascent());
    TextStyle labelStyle = style;
    labelStyle.points = style.points - 0.5;
    const QStringList labels = wrap(label, labelStyle, labelWidthMm - 2);
    TextStyle valueStyle = style;
    valueStyle.bold = true;
    const QStringList values =
        wrap(value.isEmpty() ? QStringLiteral("—") : value, valueStyle, contentWidth() - labelWidthMm);
    const qsizetype n = std::max(labels.size(), values.size());
    for (qsizetype i = 0; i < n; ++i) {
        keep(lh);
        if (i < labels.size())
            text(left(), m_y + ascent, labels.at(i), labelStyle);
        if (i < values.size())
            text(left() + labelWidthMm, m_y + ascent, values.at(i), valueStyle);
        m_y += lh;
    }
    m_y += lh * 0.15;
}

double Typesetter::tableRow(const QStringList& cells, const QList<double>& xs, const QList<double>& ws,
                            const TextStyle& style, const QList<Qt::Alignment>& aligns,
                            const QList<int>& barcodeColumns, bool measureOnly)
{
    const double lh = lineHeight(style);
    const double ascent = gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).ascent());
    QList<QStringList> wrapped;
    double height = lh;
    for (qsizetype c = 0; c < ws.size(); ++c) {
        wrapped << wrap(c < cells.size() ? cells.at(c) : QString(), style, ws.at(c) - 2 * kCellPadding);
        double cell = static_cast<double>(wrapped.last().size()) * lh;
        if (barcodeColumns.contains(static_cast<int>(c)))
            cell += kCellBarHeight + 0.8;
        height = std::max(height, cell);
    }
    height += 2 * kCellPadding;
    if (measureOnly)
        return height;
    for (qsizetype c = 0; c < ws.size(); ++c) {
        DrawOp box;
        box.kind = DrawOp::Box;
        box.rect = QRectF(xs.at(c), m_y, ws.at(c), height);
        box.width = 0.2;
        page().ops << box;
        double top = m_y + kCellPadding;
        if (barcodeColumns.contains(static_cast<int>(c)) && c < cells.size()) {
            if (const auto symbol = code128(cells.at(c))) {
                const double width = std::min(ws.at(c) - 2 * kCellPadding, symbol->size.width() * kCellModule);
                const double module = width / symbol->size.width();
                const double x0 = xs.at(c) + (ws.at(c) - width) / 2;
                for (const QRectF& r : symbol->rects) {
                    DrawOp bar;
                    bar.kind = DrawOp::Fill;
                    bar.rect = QRectF(x0 + r.x() * module, top, r.width() * module, kCellBarHeight);
                    page().ops << bar;
                }
                top += kCellBarHeight + 0.8;
            }
        }
        const Qt::Alignment align = barcodeColumns.contains(static_cast<int>(c))
                                        ? Qt::AlignHCenter
                                        : (c < aligns.size() ? aligns.at(c) : Qt::AlignLeft);
        for (qsizetype l = 0; l < wrapped.at(c).size(); ++l) {
            const QString& line = wrapped.at(c).at(l);
            double x = xs.at(c) + kCellPadding;
            if (align & Qt::AlignHCenter)
                x = xs.at(c) + (ws.at(c) - textWidth(line, style)) / 2;
            else if (align & Qt::AlignRight)
                x = xs.at(c) + ws.at(c) - kCellPadding - textWidth(line, style);
            text(x, top + ascent + static_cast<double>(l) * lh, line, style);
        }
    }
    m_y += height;
    return height;
}

void Typesetter::table(const QStringList& headers, const QList<QStringList>& rows, const QList<double>& widths,
                       const TextStyle& style, const QList<Qt::Alignment>& aligns, const QList<int>& barcodeColumns)
{
    double total = 0;
    for (double w : widths)
        total += w;
    QList<double> xs, ws;
    double x = left();
    for (double w : widths) {
        const double mm = contentWidth() * w / total;
        xs << x;
        ws << mm;
        x += mm;
    }
    TextStyle headerStyle = style;
    headerStyle.bold = true;
    // A header word is not broken: the header is set smaller (down to 6.5 pt) until its longest word fits.
    const auto longestWordFits = [&](const TextStyle& st) {
        for (qsizetype c = 0; c < headers.size() && c < ws.size(); ++c) {
            for (const QString& word :
                 headers.at(c).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
                if (textWidth(word, st) > ws.at(c) - 2 * kCellPadding - 0.8)
                    return false;
            }
        }
        return true;
    };
    while (headerStyle.points > 6.5 && !longestWordFits(headerStyle))
        headerStyle.points -= 0.5;
    QList<Qt::Alignment> headerAligns(headers.size(), Qt::AlignHCenter);
    const double headerHeight = tableRow(headers, xs, ws, headerStyle, headerAligns, {}, true);
    // The header never stands alone at the foot of a page.
    const double firstRow = rows.isEmpty() ? 0 : tableRow(rows.first(), xs, ws, style, aligns, barcodeColumns, true);
    keep(headerHeight + firstRow);
    tableRow(headers, xs, ws, headerStyle, headerAligns, {}, false);
    for (const QStringList& row : rows) {
        const double h = tableRow(row, xs, ws, style, aligns, barcodeColumns, true);
        if (h > remaining()) {
            newPage();
            tableRow(headers, xs, ws, headerStyle, headerAligns, {}, false);
        }
        tableRow(row, xs, ws, style, aligns, barcodeColumns, false);
    }
    m_y += 2;
}

void Typesetter::signature(const QString& label, const QString& name, const QString& caption, const TextStyle& style)
{
    const double lh = lineHeight(style);
    const double ascent = gridToMm(QFontMetricsF(documentFont(style), measuringDevice()).ascent());
    TextStyle small = style;
    small.points = std::max(6.5, style.points - 3);
    const double labelWidth = contentWidth() * 0.42;
    const QStringList labels = wrap(label, style, labelWidth - 2);
    keep(static_cast<double>(labels.size()) * lh + lineHeight(small) + 4);
    m_y += 3;
    for (qsizetype i = 0; i < labels.size(); ++i)
        text(left(), m_y + ascent + static_cast<double>(i) * lh, labels.at(i), style);
    const double lineLeft = left() + labelWidth;
    const double lineRight = lineLeft + contentWidth() * 0.25;
    const double baseline = m_y + ascent + static_cast<double>(labels.size() - 1) * lh;
    DrawOp line;
    line.kind = DrawOp::Line;
    line.line = QLineF(lineLeft, baseline + 0.8, lineRight, baseline + 0.8);
    page().ops << line;
    // The name beside the line: smaller (down to 8 pt) before it wraps, so that it stays on one line.
    double bottom = m_y + static_cast<double>(labels.size()) * lh;
    if (!name.isEmpty()) {
        const double room = left() + contentWidth() - lineRight - 2;
        const TextStyle nameStyle = fitting(name, style, room, 8);
        const double nameLh = lineHeight(nameStyle);
        const QStringList names = wrap(name, nameStyle, room);
        for (qsizetype i = 0; i < names.size(); ++i)
            text(lineRight + 2, baseline + static_cast<double>(i) * nameLh, names.at(i), nameStyle);
        bottom = std::max(bottom, baseline - ascent + static_cast<double>(names.size()) * nameLh);
    }
    // The caption under the line itself, however many lines the name took.
    if (!caption.isEmpty()) {
        // As wide as the line at most: smaller (down to 6 pt), then wrapped under it.
        const double lineWidth = lineRight - lineLeft;
        small = fitting(caption, small, lineWidth, 6);
        const double captionLh = lineHeight(small);
        const QStringList captions = wrap(caption, small, lineWidth);
        double captionBaseline = baseline + 0.8 + captionLh * 0.85;
        for (const QString& c : captions) {
            text(lineLeft + (lineWidth - textWidth(c, small)) / 2, captionBaseline, c, small);
            captionBaseline += captionLh;
        }
        bottom = std::max(bottom, captionBaseline - captionLh * 0.6);
    }
    m_y = bottom + 1;
}

void Typesetter::bars(const QList<QRectF>& rects, QSizeF sourceSize, double widthMm, double heightMm,
                      Qt::Alignment align, const QString& caption, const TextStyle& captionStyle)
{
    const double captionHeight = caption.isEmpty() ? 0 : lineHeight(captionStyle);
    keep(heightMm + captionHeight + 1);
    double x = left();
    if (align & Qt::AlignHCenter)
        x += (contentWidth() - widthMm) / 2;
    else if (align & Qt::AlignRight)
        x += contentWidth() - widthMm;
    const double sx = widthMm / sourceSize.width();
    const double sy = heightMm / sourceSize.height();
    for (const QRectF& r : rects) {
        DrawOp op;
        op.kind = DrawOp::Fill;
        op.rect = QRectF(x + r.x() * sx, m_y + r.y() * sy, r.width() * sx, r.height() * sy);
        page().ops << op;
    }
    m_y += heightMm;
    if (!caption.isEmpty()) {
        const double ascent = gridToMm(QFontMetricsF(documentFont(captionStyle), measuringDevice()).ascent());
        const double w = textWidth(caption, captionStyle);
        text(x + (widthMm - w) / 2, m_y + 0.5 + ascent, caption, captionStyle);
        m_y += captionHeight + 0.5;
    }
    m_y += 1;
}

void Typesetter::custom(double heightMm, std::function<void(QPainter&, const QRectF&)> paint)
{
    keep(heightMm);
    DrawOp op;
    op.kind = DrawOp::Custom;
    op.rect = QRectF(left(), m_y, contentWidth(), heightMm);
    op.paint = std::move(paint);
    page().ops << op;
    m_y += heightMm;
}

void Typesetter::rule(double widthMm)
{
    DrawOp op;
    op.kind = DrawOp::Line;
    op.line = QLineF(left(), m_y, left() + contentWidth(), m_y);
    op.width = widthMm;
    page().ops << op;
    m_y += 1.5;
}

void Typesetter::space(double mm)
{
    m_y = std::min(m_y + mm, bottom());
}

void Typesetter::newPage()
{
    m_pages << LaidOutPage{};
    m_y = m_margins.top();
}

void Typesetter::keep(double mm)
{
    if (m_y + mm > bottom() + 1e-6 && m_y > m_margins.top() + 1e-6)
        newPage();
}

LaidOutDocument Typesetter::finish(const QString& title, const std::function<QString(int, int)>& footer,
                                   const TextStyle& footerStyle)
{
    LaidOutDocument doc;
    doc.title = title;
    doc.pageSizeMm = m_page;
    const int pages = static_cast<int>(m_pages.size());
    const double ascent = gridToMm(QFontMetricsF(documentFont(footerStyle), measuringDevice()).ascent());
    for (int i = 0; i < pages; ++i) {
        LaidOutPage p = m_pages.at(i);
        if (footer) {
            const QString line = footer(i + 1, pages);
            if (!line.isEmpty()) {
                DrawOp op;
                op.kind = DrawOp::Text;
                op.text = line;
                op.style = footerStyle;
                op.at = {m_page.width() - m_margins.right() - textWidth(line, footerStyle),
                         m_page.height() - m_margins.bottom() / 2 + ascent / 2};
                p.ops << op;
            }
        }
        doc.pages << p;
    }
    return doc;
}

} // namespace kense
