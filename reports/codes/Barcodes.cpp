#include "codes/Barcodes.h"

#include <qrencode.h>

#include <memory>
#include <zint.h>

namespace kense {

std::optional<Symbol> code128(const QString& data, QString* error)
{
    const QByteArray bytes = data.toLatin1();
    if (data.isEmpty() || bytes.size() > 80) {
        if (error)
            *error = QStringLiteral("a Code 128 barcode holds 1 to 80 characters");
        return std::nullopt;
    }
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0; // the number is printed by the document in its own font
    symbol->whitespace_width = 10;
    symbol->height = 1;
    int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                             static_cast<int>(bytes.size()));
    if (rc < ZINT_ERROR)
        rc = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (rc >= ZINT_ERROR) {
        if (error)
            *error = QString::fromLatin1(symbol->errtxt);
        return std::nullopt;
    }
    Symbol out;
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next)
        out.rects << QRectF(r->x, 0, r->width, 1);
    out.size = QSizeF(symbol->vector->width, 1);
    out.modules = symbol->width + 2 * symbol->whitespace_width;
    // zint's vector units depend on its scale setting; normalise them to modules so that a caller can choose a
    // module width in millimetres.
    const double unit = out.size.width() / out.modules;
    if (unit > 0 && unit != 1.0) {
        for (QRectF& r : out.rects)
            r = QRectF(r.x() / unit, 0, r.width() / unit, 1);
        out.size = QSizeF(out.modules, 1);
    }
    return out;
}

std::optional<Symbol> qrCode(const QString& data, QString* error)
{
    const QByteArray bytes = data.toUtf8();
    QRcode* code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        if (error)
            *error = QStringLiteral("the text is too long for a QR code");
        return std::nullopt;
    }
    constexpr int quiet = 4;
    Symbol out;
    out.modules = code->width + 2 * quiet;
    out.size = QSizeF(out.modules, out.modules);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                out.rects << QRectF(x + quiet, y + quiet, 1, 1);
        }
    }
    QRcode_free(code);
    return out;
}

} // namespace kense
