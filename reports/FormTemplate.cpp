#include "FormTemplate.h"

#include "DocumentRenderer.h"
#include "DocumentWords.h"
#include "codes/Barcodes.h"
#include "common/JsonNode.h"
#include "layout/Typesetter.h"

#include <QFile>

namespace kense {

namespace {

QPointF point(const JsonNode& node)
{
    const QList<JsonNode> xy = node.array();
    if (xy.size() != 2 || !xy.at(0).value().isDouble() || !xy.at(1).value().isDouble())
        node.fail(QStringLiteral("a position is [x, y] in millimetres"));
    const QPointF p(xy.at(0).value().toDouble(), xy.at(1).value().toDouble());
    if (p.x() < -50 || p.y() < -50 || p.x() > 500 || p.y() > 500)
        node.fail(QStringLiteral("a position lies outside the page"));
    return p;
}

double number(const JsonNode& node, double min, double max)
{
    if (!node.value().isDouble() || node.value().toDouble() < min || node.value().toDouble() > max)
        node.fail(QStringLiteral("a number from %1 to %2 is expected").arg(min).arg(max));
    return node.value().toDouble();
}

FormTemplate::Item parseItem(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("type"), QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("text"),
                    QStringLiteral("style"), QStringLiteral("align"), QStringLiteral("width"), QStringLiteral("value"),
                    QStringLiteral("size")});
    FormTemplate::Item item;
    const QString type =
        node.at(QStringLiteral("type")).oneOf({QStringLiteral("text"), QStringLiteral("line"), QStringLiteral("box")});
    item.type = type == QLatin1String("line")  ? FormTemplate::Item::Line
                : type == QLatin1String("box") ? FormTemplate::Item::Box
                                               : FormTemplate::Item::Text;
    item.at = point(node.at(QStringLiteral("at")));
    if (item.type != FormTemplate::Item::Text)
        item.to = point(node.at(QStringLiteral("to")));
    if (item.type == FormTemplate::Item::Text)
        item.text = localizedPattern(node.at(QStringLiteral("text")));
    item.style = node.stringOr(QStringLiteral("style"), item.style);
    if (const auto align = node.optional(QStringLiteral("align")))
        item.align = alignmentFromName(align->string());
    if (const auto w = node.optional(QStringLiteral("width")))
        item.width = number(*w, 0.05, 3);
    return item;
}

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

    QString fill(const LocalizedText& pattern, const DocumentRow* row = nullptr) const
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
            return one(Language::Kazakh);
        case DocumentLanguages::Russian:
            return one(Language::Russian);
        case DocumentLanguages::Both:
            break;
        }
        return bilingual(one(Language::Kazakh), one(Language::Russian));
    }

private:
    const DocumentData& m_data;
    DocumentLanguages m_languages;
    QStringList* m_missing;
};

DrawOp textOp(QPointF at, const QString& text, const TextStyle& style)
{
    DrawOp op;
    op.kind = DrawOp::Text;
    op.at = at;
    op.text = text;
    op.style = style;
    return op;
}

/// A value in its place: shrunk to fit down to 7 pt, then wrapped downwards.
void placeValue(LaidOutPage& page, QPointF at, double width, const QString& value, TextStyle style)
{
    if (value.isEmpty())
        return;
    while (style.points > 7 && Typesetter::textWidth(value, style) > width)
        style.points -= 0.5;
    const QStringList lines = Typesetter::wrap(value, style, width);
    const double lh = Typesetter::lineHeight(style);
    for (qsizetype i = 0; i < lines.size(); ++i)
        page.ops << textOp(at + QPointF(0, static_cast<double>(i) * lh), lines.at(i), style);
}

} // namespace

FormTemplate FormTemplate::load(const QString& kind)
{
    const QString path = templateFile(kind + QStringLiteral(".form.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TemplateError{QStringLiteral("%1: there is no form layout for the document \"%2\"").arg(path, kind)};
    return parse(file.readAll(), path);
}

