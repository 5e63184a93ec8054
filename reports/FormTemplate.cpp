#include "FormTemplate.h"

#include "DocumentRenderer.h"
#include "common/JsonNode.h"

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
                    QStringLiteral("size"), QStringLiteral("wrap"), QStringLiteral("height")});
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
    if (const auto w = node.optional(QStringLiteral("wrap")))
        item.wrap = number(*w, 10, 300);
    if (const auto h = node.optional(QStringLiteral("height")))
        item.height = number(*h, 3, 100);
    return item;
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
                            QStringLiteral("if"), QStringLiteral("align"), QStringLiteral("height")});
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
            if (const auto align = node.optional(QStringLiteral("align")))
                field.align = alignmentFromName(align->string());
            if (const auto h = node.optional(QStringLiteral("height")))
                field.height = number(*h, 0, 60);
            f.fields << field;
        }
        if (const auto node = root.optional(QStringLiteral("grid"))) {
            node->allowOnly({QStringLiteral("table"), QStringLiteral("at"), QStringLiteral("row_height"),
                             QStringLiteral("max_rows"), QStringLiteral("bottom"), QStringLiteral("columns"),
                             QStringLiteral("style"), QStringLiteral("continuation")});
            Grid grid;
            grid.table = node->stringAt(QStringLiteral("table"));
            grid.at = point(node->at(QStringLiteral("at")));
            grid.rowHeight = number(node->at(QStringLiteral("row_height")), 3, 30);
            grid.maxRows = node->at(QStringLiteral("max_rows")).integer(1, 80);
            if (const auto bottom = node->optional(QStringLiteral("bottom")))
                grid.bottom = number(*bottom, grid.at.y(), 500);
            grid.style = node->stringOr(QStringLiteral("style"), grid.style);
            if (const auto c = node->optional(QStringLiteral("continuation"))) {
                c->allowOnly({QStringLiteral("at"), QStringLiteral("width"), QStringLiteral("text")});
                Item item;
                item.at = point(c->at(QStringLiteral("at")));
                item.wrap = number(c->at(QStringLiteral("width")), 10, 300);
                item.text = localizedPattern(c->at(QStringLiteral("text")));
                grid.continuation = item;
            }
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
            node->allowOnly(
                {QStringLiteral("value"), QStringLiteral("at"), QStringLiteral("size"), QStringLiteral("box")});
            Item qr;
            qr.text = localizedPattern(node->at(QStringLiteral("value")));
            qr.at = point(node->at(QStringLiteral("at")));
            qr.width = number(node->at(QStringLiteral("size")), 10, 60);
            if (const auto box = node->optional(QStringLiteral("box"))) {
                if (!box->value().isBool())
                    box->fail(QStringLiteral("true or false is expected"));
                qr.boxed = box->value().toBool();
            }
            f.qr = qr;
        }
        return f;
    } catch (const JsonError& e) {
        throw TemplateError{e.message(fileName)};
    }
}

} // namespace kense
