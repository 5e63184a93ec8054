#pragma once

#include "DocumentRenderer.h"
#include "Statistics.h"

namespace kense {

/// A horizontal stacked bar chart of the services report: per service, issued on time, issued late, refused and
/// still open, with its axis and legend, in either language. Drawn with QPainter as vectors straight onto the page
/// (preview, printer or PDF), so it needs no widgets and may be painted on any thread.
ChartPainter servicesChart(const QList<ServiceStats>& services);

} // namespace kense