FormTemplate FormTemplate::parse(const QByteArray& json, const QString& fileName)
{
    try {
        const JsonNode root = JsonNode::parse(json);
        root.allowOnly({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("page"), QStringLiteral("items"),
                        QStringLiteral("fields"), QStringLiteral("grid"), QStringLiteral("qr")});
        FormTemplate f;
        f.kind = root.stringAt(QStringLiteral("kind"));
        f.name = localizedPattern(root.at(QStringLiteral("name")));
        if (const auto page = root.optional(QStringLiteral("page"))) {
            const QPointF size = point(*page);
            f.page = QSizeF(size.x(), size.y());
        }
        for (const JsonNode& item : root.optionalArrayAt(QStringLiteral("items")))
            f.items << parseItem(item);
        for (const JsonNode& node : root.arrayAt(QStringLiteral("fields"))) {
            node.allowOnly({QStringLiteral("label"), QStringLiteral("label_at"), QStringLiteral("at"),
                            QStringLiteral("width"), QStringLiteral("value"), QStringLiteral("style"),
                            QStringLiteral("if")});
            Field field;
            if (const auto label = node.optional(QStringLiteral("label"))) {
                field.label = localizedPattern(*label);
                field.labelAt = point(node.at(QStringLiteral("label_at")));
            }
            field.at = point(node.at(QStringLiteral("at")));
            field.width = number(node.at(QStringLiteral("width")), 5, 300);
            field.value = localizedPattern(node.at(QStringLiteral("value")));
            field.style = node.stringOr(QStringLiteral("style"), field.style);
            field.condition = node.stringOr(QStringLiteral("if"), {});
            f.fields << field;
        }
        if (const auto node = root.optional(QStringLiteral("grid"))) {
            node->allowOnly({QStringLiteral("table"), QStringLiteral("at"), QStringLiteral("row_height"),
                             QStringLiteral("max_rows"), QStringLiteral("columns")});
            Grid grid;
            grid.table = node->stringAt(QStringLiteral("table"));
            grid.at = point(node->at(QStringLiteral("at")));
            grid.rowHeight = number(node->at(QStringLiteral("row_height")), 3, 30);
            grid.maxRows = node->at(QStringLiteral("max_rows")).integer(1, 80);
            for (const JsonNode& col : node->arrayAt(QStringLiteral("columns"))) {
                col.allowOnly(
                    {QStringLiteral("x"), QStringLiteral("width"), QStringLiteral("header"), QStringLiteral("value")});
                grid.columns << GridColumn{number(col.at(QStringLiteral("x")), 0, 300),
                                           number(col.at(QStringLiteral("width")), 5, 300),
                                           localizedPattern(col.at(QStringLiteral("header"))),
                                           localizedPattern(col.at(QStringLiteral("value")))};
            }
            f.grid = grid;
        }
        if (const auto node = root.optional(QStringLiteral("qr"))) {
            node->allowOnly({QStringLiteral("value"), QStringLiteral("at"), QStringLiteral("size")});
            Item qr;
            qr.text = localizedPattern(node->at(QStringLiteral("value")));
            qr.at = point(node->at(QStringLiteral("at")));
            qr.width = number(node->at(QStringLiteral("size")), 10, 60);
            f.qr = qr;
        }
        return f;
    } catch (const JsonError& e) {
        throw TemplateError{e.message(fileName)};
    }
}

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

    const auto drawStatic = [&](LaidOutPage& page) {
        for (const FormTemplate::Item& item : form.items) {
            DrawOp op;
            op.width = item.width;
            if (item.type == FormTemplate::Item::Line) {
                op.kind = DrawOp::Line;
                op.line = QLineF(item.at + shift, item.to + shift);
            } else if (item.type == FormTemplate::Item::Box) {
                op.kind = DrawOp::Box;
                op.rect = QRectF(item.at + shift, item.to + shift);
            } else {
                const TextStyle style = DocumentRenderer::style(item.style);
                const QString text = f.fill(item.text);
                QPointF at = item.at + shift;
                if (item.align & Qt::AlignHCenter)
                    at.rx() -= Typesetter::textWidth(text, style) / 2;
                else if (item.align & Qt::AlignRight)
                    at.rx() -= Typesetter::textWidth(text, style);
                op = textOp(at, text, style);
            }
            page.ops << op;
        }
    };
    if (plain)
        drawStatic(doc.pages.first());

    for (const FormTemplate::Field& field : form.fields) {
        if (!field.condition.isEmpty() && !data.has(field.condition))
            continue;
        LaidOutPage& page = doc.pages.first();
        if (plain && !field.label.isEmpty()) {
            const TextStyle small = DocumentRenderer::style(QStringLiteral("small"));
            page.ops << textOp(field.labelAt + shift, f.fill(field.label), small);
            DrawOp line;
            line.kind = DrawOp::Line;
            line.width = 0.15;
            line.line = QLineF(field.at + shift + QPointF(0, 1), field.at + shift + QPointF(field.width, 1));
            page.ops << line;
        }
        placeValue(page, field.at + shift, field.width, f.fill(field.value), DocumentRenderer::style(field.style));
    }

    if (form.grid) {
        const FormTemplate::Grid& grid = *form.grid;
        const QList<DocumentRow> rows = data.tables.value(grid.table);
        const TextStyle style = DocumentRenderer::style(QStringLiteral("normal"));
        const TextStyle headerStyle = DocumentRenderer::style(QStringLiteral("small"));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qsizetype slot = i % grid.maxRows;
            if (i > 0 && slot == 0) {
                // A continuation sheet (вкладыш) in the same places.
                doc.pages << LaidOutPage{};
                if (plain)
                    drawStatic(doc.pages.last());
            }
            LaidOutPage& page = doc.pages.last();
            if (plain && slot == 0) {
                for (const FormTemplate::GridColumn& c : grid.columns)
                    page.ops << textOp(grid.at + shift + QPointF(c.x, -grid.rowHeight), f.fill(c.header), headerStyle);
            }
            const QPointF origin = grid.at + shift + QPointF(0, static_cast<double>(slot) * grid.rowHeight);
            for (const FormTemplate::GridColumn& c : grid.columns) {
                placeValue(page, origin + QPointF(c.x, 0), c.width, f.fill(c.value, &rows.at(i)), style);
                if (plain) {
                    DrawOp line;
                    line.kind = DrawOp::Line;
                    line.width = 0.1;
                    line.line = QLineF(origin + QPointF(c.x, 1.2), origin + QPointF(c.x + c.width, 1.2));
                    page.ops << line;
                }
            }
        }
    }

    if (plain && form.qr) {
        if (const auto symbol = qrCode(f.fill(form.qr->text))) {
            const double module = form.qr->width / symbol->size.width();
            for (const QRectF& r : symbol->rects) {
                DrawOp op;
                op.kind = DrawOp::Fill;
                op.rect = QRectF(form.qr->at + shift + QPointF(r.x() * module, r.y() * module),
                                 QSizeF(r.width() * module, r.height() * module));
                doc.pages.first().ops << op;
            }
        }
    }
    return doc;
}

