#pragma once

// The layout check of a printed page: what a person holding the paper would see as wrong. Words come from the
// PDF (pdftotext -bbox), the frame and the barcode and QR rectangles from the laid-out document that produced it.
#include "PdfText.h"
#include "layout/LaidOutDocument.h"

#include <optional>

namespace kense::test {

constexpr double kPointsPerMm = 72.0 / 25.4;

inline QRectF toPoints(const QRectF& mm)
{
    return QRectF(mm.x() * kPointsPerMm, mm.y() * kPointsPerMm, mm.width() * kPointsPerMm, mm.height() * kPointsPerMm);
}

/// The rectangles of the codes on a page: filled modules and bars that touch (within 1.5 mm) make one code.
inline QList<QRectF> codeRects(const LaidOutPage& page)
{
    QList<QRectF> codes;
    for (const DrawOp& op : page.ops) {
        if (op.kind != DrawOp::Fill)
            continue;
        QRectF r = op.rect.normalized();
        bool merged = true;
        while (merged) {
            merged = false;
            for (qsizetype i = 0; i < codes.size(); ++i) {
                if (codes.at(i).adjusted(-1.5, -1.5, 1.5, 1.5).intersects(r)) {
                    r |= codes.takeAt(i);
                    merged = true;
                    break;
                }
            }
        }
        codes << r;
    }
    return codes;
}

/// The innermost frame of a form: the smallest box covering more than half of the page, if any.
inline std::optional<QRectF> frameOf(const LaidOutPage& page, QSizeF pageMm)
{
    std::optional<QRectF> frame;
    const double half = pageMm.width() * pageMm.height() / 2;
    for (const DrawOp& op : page.ops) {
        const QRectF r = op.rect.normalized();
        if (op.kind == DrawOp::Box && r.width() * r.height() > half &&
            (!frame || r.width() * r.height() < frame->width() * frame->height()))
            frame = r;
    }
    return frame;
}

/// Everything wrong with the layout of `pdf`, rendered from `doc`: words that overlap, words outside the
/// printable area (5 mm from each edge) or outside the form's frame, and codes over words.
inline QStringList layoutFaults(const QString& pdf, const LaidOutDocument& doc)
{
    const PdfWords words = pdfWords(pdf);
    QStringList faults;
    if (words.pages.size() != doc.pages.size())
        faults << QStringLiteral("%1 pages in the PDF, %2 laid out").arg(words.pages.size()).arg(doc.pages.size());
    const double margin = 5 * kPointsPerMm;
    for (qsizetype i = 0; i < words.words.size(); ++i) {
        const PdfWord& a = words.words.at(i);
        const QSizeF size = words.pages.at(a.page - 1);
        const QRectF printable(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
        const QRectF box = a.box.adjusted(0.6, 0.6, -0.6, -0.6);
        if (!printable.contains(box))
            faults << QStringLiteral("p%1 \"%2\" outside the printable area").arg(a.page).arg(a.text);
        if (a.page <= doc.pages.size()) {
            const LaidOutPage& page = doc.pages.at(a.page - 1);
            if (const auto frame = frameOf(page, doc.pageSizeMm); frame && !toPoints(*frame).contains(box))
                faults << QStringLiteral("p%1 \"%2\" outside the frame").arg(a.page).arg(a.text);
            for (const QRectF& code : codeRects(page)) {
                if (toPoints(code).intersects(box))
                    faults << QStringLiteral("p%1 \"%2\" under a code").arg(a.page).arg(a.text);
            }
        }
        for (qsizetype j = i + 1; j < words.words.size(); ++j) {
            const PdfWord& b = words.words.at(j);
            if (b.page != a.page)
                continue;
            const QRectF overlap = box & b.box.adjusted(0.6, 0.6, -0.6, -0.6);
            if (overlap.width() > 0 && overlap.height() > 0)
                faults << QStringLiteral("p%1 \"%2\" overlaps \"%3\"").arg(a.page).arg(a.text, b.text);
        }
    }
    return faults;
}

} // namespace kense::test
