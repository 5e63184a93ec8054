#pragma once

#include "DocumentRenderer.h"
#include "Statistics.h"

namespace kense {

/// A stacked bar chart (Qt Charts) of the services report: per service, issued on time, issued late, refused and
/// still open, in both languages. Call it on the GUI thread (Qt Charts is a graphics scene); the painter it returns
/// only places the chart's image, on any thread.
ChartPainter servicesChart(const QList<ServiceStats>& services);

} // namespace kense