LaidOutDocument calibrationPage(Calibration calibration, Language language, const QString& printerName)
{
    LaidOutDocument doc;
    doc.title = QStringLiteral("calibration");
    doc.pages << LaidOutPage{};
    LaidOutPage& page = doc.pages.first();
    const QPointF shift(calibration.dx, calibration.dy);
    const TextStyle tiny{6, false, false};
    for (int x = 10; x < 210; x += 10) {
        DrawOp line;
        line.kind = DrawOp::Line;
        line.width = x % 50 == 0 ? 0.15 : 0.05;
        line.line = QLineF(QPointF(x, 5) + shift, QPointF(x, 292) + shift);
        page.ops << line;
        page.ops << textOp(QPointF(x + 0.5, 9) + shift, QString::number(x), tiny);
    }
    for (int y = 10; y < 297; y += 10) {
        DrawOp line;
        line.kind = DrawOp::Line;
        line.width = y % 50 == 0 ? 0.15 : 0.05;
        line.line = QLineF(QPointF(5, y) + shift, QPointF(205, y) + shift);
        page.ops << line;
        page.ops << textOp(QPointF(6, y - 0.5) + shift, QString::number(y), tiny);
    }
    const QList<QPointF> crosses = {{20, 20}, {190, 20}, {20, 277}, {190, 277}, {105, 148.5}};
    for (const QPointF& c : crosses) {
        for (const QLineF& l :
             {QLineF(c.x() - 6, c.y(), c.x() + 6, c.y()), QLineF(c.x(), c.y() - 6, c.x(), c.y() + 6)}) {
            DrawOp op;
            op.kind = DrawOp::Line;
            op.width = 0.3;
            op.line = l.translated(shift);
            page.ops << op;
        }
    }
    const TextStyle heading = DocumentRenderer::style(QStringLiteral("heading"));
    const TextStyle normal = DocumentRenderer::style(QStringLiteral("normal"));
    const QString title = documentWord(QStringLiteral("calibration.title")).text(language);
    const QString offsets = documentWord(QStringLiteral("calibration.offsets")).text(language);
    const QString hint = documentWord(QStringLiteral("calibration.hint")).text(language);
    page.ops << textOp(QPointF(40, 60), title, heading);
    page.ops << textOp(QPointF(40, 68),
                       offsets.arg(QString::number(calibration.dx, 'f', 1), QString::number(calibration.dy, 'f', 1),
                                   printerName.isEmpty() ? QStringLiteral("PDF") : printerName),
                       normal);
    const QStringList lines = Typesetter::wrap(hint, normal, 130);
    for (qsizetype i = 0; i < lines.size(); ++i)
        page.ops << textOp(QPointF(40, 76 + static_cast<double>(i) * 5), lines.at(i), normal);
    return doc;
}

} // namespace kense
