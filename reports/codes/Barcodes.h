#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace kense {

/// A symbol as black rectangles in its own units (a module is 1 × 1), ready to be scaled onto the page.
struct Symbol
{
    QList<QRectF> rects;
    QSizeF size;     ///< including the quiet zone
    int modules = 0; ///< modules across, for choosing a printable module width
};

/// A Code 128 barcode of `data` (ASCII), encoded by libzint, with the 10-module quiet zones a scanner needs.
/// nullopt with the reason in `error` for data Code 128 cannot carry.
std::optional<Symbol> code128(const QString& data, QString* error = nullptr);

/// A QR code (error correction M) of `data` in UTF-8, encoded by libqrencode, with a 4-module quiet zone.
std::optional<Symbol> qrCode(const QString& data, QString* error = nullptr);

} // namespace kense
