#pragma once

// Reading a rendered PDF back the way a person or a scanner would: its text (pdftotext), its words with their
// boxes (pdftotext -bbox) and its barcodes (pdftoppm + zbarimg).
#include <QDir>
#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kense::test {

inline QByteArray runTool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

inline QString pdfText(const QString& pdf)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

struct PdfWord
{
    int page = 0;
    QRectF box; ///< points from the page's top-left corner
    QString text;
};

struct PdfWords
{
    QList<QSizeF> pages;
    QList<PdfWord> words;
};

inline PdfWords pdfWords(const QString& pdf)
{
    const QString html =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    static const QRegularExpression page(QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)">)re"));
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    PdfWords out;
    const QStringList parts = html.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString chunk = QStringLiteral("<page ") + parts.at(i);
        const auto m = page.match(chunk);
        out.pages << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        auto it = word.globalMatch(chunk);
        while (it.hasNext()) {
            const auto w = it.next();
            out.words << PdfWord{static_cast<int>(i),
                                 QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                        QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                                 w.captured(5)
                                     .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                                     .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                                     .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                                     .replace(QStringLiteral("&quot;"), QStringLiteral("\""))};
        }
    }
    return out;
}

/// Every barcode and QR code zbarimg finds on the pages, rendered at `dpi`.
inline QStringList pdfBarcodes(const QString& pdf, int dpi = 300)
{
    QTemporaryDir dir;
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                         QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("p"))});
    QStringList images;
    for (const QString& f : QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        images << dir.filePath(f);
    QStringList codes;
    const QString out = QString::fromUtf8(
        runTool(QStringLiteral("zbarimg"), QStringList{QStringLiteral("-q"), QStringLiteral("--raw")} + images));
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        codes << line.trimmed();
    return codes;
}

/// Words that overlap another word on the same page, and words outside the printable area.
inline QStringList layoutFaults(const PdfWords& words, double marginPt = 20)
{
    QStringList faults;
    for (qsizetype i = 0; i < words.words.size(); ++i) {
        const PdfWord& a = words.words.at(i);
        const QSizeF page = words.pages.at(a.page - 1);
        if (a.box.left() < marginPt || a.box.right() > page.width() - marginPt || a.box.top() < marginPt ||
            a.box.bottom() > page.height() - 10)
            faults << QStringLiteral("p%1 \"%2\" outside the page").arg(a.page).arg(a.text);
        for (qsizetype j = i + 1; j < words.words.size(); ++j) {
            const PdfWord& b = words.words.at(j);
            if (b.page != a.page)
                continue;
            const QRectF overlap = a.box.adjusted(0.6, 0.6, -0.6, -0.6) & b.box.adjusted(0.6, 0.6, -0.6, -0.6);
            if (overlap.width() > 0 && overlap.height() > 0)
                faults << QStringLiteral("p%1 \"%2\" overlaps \"%3\"").arg(a.page).arg(a.text, b.text);
        }
    }
    return faults;
}

} // namespace kense::test
