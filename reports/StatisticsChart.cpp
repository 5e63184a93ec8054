#include "StatisticsChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kense {

namespace {

LocalizedText text(const char* kk, const char* ru)
{
    LocalizedText t;
    t.kk = QString::fromUtf8(kk);
    t.ru = QString::fromUtf8(ru);
    return t;
}

struct Series
{
    LocalizedText name;
    int ServiceStats::*value;
    QColor colour;
};

const Series kSeries[] = {
    {text("Мерзімінде берілді", "Выдано в срок"), &ServiceStats::issuedOnTime, QColor(0x2e, 0x7d, 0x32)},
    {text("Кешігіп берілді", "Выдано позже срока"), &ServiceStats::issuedLate, QColor(0xc6, 0x28, 0x28)},
    {text("Бас тартылды", "Отказано"), &ServiceStats::refused, QColor(0x75, 0x75, 0x75)},
    {text("Орындалуда", "В работе"), &ServiceStats::open, QColor(0xf9, 0xa8, 0x25)},
};

/// The chart's box is 175 mm wide on the page; sizes below are in millimetres of it.
constexpr double kWidthMm = 175.0;
constexpr double kFontMm = 2.2;
constexpr double kGapMm = 1.5;

/// Distinct category labels: the name cut short, and the region (regional variants share a name).
QStringList categories(const QList<ServiceStats>& services, Language language)
{
    QStringList out;
    for (const ServiceStats& s : services) {
        const QString full = s.name.text(language);
        const qsizetype dash = full.lastIndexOf(QStringLiteral(" — "));
        QString name = dash > 0 ? full.left(dash) : full;
        const QString region = dash > 0 ? full.mid(dash + 3) : QString();
        if (name.size() > 40)
            name = name.left(38) + QStringLiteral("…");
        QString category = region.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, region);
        while (out.contains(category))
            category += QLatin1Char(' ');
        out << category;
    }
    return out;
}

/// A round step for about `ticks` divisions of [0, max]: 1, 2 or 5 times a power of ten.
int tickStep(int max, int ticks)
{
    const double raw = std::max(1.0, static_cast<double>(max) / ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max(1, static_cast<int>(m * power));
    }
    return std::max(1, static_cast<int>(10 * power));
}

/// The label cut to `width`: the service's name is shortened first, so that the region stays readable.
QString fitted(const QFontMetricsF& metrics, const QString& label, double width)
{
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    const qsizetype dash = label.lastIndexOf(QStringLiteral(" — "));
    if (dash > 0) {
        const QString region = label.mid(dash);
        const double room = width - metrics.horizontalAdvance(region);
        if (room > width / 3)
            return metrics.elidedText(label.left(dash), Qt::ElideRight, room) + region;
    }
    return metrics.elidedText(label, Qt::ElideRight, width);
}

void paintChart(QPainter& painter, const QRectF& rect, Language language, const QList<ServiceStats>& services,
                const QStringList& labels)
{
    const double mm = rect.width() / kWidthMm;
    const double gap = kGapMm * mm;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, qRound(kFontMm * mm)));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(font);
    QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height();

    // The legend, at the bottom, wrapped onto as many lines as it needs.
    struct Entry
    {
        QPointF at;
        const Series* series;
    };
    QList<Entry> legend;
    double x = rect.left(), y = 0;
    int legendLines = 1;
    for (const Series& s : kSeries) {
        const double w = line + gap / 2 + metrics.horizontalAdvance(s.name.text(language)) + 2 * gap;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += line * 1.2;
            ++legendLines;
        }
        legend << Entry{QPointF(x, y), &s};
        x += w;
    }
    const double legendTop = rect.bottom() - legendLines * line * 1.2;
    for (const Entry& e : legend) {
        const QPointF at(e.at.x(), legendTop + e.at.y());
        painter.fillRect(QRectF(at + QPointF(0, line * 0.15), QSizeF(line * 0.7, line * 0.7)), e.series->colour);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(at + QPointF(line * 0.7 + gap / 2, 0), QSizeF(rect.width(), line)),
                         Qt::AlignLeft | Qt::AlignVCenter, e.series->name.text(language));
    }

    // The plot: category labels on the left, the value axis under the bars.
    int max = 1;
    for (const ServiceStats& s : services) {
        int sum = 0;
        for (const Series& series : kSeries)
            sum += s.*(series.value);
        max = std::max(max, sum);
    }
    const int step = tickStep(max, 5);
    const int top = ((max + step - 1) / step) * step;
    double labelWidth = 0;
    for (const QString& l : labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(l));
    labelWidth = std::min(labelWidth, rect.width() * 0.45);
    const double axisHeight = line + gap;
    const QRectF plot(rect.left() + labelWidth + gap, rect.top(),
                      rect.right() - metrics.horizontalAdvance(QString::number(top)) / 2 - rect.left() - labelWidth -
                          gap,
                      legendTop - gap - axisHeight - rect.top());
    if (plot.width() <= 0 || plot.height() <= 0 || services.isEmpty()) {
        painter.restore();
        return;
    }
    const auto xOf = [&](double v) {
        return plot.left() + plot.width() * v / top;
    };
    QPen grid(QColor(0xbd, 0xbd, 0xbd));
    grid.setWidthF(0.15 * mm);
    for (int v = 0; v <= top; v += step) {
        painter.setPen(grid);
        painter.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
        painter.setPen(Qt::black);
        const QString number = QString::number(v);
        const double w = metrics.horizontalAdvance(number);
        painter.drawText(QRectF(xOf(v) - w, plot.bottom() + gap / 2, 2 * w, line), Qt::AlignCenter, number);
    }
    const double band = plot.height() / services.size();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const double middle = plot.top() + band * (static_cast<double>(i) + 0.5);
        const double height = std::min(band * 0.6, line * 1.5);
        double from = 0;
        for (const Series& series : kSeries) {
            const int value = services.at(i).*(series.value);
            if (value > 0)
                painter.fillRect(
                    QRectF(QPointF(xOf(from), middle - height / 2), QPointF(xOf(from + value), middle + height / 2)),
                    series.colour);
            from += value;
        }
        if (band >= line * 0.8) { // a label only where it has room; the table beside the chart names every row
            painter.setPen(Qt::black);
            painter.drawText(QRectF(rect.left(), middle - line / 2, labelWidth, line),
                             Qt::AlignRight | Qt::AlignVCenter, fitted(metrics, labels.at(i), labelWidth));
        }
    }
    QPen axis(Qt::black);
    axis.setWidthF(0.25 * mm);
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.restore();
}

} // namespace

ChartPainter servicesChart(const QList<ServiceStats>& services)
{
    const QStringList kk = categories(services, Language::Kazakh);
    const QStringList ru = categories(services, Language::Russian);
    return [services, kk, ru](QPainter& painter, const QRectF& rect, Language language) {
        paintChart(painter, rect, language, services, language == Language::Kazakh ? kk : ru);
    };
}

} // namespace kense
