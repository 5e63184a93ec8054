#include "StatisticsChart.h"

#include "DocumentWords.h"
#include "layout/Typesetter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QValueAxis>

#include <memory>

namespace kense {

namespace {

LocalizedText text(const char* kk, const char* ru)
{
    LocalizedText t;
    t.kk = QString::fromUtf8(kk);
    t.ru = QString::fromUtf8(ru);
    return t;
}

/// The chart is laid out at a screen-like 96 dpi and scaled onto the page, so its fonts keep their proportions.
constexpr double kChartDpi = 96.0;

} // namespace

namespace {

/// Draws the chart with Qt Charts into an image at print resolution. Qt Charts is a graphics scene: it must be
/// driven from the GUI thread, so the chart is drawn here once and only its image is placed when a page is painted
/// (which a preview, a printer job or a PDF export may do on a worker thread). The figures themselves are in the
/// report's table, as text.
QImage recordChart(const QList<ServiceStats>& services, Language language, const QSizeF& logical, double scale)
{
    const struct
    {
        LocalizedText name;
        int ServiceStats::*value;
        QColor colour;
    } sets[] = {
        {text("Мерзімінде берілді", "Выдано в срок"), &ServiceStats::issuedOnTime, QColor(0x2e, 0x7d, 0x32)},
        {text("Кешігіп берілді", "Выдано позже срока"), &ServiceStats::issuedLate, QColor(0xc6, 0x28, 0x28)},
        {text("Бас тартылды", "Отказано"), &ServiceStats::refused, QColor(0x75, 0x75, 0x75)},
        {text("Орындалуда", "В работе"), &ServiceStats::open, QColor(0xf9, 0xa8, 0x25)},
    };
    auto* series = new QHorizontalStackedBarSeries;
    for (const auto& set : sets) {
        auto* bars = new QBarSet(set.name.text(language));
        bars->setColor(set.colour);
        bars->setBorderColor(set.colour);
        for (const ServiceStats& s : services)
            bars->append(s.*(set.value));
        series->append(bars);
    }
    QStringList categories;
    for (const ServiceStats& s : services) {
        // Categories must differ: the name, cut short, and the region (regional variants share a name).
        const QString full = s.name.text(language);
        const qsizetype dash = full.lastIndexOf(QStringLiteral(" — "));
        QString name = dash > 0 ? full.left(dash) : full;
        const QString region = dash > 0 ? full.mid(dash + 3) : QString();
        if (name.size() > 40)
            name = name.left(38) + QStringLiteral("…");
        QString category = region.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, region);
        while (categories.contains(category))
            category += QLatin1Char(' ');
        categories << category;
    }
    QChart chart;
    chart.addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart.addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart.addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(8);
    axisY->setLabelsFont(font);
    axisX->setLabelsFont(font);
    chart.legend()->setFont(font);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundVisible(false);
    chart.setMargins(QMargins(0, 0, 0, 0));

    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    QImage image((logical * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(kChartDpi * scale / 0.0254));
    image.setDotsPerMeterY(qRound(kChartDpi * scale / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    scene.render(&painter, QRectF(QPointF(0, 0), logical * scale), QRectF(QPointF(0, 0), logical));
    painter.end();
    scene.removeItem(&chart);
    return image;
}

} // namespace

ChartPainter servicesChart(const QList<ServiceStats>& services)
{
    // 175 × 110 mm, laid out at a screen-like 96 dpi so that the chart's fonts keep their proportions, drawn at
    // 288 dpi.
    const QSizeF logical(175.0 / 25.4 * kChartDpi, 110.0 / 25.4 * kChartDpi);
    const auto kk = std::make_shared<QImage>(recordChart(services, Language::Kazakh, logical, 3.0));
    const auto ru = std::make_shared<QImage>(recordChart(services, Language::Russian, logical, 3.0));
    return [kk, ru](QPainter& painter, const QRectF& rect, Language language) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(rect, language == Language::Kazakh ? *kk : *ru);
    };
}

} // namespace kense
