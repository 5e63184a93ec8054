#include "layout/PagePainter.h"

#include "platform/WholeFile.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace kense {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kense::PagePainter)
};
} // namespace

QPageLayout pageLayoutOf(const LaidOutDocument& document)
{
    const QSizeF size = document.pageSizeMm;
    const bool landscape = size.width() > size.height();
    const QSizeF portrait = landscape ? size.transposed() : size;
    QPageSize paper(portrait, QPageSize::Millimeter);
    if (std::abs(portrait.width() - 210) < 0.5 && std::abs(portrait.height() - 297) < 0.5)
        paper = QPageSize(QPageSize::A4);
    return QPageLayout(paper, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

void paintPage(QPainter& painter, const LaidOutPage& page, double deviceDpi)
{
    painter.save();
    const double scale = deviceDpi / kLayoutDpi;
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const DrawOp& op : page.ops) {
        switch (op.kind) {
        case DrawOp::Text:
            painter.setFont(documentFont(op.style));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(mmToGrid(op.at.x()), mmToGrid(op.at.y())), op.text);
            break;
        case DrawOp::Line:
        case DrawOp::Box: {
            QPen pen(Qt::black);
            pen.setWidthF(mmToGrid(op.width));
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            if (op.kind == DrawOp::Line)
                painter.drawLine(QLineF(mmToGrid(op.line.x1()), mmToGrid(op.line.y1()), mmToGrid(op.line.x2()),
                                        mmToGrid(op.line.y2())));
            else
                painter.drawRect(QRectF(mmToGrid(op.rect.x()), mmToGrid(op.rect.y()), mmToGrid(op.rect.width()),
                                        mmToGrid(op.rect.height())));
            break;
        }
        case DrawOp::Fill:
            painter.fillRect(QRectF(mmToGrid(op.rect.x()), mmToGrid(op.rect.y()), mmToGrid(op.rect.width()),
                                    mmToGrid(op.rect.height())),
                             Qt::black);
            break;
        case DrawOp::Custom:
            if (op.paint) {
                painter.save();
                op.paint(painter, QRectF(mmToGrid(op.rect.x()), mmToGrid(op.rect.y()), mmToGrid(op.rect.width()),
                                         mmToGrid(op.rect.height())));
                painter.restore();
            }
            break;
        }
    }
    painter.restore();
}

bool paintDocument(const LaidOutDocument& document, QPagedPaintDevice& device, QString* error)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = Tr::tr("the printer or file could not be opened for writing");
        return false;
    }
    const double dpi = device.logicalDpiX();
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            if (error)
                *error = Tr::tr("the printer refused page %1").arg(i + 1);
            painter.end();
            return false;
        }
        paintPage(painter, document.pages.at(i), dpi);
    }
    if (!painter.end()) {
        if (error)
            *error = Tr::tr("the printer or file did not accept the document");
        return false;
    }
    return true;
}

bool writePdf(const LaidOutDocument& document, const QString& path, QString* error)
{
    // Whole or absent: a full disk or a removed stick leaves no half-written PDF under the name.
    const QString failed = WholeFile::write(path, [&document](QIODevice* device) {
        QPdfWriter writer(device);
        writer.setResolution(static_cast<int>(kLayoutDpi));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Kense"));
        writer.setPageLayout(pageLayoutOf(document));
        QString reason;
        paintDocument(document, writer, &reason);
        return reason;
    });
    if (!failed.isEmpty() && error)
        *error = failed;
    return failed.isEmpty();
}

} // namespace kense
