#include "StatisticsChart.h"

#include "DocumentWords.h"
#include "layout/Typesetter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QValueAxis>

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

ChartPainter servicesChart(const QList<ServiceStats>& services)
{
    return [services](QPainter& painter, const QRectF& rect, Language language) {
        const QSizeF logical(rect.width() / kLayoutDpi * kChartDpi, rect.height() / kLayoutDpi * kChartDpi);
        const struct
        {
            LocalizedText name;
            int ServiceStats::*value;
            QColor colour;
        } sets[] = {
            {text("Мерзімінде берілді", "Выдано в срок"), &ServiceStats::issuedOnTime, QColor(0x2e, 0x7d, 0x32)},
            {text("Кешігіп берілді", "Выдано с опозданием"), &ServiceStats::issuedLate, QColor(0xc6, 0x28, 0x28)},
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
            QString name = s.name.text(language);
            if (name.size() > 48)
                name = name.left(46) + QStringLiteral("…");
            categories << name;
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
        painter.setRenderHint(QPainter::Antialiasing, true);
        scene.render(&painter, rect, QRectF(QPointF(0, 0), logical));
        scene.removeItem(&chart);
    };
}

} // namespace kense
