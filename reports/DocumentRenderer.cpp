#include "DocumentRenderer.h"

#include "codes/Barcodes.h"
#include "layout/Typesetter.h"

#include <QLoggingCategory>

namespace kense {

Q_LOGGING_CATEGORY(lcRender, "kense.reports")

namespace {

class Filler
{
public:
    Filler(const DocumentData& data, Language language, QStringList* missing)
        : m_data(data)
        , m_language(language)
        , m_missing(missing)
    {}

    QString fill(const LocalizedText& pattern, const DocumentRow* row = nullptr) const
    {
        return fillPlaceholders(pattern.text(m_language), [&](const QString& key) {
            if (row) {
                const auto it = row->constFind(key);
                if (it != row->constEnd())
                    return it->text(m_language);
            }
            return m_data.text(key, m_language, m_missing);
        });
    }

    bool holds(const QString& condition) const
    {
        if (condition.isEmpty())
            return true;
        if (condition.startsWith(QLatin1Char('#')))
            return !m_data.tables.value(condition.mid(1)).isEmpty();
        if (condition.startsWith(QLatin1Char('!')))
            return !m_data.has(condition.mid(1));
        return m_data.has(condition);
    }

private:
    const DocumentData& m_data;
    Language m_language;
    QStringList* m_missing;
};

void layOutBlock(Typesetter& t, const TemplateBlock& b, const DocumentData& data, const Filler& f, Language language,
                 const QMap<QString, ChartPainter>& charts)
{
    const TextStyle style = DocumentRenderer::style(b.style);
    switch (b.type) {
    case TemplateBlock::Text:
        if (b.style == QLatin1String("title") || b.style == QLatin1String("heading"))
            t.keep(Typesetter::lineHeight(style) * 3); // a heading keeps with what follows it
        t.paragraph(f.fill(b.text), style, b.align);
        t.space(b.style == QLatin1String("title") ? 2.5 : 1.2);
        break;
    case TemplateBlock::Fields:
        for (const TemplateBlock::Row& row : b.rows) {
            if (f.holds(row.condition))
                t.labelled(f.fill(row.label), f.fill(row.value), b.labelWidth, style);
        }
        t.space(1.5);
        break;
    case TemplateBlock::Table: {
        const QList<DocumentRow> rows = data.tables.value(b.table);
        if (rows.isEmpty() && !b.empty.isEmpty()) {
            t.paragraph(f.fill(b.empty), DocumentRenderer::style(QStringLiteral("italic")));
            break;
        }
        QStringList headers;
        QList<double> widths;
        QList<Qt::Alignment> aligns;
        QList<int> barcodes;
        for (const TemplateBlock::Column& c : b.columns) {
            if (c.barcode)
                barcodes << static_cast<int>(headers.size());
            headers << f.fill(c.header);
            widths << c.width;
            aligns << c.align;
        }
        QList<QStringList> cells;
        cells.reserve(rows.size());
        for (const DocumentRow& row : rows) {
            QStringList line;
            for (const TemplateBlock::Column& c : b.columns)
                line << f.fill(c.value, &row);
            cells << line;
        }
        t.table(headers, cells, widths, style, aligns, barcodes);
        break;
    }
    case TemplateBlock::List: {
        const QList<DocumentRow> rows = data.tables.value(b.table);
        if (rows.isEmpty() && !b.empty.isEmpty())
            t.paragraph(f.fill(b.empty), style, Qt::AlignLeft, 5);
        for (const DocumentRow& row : rows)
            t.paragraph(f.fill(b.text, &row), style, Qt::AlignLeft, 5);
        t.space(1.5);
        break;
    }
    case TemplateBlock::Signature: {
        t.signature(f.fill(b.text), f.fill(b.value), f.fill(b.caption), style);
        break;
    }
    case TemplateBlock::Barcode: {
        const QString value = f.fill(b.value);
        QString error;
        const auto symbol = code128(value, &error);
        if (!symbol) {
            qCWarning(lcRender) << "no barcode for" << value << ":" << error;
            break;
        }
        // 0.33 mm modules: a hand scanner reads them from a laser or an inkjet print.
        const double height = b.size > 0 ? b.size : 12;
        t.bars(symbol->rects, symbol->size, symbol->modules * 0.33, height, b.align, f.fill(b.caption),
               DocumentRenderer::style(QStringLiteral("small")));
        break;
    }
    case TemplateBlock::Qr: {
        const auto symbol = qrCode(f.fill(b.value));
        if (!symbol)
            break;
        const double size = b.size > 0 ? b.size : 25;
        t.bars(symbol->rects, symbol->size, size, size, b.align, f.fill(b.caption),
               DocumentRenderer::style(QStringLiteral("small")));
        break;
    }
    case TemplateBlock::Chart: {
        const auto painter = charts.value(b.table);
        if (painter)
            t.custom(b.size > 0 ? b.size : 90,
                     [painter, language](QPainter& p, const QRectF& r) { painter(p, r, language); });
        break;
    }
    case TemplateBlock::Space:
        t.space(b.size > 0 ? b.size : 4);
        break;
    case TemplateBlock::Rule:
        t.rule();
        break;
    case TemplateBlock::PageBreak:
        t.newPage();
        break;
    }
}

} // namespace

TextStyle DocumentRenderer::style(const QString& name)
{
    if (name == QLatin1String("title"))
        return {13.5, true, false};
    if (name == QLatin1String("heading"))
        return {11.5, true, false};
    if (name == QLatin1String("bold"))
        return {10.5, true, false};
    if (name == QLatin1String("table"))
        return {9.5, false, false};
    if (name == QLatin1String("small"))
        return {8.5, false, false};
    if (name == QLatin1String("italic"))
        return {10.5, false, true};
    return {10.5, false, false};
}

LaidOutDocument DocumentRenderer::layOut(const DocumentTemplate& tmpl, const DocumentData& data,
                                         DocumentLanguages languages, const QMap<QString, ChartPainter>& charts,
                                         QStringList* missing)
{
    Typesetter t(tmpl.landscape ? QSizeF(297, 210) : QSizeF(210, 297));
    QList<Language> pageLanguage; // the language of each page, for its footer
    bool first = true;
    for (int copy = 1; copy <= tmpl.copies; ++copy) {
        for (Language language : languagesToPrint(languages)) {
            if (!first)
                t.newPage();
            first = false;
            const Filler f(data, language, missing);
            if (tmpl.copies > 1 && !tmpl.copyCaption.isEmpty()) {
                const QString caption = fillPlaceholders(tmpl.copyCaption.text(language), [&](const QString& key) {
                    return key == QLatin1String("copy") ? QString::number(copy) : data.text(key, language, missing);
                });
                t.paragraph(caption, style(QStringLiteral("small")), Qt::AlignRight);
            }
            for (const TemplateBlock& block : tmpl.blocks) {
                if (f.holds(block.condition))
                    layOutBlock(t, block, data, f, language, charts);
            }
            while (pageLanguage.size() < t.pageCount())
                pageLanguage << language;
        }
    }
    const auto footer = [&](int page, int pages) {
        if (tmpl.footer.isEmpty())
            return QString();
        const Language language = pageLanguage.value(page - 1, Language::Kazakh);
        return fillPlaceholders(tmpl.footer.text(language), [&](const QString& key) {
            if (key == QLatin1String("page"))
                return QString::number(page);
            if (key == QLatin1String("pages"))
                return QString::number(pages);
            return data.text(key, language, missing);
        });
    };
    return t.finish(data.title, footer, style(QStringLiteral("small")));
}

} // namespace kense
