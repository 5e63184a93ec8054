#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QSizeF>
#include <QString>

namespace kense {

/// A refused template file: "templates/receipt.json: blocks[3].type: reason".
struct TemplateError
{
    QString message;
};

/// One block of a flowing document, as a template file describes it. Texts are patterns: "{key}" takes a value of
/// the document's data, in the language being printed.
struct TemplateBlock
{
    enum Type
    {
        Text,      ///< a paragraph in a style: title, heading, normal, bold, small, italic
        Fields,    ///< label: value rows
        Table,     ///< a table over one of the data's tables, its header repeated on every page
        List,      ///< a numbered list over one of the data's tables
        Signature, ///< label ______ name, with a caption under the line
        Barcode,   ///< Code 128 of a value
        Qr,        ///< QR code of a value
        Chart,     ///< a chart the caller draws (reports)
        Space,
        Rule,
        PageBreak
    };
    struct Row
    {
        LocalizedText label;
        LocalizedText value;
        QString condition;
    };
    struct Column
    {
        LocalizedText header;
        LocalizedText value;
        double width = 1;
        Qt::Alignment align = Qt::AlignLeft;
        bool barcode = false; ///< the value printed as a Code 128 barcode, with the text under it
    };

    Type type = Text;
    QString condition; ///< "key": only when the value is not empty; "!key": only when it is; "#table": rows exist
    LocalizedText text;
    LocalizedText value; ///< Barcode, Qr: what is encoded; Signature: the name beside the line
    QString style = QStringLiteral("normal");
    Qt::Alignment align = Qt::AlignLeft;
    double labelWidth = 60; ///< Fields, mm
    QList<Row> rows;        ///< Fields
    QString table;          ///< Table, List, Chart
    QList<Column> columns;  ///< Table
    LocalizedText empty;    ///< Table, List: the line printed when the table has no rows
    LocalizedText caption;  ///< Signature, Barcode
    double size = 0;        ///< Barcode/Chart/Qr height, Space mm
};

/// A flowing document (receipts, letters, registers, reports): its blocks in order, how many copies one run
/// prints and the footer of each page.
struct DocumentTemplate
{
    QString kind;
    LocalizedText name;
    bool landscape = false; ///< wide tables (journals): A4 across
    int copies = 1;
    LocalizedText copyCaption; ///< "{copy}" is the copy's number
    LocalizedText footer;      ///< "{page}", "{pages}" and any data value
    QList<TemplateBlock> blocks;

    /// The template of `kind`: the administrator's `<data>/templates/<kind>.json` if there is one, else the
    /// built-in `:/templates/<kind>.json`. Throws TemplateError naming the file, the JSON path and the reason.
    static DocumentTemplate load(const QString& kind);
    static DocumentTemplate parse(const QByteArray& json, const QString& fileName);
    /// The file `load` reads for `kind`.
    static QString fileFor(const QString& kind);
};

/// The file of a template or layout named `fileName` ("receipt.json", "duplicate_tve.form.json"): the
/// administrator's in <data>/templates if there is one, else the built-in one in :/templates.
QString templateFile(const QString& fileName);

/// "text" or {"kk": …, "ru": …} of a template file.
class JsonNode;
LocalizedText localizedPattern(const JsonNode& node);
Qt::Alignment alignmentFromName(const QString& name);

} // namespace kense
