// The calibration page: a millimetre grid and crosses that show how far a printer shifts a blank.
#include "DocumentRenderer.h"
#include "DocumentWords.h"
#include "FormTemplate.h"
#include "layout/Typesetter.h"

namespace kense {

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
