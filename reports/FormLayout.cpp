// Laying a millimetre form out: the values in their places and, on plain paper, the form around them.
#include "DocumentRenderer.h"
#include "FormTemplate.h"
#include "codes/Barcodes.h"
#include "layout/Typesetter.h"

namespace kense {

namespace {

constexpr double kSmallestPoints = 7;

QString bilingual(const QString& kk, const QString& ru)
{
    return kk == ru || ru.isEmpty() ? kk : kk.isEmpty() ? ru : kk + QStringLiteral(" / ") + ru;
}

class FormFiller
{
public:
    FormFiller(const DocumentData& data, DocumentLanguages languages, QStringList* missing)
        : m_data(data)
        , m_languages(languages)
        , m_missing(missing)
    {}

    /// The text in the document's language; in both, "kk / ru" (once when they are the same).
    QString fill(const LocalizedText& pattern, const DocumentRow* row = nullptr) const
    {
        const QStringList both = paragraphs(pattern, row);
        return both.size() == 2 ? bilingual(both.at(0), both.at(1)) : both.value(0);
    }

    /// The text as paragraphs: one, or in both languages the Kazakh one and then the Russian one.
    QStringList paragraphs(const LocalizedText& pattern, const DocumentRow* row = nullptr) const
    {
        const auto one = [&](Language language) {
            return fillPlaceholders(pattern.text(language), [&](const QString& key) {
                if (row && row->contains(key))
                    return row->value(key).text(language);
                return m_data.text(key, language, m_missing);
            });
        };
        switch (m_languages) {
        case DocumentLanguages::Kazakh:
            return {one(Language::Kazakh)};
        case DocumentLanguages::Russian:
            return {one(Language::Russian)};
        case DocumentLanguages::Both:
            break;
        }
        const QString kk = one(Language::Kazakh);
        const QString ru = one(Language::Russian);
        if (kk == ru || ru.isEmpty())
            return {kk};
        if (kk.isEmpty())
            return {ru};
        return {kk, ru};
    }

private:
    const DocumentData& m_data;
    DocumentLanguages m_languages;
    QStringList* m_missing;
};

/// Text set to a place: its lines and the size they fit at.
struct SetText
{
    QStringList lines;
    TextStyle style;
    double lineHeight = 0;
    double extent() const { return lines.isEmpty() ? 0 : static_cast<double>(lines.size() - 1) * lineHeight; }
};

/// Sets `paragraphs` `width` wide: smaller, down to 7 pt, until each paragraph takes one line or all the lines
/// fit `room` below the first baseline; then wrapped, so that nothing is ever cut off.
SetText fit(const QStringList& paragraphs, TextStyle style, double width, double room)
{
    for (;;) {
        SetText set{{}, style, Typesetter::lineHeight(style)};
        for (const QString& p : paragraphs) {
            if (!p.isEmpty())
                set.lines << Typesetter::wrap(p, style, width);
        }
        const bool fits = set.lines.size() <= paragraphs.size() || set.extent() <= room + 0.01;
        if (fits || style.points <= kSmallestPoints)
            return set;
        style.points -= 0.5;
    }
}

/// Places set lines from the baseline `at` in a column `width` wide, each line aligned in it.
void place(LaidOutPage& page, QPointF at, double width, Qt::Alignment align, const SetText& set)
{
    for (qsizetype i = 0; i < set.lines.size(); ++i) {
        const QString& line = set.lines.at(i);
        const double free = width - Typesetter::textWidth(line, set.style);
        const double x = align & Qt::AlignHCenter ? free / 2 : align & Qt::AlignRight ? free : 0;
        page.ops << textOp(at + QPointF(std::max(0.0, x), static_cast<double>(i) * set.lineHeight), line, set.style);
    }
}

void drawStatic(LaidOutPage& page, const FormTemplate& form, const FormFiller& f, QPointF shift)
{
    for (const FormTemplate::Item& item : form.items) {
        if (item.type == FormTemplate::Item::Line) {
            page.ops << lineOp(item.at + shift, item.to + shift, item.width);
            continue;
        }
        if (item.type == FormTemplate::Item::Box) {
            DrawOp op;
            op.kind = DrawOp::Box;
            op.width = item.width;
            op.rect = QRectF(item.at + shift, item.to + shift);
            page.ops << op;
            continue;
        }
        const TextStyle style = DocumentRenderer::style(item.style);
        if (item.wrap > 0) {
            // A column `wrap` wide that starts at, is centred on or ends at `at`.
            const double left = item.align & Qt::AlignHCenter ? item.at.x() - item.wrap / 2
                                : item.align & Qt::AlignRight ? item.at.x() - item.wrap
                                                              : item.at.x();
            place(page, QPointF(left, item.at.y()) + shift, item.wrap, item.align,
                  fit(f.paragraphs(item.text), style, item.wrap, item.height));
            continue;
        }
        const QString text = f.fill(item.text);
        QPointF at = item.at + shift;
        if (item.align & Qt::AlignHCenter)
            at.rx() -= Typesetter::textWidth(text, style) / 2;
        else if (item.align & Qt::AlignRight)
            at.rx() -= Typesetter::textWidth(text, style);
        page.ops << textOp(at, text, style);
    }
}

/// The grades table (or any grid): rows one under another, a row as tall as its most wrapped value; a row that
/// would pass the grid's bottom or its number of rows starts a continuation sheet with the same form.
void layOutGrid(LaidOutDocument& doc, const FormTemplate& form, const DocumentData& data, const FormFiller& f,
                QPointF shift, bool plain)
{
    const FormTemplate::Grid& grid = *form.grid;
    const QList<DocumentRow> rows = data.tables.value(grid.table);
    const TextStyle style = DocumentRenderer::style(grid.style);
    const TextStyle headerStyle = DocumentRenderer::style(QStringLiteral("small"));
    const double bottom =
        grid.bottom > 0 ? grid.bottom : grid.at.y() + grid.rowHeight * static_cast<double>(grid.maxRows - 1);
    // A column is set in one size: the size its longest value needs.
    QList<TextStyle> columnStyles(grid.columns.size(), style);
    for (const DocumentRow& row : rows) {
        for (qsizetype k = 0; k < grid.columns.size(); ++k) {
            const double points =
                fit({f.fill(grid.columns.at(k).value, &row)}, style, grid.columns.at(k).width, 0).style.points;
            columnStyles[k].points = std::min(columnStyles.at(k).points, points);
        }
    }
    double y = grid.at.y();
    int slot = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QList<SetText> cells;
        double extent = 0;
        for (qsizetype k = 0; k < grid.columns.size(); ++k) {
            const FormTemplate::GridColumn& c = grid.columns.at(k);
            cells << fit({f.fill(c.value, &rows.at(i))}, columnStyles.at(k), c.width, 0);
            extent = std::max(extent, cells.last().extent());
        }
        if (slot > 0 && (slot == grid.maxRows || y + extent > bottom)) {
            doc.pages << LaidOutPage{}; // a continuation sheet (вкладыш) in the same places
            if (plain)
                drawStatic(doc.pages.last(), form, f, shift);
            if (const auto& c = grid.continuation) {
                const QString sheet = QString::number(doc.pages.size());
                const DocumentRow row{{QStringLiteral("sheet"), LocalizedText{sheet, sheet}}};
                const QString text = f.fill(c->text, &row);
                place(doc.pages.last(), c->at + shift, c->wrap, Qt::AlignLeft,
                      fit({text}, DocumentRenderer::style(QStringLiteral("bold")), c->wrap, 4));
            }
            y = grid.at.y();
            slot = 0;
        }
        LaidOutPage& page = doc.pages.last();
        if (plain && slot == 0) {
            for (const FormTemplate::GridColumn& c : grid.columns)
                place(page, grid.at + shift + QPointF(c.x, -grid.rowHeight), c.width, Qt::AlignLeft,
                      fit({f.fill(c.header)}, headerStyle, c.width, 0));
        }
        for (qsizetype k = 0; k < grid.columns.size(); ++k) {
            const FormTemplate::GridColumn& c = grid.columns.at(k);
            const QPointF origin(grid.at.x() + c.x, y);
            place(page, origin + shift, c.width, Qt::AlignLeft, cells.at(k));
            if (plain)
                page.ops << lineOp(origin + shift + QPointF(0, extent + 1.2),
                                   origin + shift + QPointF(c.width, extent + 1.2), 0.1);
        }
        y += grid.rowHeight + extent;
        ++slot;
    }
}

void layOutQr(LaidOutPage& page, const FormTemplate::Item& qr, const FormFiller& f, QPointF shift)
{
    const auto symbol = qrCode(f.fill(qr.text));
    if (!symbol)
        return;
    const double module = qr.width / symbol->size.width();
    for (const QRectF& r : symbol->rects) {
        DrawOp op;
        op.kind = DrawOp::Fill;
        op.rect = QRectF(qr.at + shift + QPointF(r.x() * module, r.y() * module),
                         QSizeF(r.width() * module, r.height() * module));
        page.ops << op;
    }
    if (qr.boxed) {
        DrawOp box;
        box.kind = DrawOp::Box;
        box.width = 0.2;
        box.rect = QRectF(qr.at + shift, QSizeF(qr.width, qr.width)).adjusted(-2, -2, 2, 2);
        page.ops << box;
    }
}

} // namespace

