#include "coach/chart.h"

static const char *const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
static const char ascii[] = "_.-=+*#@";

void chart_sparkline(struct sbuf *b, const double *v, size_t n, bool utf8)
{
	double lo = 0, hi = 0;
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		if (v[i] < 0)
			continue;
		if (!any || v[i] < lo)
			lo = v[i];
		if (!any || v[i] > hi)
			hi = v[i];
		any = true;
	}
	/* small differences stay small: the scale spans at least a tenth of the top */
	if (any && hi - lo < hi * 0.1)
		lo = hi - hi * 0.1;
	for (size_t i = 0; i < n; i++) {
		if (v[i] < 0) {
			sbuf_putc(b, ' ');
			continue;
		}
		int k = hi > lo ? (int)((v[i] - lo) / (hi - lo) * 7 + 0.5) : 3;
		if (utf8)
			sbuf_puts(b, blocks[k]);
		else
			sbuf_putc(b, ascii[k]);
	}
}

void chart_sparkline_on(struct sbuf *b, const double *v, size_t n, double lo, double hi, bool utf8)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i] < 0) {
			sbuf_putc(b, ' ');
			continue;
		}
		double f = hi > lo ? (v[i] - lo) / (hi - lo) : 0.5;
		int k = (int)(f * 7 + 0.5);
		k = k < 0 ? 0 : k > 7 ? 7 : k;
		if (utf8)
			sbuf_puts(b, blocks[k]);
		else
			sbuf_putc(b, ascii[k]);
	}
}

void chart_bar(struct sbuf *b, double value, double max, int width, bool utf8)
{
	int full = max > 0 ? (int)(value / max * width + 0.5) : 0;
	if (full > width)
		full = width;
	for (int i = 0; i < width; i++)
		sbuf_puts(b, i < full ? (utf8 ? "█" : "#") : (utf8 ? "░" : "."));
}
