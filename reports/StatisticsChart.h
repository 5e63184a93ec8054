#pragma once

#include "DocumentRenderer.h"
#include "Statistics.h"

namespace kense {

/// A stacked bar chart (Qt Charts) of the services report: per service, issued on time, issued late, refused and
/// still open. Drawn as vectors into the document, in the document's language.
ChartPainter servicesChart(const QList<ServiceStats>& services);

} // namespace kense