LaidOutDocument layOutForm(const FormTemplate& form, const DocumentData& data, DocumentLanguages languages,
                           FormMode mode, Calibration calibration, QStringList* missing)
{
    const FormFiller f(data, languages, missing);
    const QPointF shift(calibration.dx, calibration.dy);
    const bool plain = mode == FormMode::PlainPaper;
    LaidOutDocument doc;
    doc.title = data.title;
    doc.pageSizeMm = form.page;
    doc.pages << LaidOutPage{};
    if (plain)
        drawStatic(doc.pages.first(), form, f, shift);

    const TextStyle small = DocumentRenderer::style(QStringLiteral("small"));
    for (const FormTemplate::Field& field : form.fields) {
        if (!field.condition.isEmpty() && !data.has(field.condition))
            continue;
        LaidOutPage& page = doc.pages.first();
        const QString value = f.fill(field.value);
        const SetText set = fit({value}, DocumentRenderer::style(field.style), field.width, field.height);
        if (plain && !field.label.isEmpty()) {
            place(page, field.labelAt + shift, field.width, Qt::AlignLeft,
                  fit({f.fill(field.label)}, small, field.width, 0));
            // The line under the value's last line: a wrapped value is never struck through.
            const QPointF under(0, set.extent() + 1);
            page.ops << lineOp(field.at + shift + under, field.at + shift + under + QPointF(field.width, 0), 0.15);
        }
        if (!value.isEmpty())
            place(page, field.at + shift, field.width, field.align, set);
    }
    if (form.grid)
        layOutGrid(doc, form, data, f, shift, plain);
    if (plain && form.qr)
        layOutQr(doc.pages.first(), *form.qr, f, shift);
    return doc;
}

} // namespace kense
