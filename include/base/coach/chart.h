/* chart.h - small text charts for the terminal: sparklines and bars.
 *
 * Pure text, so the core can draw them and tests can read them; with
 * utf8 false they use ASCII only.
 */
#ifndef COACH_CHART_H
#define COACH_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/util.h"

/* One character per value, scaled between the smallest and largest; a
 * value below 0 is a gap.  Appends to b. */
void chart_sparkline(struct sbuf *b, const double *v, size_t n, bool utf8);
/* The same on a scale given, lo to hi, shared by the rows of one chart, so
 * a change looks like its size (values outside are drawn at the ends). */
void chart_sparkline_on(struct sbuf *b, const double *v, size_t n, double lo, double hi, bool utf8);
/* A horizontal bar of `width` columns filled in proportion value/max. */
void chart_bar(struct sbuf *b, double value, double max, int width, bool utf8);

#endif
