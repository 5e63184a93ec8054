#pragma once

#include "DocumentLanguages.h"
#include "DocumentTemplate.h"
#include "documents/DocumentData.h"
#include "layout/LaidOutDocument.h"

#include <QPointF>

namespace kense {

/// A document placed field by field in millimetres: a duplicate on its pre-printed blank. The same file describes
/// what plain paper needs drawn around the values (frame, titles, labels, lines).
struct FormTemplate
{
    struct Item
    {
        enum Type
        {
            Text,
            Line,
            Box
        } type = Text;
        QPointF at; ///< Text: baseline start (or centre, with align); Line: from; Box: top-left
        QPointF to; ///< Line: to; Box: bottom-right
        LocalizedText text;
        QString style = QStringLiteral("normal");
        Qt::Alignment align = Qt::AlignLeft;
        double width = 0.3;
        double wrap = 0;    ///< Text: wrapped to lines this wide (mm), each aligned; in both languages, kk then ru
        double height = 0;  ///< Text with wrap: set smaller (down to 7 pt) until its lines fit this height (mm)
        bool boxed = false; ///< QR: drawn in a box of its own
    };
    struct Field
    {
        LocalizedText label;
        QPointF labelAt;
        QPointF at; ///< the value's baseline start
        double width = 100;
        LocalizedText value;
        QString style = QStringLiteral("bold");
        QString condition;
        Qt::Alignment align = Qt::AlignLeft; ///< left: from `at`; centre: centred on at.x + width / 2
        double height = 0; ///< room for the value below its baseline (mm): it may wrap into it, never beyond
    };
    struct GridColumn
    {
        double x = 0;
        double width = 50;
        LocalizedText header;
        LocalizedText value;
    };
    struct Grid
    {
        QString table;
        QPointF at; ///< the first row's baseline; the headers stand one row above
        double rowHeight = 6;
        int maxRows = 20;  ///< rows per sheet; the rest go on continuation sheets (вкладыш)
        double bottom = 0; ///< no row's baseline below this (mm): a row whose wrapped values reach it starts a sheet
        QString style = QStringLiteral("normal");
        std::optional<Item> continuation; ///< what a continuation sheet says it continues: text at `at`, `wrap` wide
        QList<GridColumn> columns;
    };

    QString kind;
    LocalizedText name;
    QSizeF page{210, 297};
    QList<Item> items; ///< plain paper only
    QList<Field> fields;
    std::optional<Grid> grid;
    std::optional<Item> qr; ///< plain paper only: text = value, width = size

    static FormTemplate load(const QString& kind); ///< `<data>/templates/<kind>.form.json` or the built-in one
    static FormTemplate parse(const QByteArray& json, const QString& fileName);
};

enum class FormMode
{
    PlainPaper, ///< the whole form is drawn
    Blank       ///< only the values, on the official pre-printed blank
};

/// Per-printer shift of everything on a blank, in millimetres (right and down are positive).
struct Calibration
{
    double dx = 0;
    double dy = 0;
};

/// Places the values (and on plain paper the whole form). Values too long for their place are set smaller, down
/// to 7 pt, then wrapped, so nothing is cut off. `calibration` moves every mark on the page.
LaidOutDocument layOutForm(const FormTemplate& form, const DocumentData& data, DocumentLanguages languages,
                           FormMode mode, Calibration calibration, QStringList* missing = nullptr);

/// A page to check a printer's calibration: a millimetre grid and crosses at 20 mm from the edges and at the
/// centre, all shifted by `calibration`.
LaidOutDocument calibrationPage(Calibration calibration, Language language, const QString& printerName);

} // namespace kense
