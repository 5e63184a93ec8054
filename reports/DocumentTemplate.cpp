#include "DocumentTemplate.h"

#include "common/JsonNode.h"
#include "paths/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kense {

namespace {

const QStringList kTypes = {QStringLiteral("text"), QStringLiteral("fields"),    QStringLiteral("table"),
                            QStringLiteral("list"), QStringLiteral("signature"), QStringLiteral("barcode"),
                            QStringLiteral("qr"),   QStringLiteral("chart"),     QStringLiteral("space"),
                            QStringLiteral("rule"), QStringLiteral("page_break")};
const QStringList kStyles = {QStringLiteral("title"), QStringLiteral("heading"), QStringLiteral("normal"),
                             QStringLiteral("bold"),  QStringLiteral("small"),   QStringLiteral("italic")};

LocalizedText optionalPattern(const JsonNode& node, const QString& key)
{
    const auto value = node.optional(key);
    return value ? localizedPattern(*value) : LocalizedText{};
}

TemplateBlock parseBlock(const JsonNode& node)
{
    node.allowOnly({QStringLiteral("type"), QStringLiteral("if"), QStringLiteral("text"), QStringLiteral("style"),
                    QStringLiteral("align"), QStringLiteral("label_width"), QStringLiteral("rows"),
                    QStringLiteral("table"), QStringLiteral("columns"), QStringLiteral("empty"),
                    QStringLiteral("caption"), QStringLiteral("size"), QStringLiteral("value")});
    TemplateBlock b;
    b.type = static_cast<TemplateBlock::Type>(kTypes.indexOf(node.at(QStringLiteral("type")).oneOf(kTypes)));
    b.condition = node.stringOr(QStringLiteral("if"), {});
    b.text = optionalPattern(node, QStringLiteral("text"));
    if (const auto style = node.optional(QStringLiteral("style")))
        b.style = style->oneOf(kStyles);
    if (const auto align = node.optional(QStringLiteral("align")))
        b.align = alignmentFromName(
            align->oneOf({QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")}));
    if (const auto w = node.optional(QStringLiteral("label_width")))
        b.labelWidth = w->integer(10, 150);
    if (const auto size = node.optional(QStringLiteral("size")))
        b.size = size->integer(1, 250);
    b.table = node.stringOr(QStringLiteral("table"), {});
    b.empty = optionalPattern(node, QStringLiteral("empty"));
    b.caption = optionalPattern(node, QStringLiteral("caption"));
    if (b.type == TemplateBlock::Barcode || b.type == TemplateBlock::Qr)
        b.value = localizedPattern(node.at(QStringLiteral("value")));
    else
        b.value = optionalPattern(node, QStringLiteral("value"));
    for (const JsonNode& row : node.optionalArrayAt(QStringLiteral("rows"))) {
        row.allowOnly({QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("if")});
        b.rows << TemplateBlock::Row{localizedPattern(row.at(QStringLiteral("label"))),
                                     optionalPattern(row, QStringLiteral("value")),
                                     row.stringOr(QStringLiteral("if"), {})};
    }
    for (const JsonNode& col : node.optionalArrayAt(QStringLiteral("columns"))) {
        col.allowOnly({QStringLiteral("header"), QStringLiteral("value"), QStringLiteral("width"),
                       QStringLiteral("align"), QStringLiteral("barcode")});
        TemplateBlock::Column c;
        c.header = localizedPattern(col.at(QStringLiteral("header")));
        c.value = localizedPattern(col.at(QStringLiteral("value")));
        c.width = col.at(QStringLiteral("width")).integer(1, 200);
        c.barcode = col.booleanOr(QStringLiteral("barcode"), false);
        if (const auto align = col.optional(QStringLiteral("align")))
            c.align = alignmentFromName(
                align->oneOf({QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")}));
        b.columns << c;
    }
    const bool needsTable =
        b.type == TemplateBlock::Table || b.type == TemplateBlock::List || b.type == TemplateBlock::Chart;
    if (needsTable && b.table.isEmpty())
        node.fail(QStringLiteral("a %1 block names its \"table\"").arg(kTypes.at(b.type)));
    if (b.type == TemplateBlock::Table && b.columns.isEmpty())
        node.fail(QStringLiteral("a table block lists its \"columns\""));
    if (b.type == TemplateBlock::Fields && b.rows.isEmpty())
        node.fail(QStringLiteral("a fields block lists its \"rows\""));
    return b;
}

} // namespace

LocalizedText localizedPattern(const JsonNode& node)
{
    if (node.value().isString()) {
        LocalizedText t;
        t.kk = t.ru = node.value().toString();
        return t;
    }
    node.allowOnly({QStringLiteral("kk"), QStringLiteral("ru")});
    LocalizedText t;
    t.kk = node.at(QStringLiteral("kk")).value().toString();
    t.ru = node.at(QStringLiteral("ru")).value().toString();
    return t;
}

Qt::Alignment alignmentFromName(const QString& name)
{
    if (name == QLatin1String("center"))
        return Qt::AlignHCenter;
    if (name == QLatin1String("right"))
        return Qt::AlignRight;
    return Qt::AlignLeft;
}

QString templateFile(const QString& fileName)
{
    const QString own = QDir(AppPaths::templatesOverrideDirectory()).filePath(fileName);
    return QFileInfo::exists(own) ? own : QStringLiteral(":/templates/") + fileName;
}

QString DocumentTemplate::fileFor(const QString& kind)
{
    return templateFile(kind + QStringLiteral(".json"));
}

DocumentTemplate DocumentTemplate::load(const QString& kind)
{
    const QString path = fileFor(kind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TemplateError{QStringLiteral("%1: there is no template for the document \"%2\"").arg(path, kind)};
    return parse(file.readAll(), path);
}

DocumentTemplate DocumentTemplate::parse(const QByteArray& json, const QString& fileName)
{
    try {
        const JsonNode root = JsonNode::parse(json);
        root.allowOnly({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("orientation"),
                        QStringLiteral("copies"), QStringLiteral("copy_caption"), QStringLiteral("footer"),
                        QStringLiteral("blocks")});
        DocumentTemplate t;
        t.kind = root.stringAt(QStringLiteral("kind"));
        t.name = localizedPattern(root.at(QStringLiteral("name")));
        if (const auto orientation = root.optional(QStringLiteral("orientation")))
            t.landscape = orientation->oneOf({QStringLiteral("portrait"), QStringLiteral("landscape")}) ==
                          QLatin1String("landscape");
        if (const auto copies = root.optional(QStringLiteral("copies")))
            t.copies = copies->integer(1, 5);
        t.copyCaption = optionalPattern(root, QStringLiteral("copy_caption"));
        t.footer = optionalPattern(root, QStringLiteral("footer"));
        for (const JsonNode& block : root.arrayAt(QStringLiteral("blocks")))
            t.blocks << parseBlock(block);
        return t;
    } catch (const JsonError& e) {
        throw TemplateError{e.message(fileName)};
    }
}

} // namespace kense
