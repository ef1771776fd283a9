#include "coach/loads.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/util.h"
#include "coach/yemit.h"

enum { STEPS_PER_UNIT = 100 }; /* plates in hundredths: 1.25 -> 125 */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

void barbell_totals(double bar, const double *plates, size_t n_plates, double **out, size_t *n)
{
	/* subset sums of one side, in hundredths of a unit */
	long total = 0;
	for (size_t i = 0; i < n_plates; i++)
		total += lround(plates[i] * STEPS_PER_UNIT);
	bool *can = xcalloc((size_t)total + 1, sizeof(*can));
	can[0] = true;
	for (size_t i = 0; i < n_plates; i++) {
		long w = lround(plates[i] * STEPS_PER_UNIT);
		for (long s = total; s >= w; s--)
			if (can[s - w])
				can[s] = true;
	}
	size_t k = 0;
	for (long s = 0; s <= total; s++)
		k += can[s];
	double *v = xmalloc(k * sizeof(*v));
	k = 0;
	for (long s = 0; s <= total; s++)
		if (can[s])
			v[k++] = bar + 2.0 * (double)s / STEPS_PER_UNIT;
	free(can);
	*out = v;
	*n = k;
}

const char *barbell_plates_text(double total, double bar, const double *plates, size_t n_plates,
				char *buf, size_t size)
{
	double *sorted = xmalloc((n_plates ? n_plates : 1) * sizeof(*sorted));
	if (n_plates)
		memcpy(sorted, plates, n_plates * sizeof(*sorted));
	qsort(sorted, n_plates, sizeof(*sorted), cmp_double);
	/* an exact subset sum of one side (each pair used once), heaviest plates
	 * first: a greedy pick misses totals (10 + 15 for 25 with 20s on hand) */
	long side = lround((total - bar) / 2 * STEPS_PER_UNIT);
	buf[0] = '\0';
	if (side <= 0) {
		free(sorted);
		return buf;
	}
	long *from = xmalloc(((size_t)side + 1) * sizeof(*from)); /* plate that reached s, -1 */
	for (long s = 0; s <= side; s++)
		from[s] = -1;
	from[0] = (long)n_plates; /* reached with no plate */
	for (size_t i = n_plates; i-- > 0;) {
		long w = lround(sorted[i] * STEPS_PER_UNIT);
		for (long s = side; s >= w; s--)
			if (from[s] < 0 && from[s - w] >= 0)
				from[s] = (long)i;
	}
	/* the plates of the sum found, printed heaviest first */
	bool *used = xcalloc(n_plates ? n_plates : 1, sizeof(*used));
	for (long s = side; from[side] >= 0 && s > 0; s -= lround(sorted[from[s]] * STEPS_PER_UNIT))
		used[from[s]] = true;
	size_t off = 0;
	for (size_t i = n_plates; i-- > 0;) {
		if (!used[i])
			continue;
		char n[32];
		int wrote = snprintf(buf + off, size > off ? size - off : 0, "%s%s",
				     off ? " + " : "", num_text(sorted[i], n, sizeof(n)));
		if (wrote > 0)
			off += (size_t)wrote;
	}
	free(used);
	free(from);
	free(sorted);
	return buf;
}

/* Bands are levels, not kilograms: the user's bands from light to heavy. */
static void band_levels(struct loadset *ls, const struct profile *p)
{
	ls->tool = TOOL_BAND;
	ls->v = xmalloc(BAND_COUNT * sizeof(*ls->v));
	for (int b = 0; b < BAND_COUNT; b++)
		if (p->bands & (1u << b))
			ls->v[ls->n++] = b;
}

void loadset_for(struct loadset *ls, const struct exercise *e, const struct profile *p)
{
	memset(ls, 0, sizeof(*ls));
	unsigned need = e->equipment;
	if (e->load == LOAD_BAND || (need & (1u << EQ_BAND) && e->load != LOAD_EXTERNAL)) {
		band_levels(ls, p);
		return;
	}
	if (need & (1u << EQ_BARBELL) && p->has_barbell) {
		ls->tool = TOOL_BARBELL;
		barbell_totals(p->bar, p->plates, p->n_plates, &ls->v, &ls->n);
		return;
	}
	const double *src = NULL;
	size_t n = 0;
	if (need & (1u << EQ_MACHINE)) {
		ls->tool = TOOL_MACHINE;
		src = p->machine;
		n = p->n_machine;
	} else if (need & (1u << EQ_CABLE)) {
		ls->tool = TOOL_CABLE;
		src = p->cable;
		n = p->n_cable;
	} else if (need & (1u << EQ_DUMBBELL)) {
		ls->tool = TOOL_DUMBBELL;
		src = p->dumbbells;
		n = p->n_dumbbells;
	} else if (need & (1u << EQ_KETTLEBELL)) {
		ls->tool = TOOL_KETTLEBELL;
		src = p->kettlebells;
		n = p->n_kettlebells;
	} else if (need & (1u << EQ_BAND)) {
		band_levels(ls, p);
		return;
	}
	ls->v = xmalloc((n ? n : 1) * sizeof(*ls->v));
	if (n)
		memcpy(ls->v, src, n * sizeof(*ls->v));
	ls->n = n;
	qsort(ls->v, ls->n, sizeof(*ls->v), cmp_double);
}

void loadset_free(struct loadset *ls)
{
	if (!ls)
		return;
	free(ls->v);
	memset(ls, 0, sizeof(*ls));
}

static const double EPS = 1e-6;

double load_round_down(const struct loadset *ls, double x)
{
	if (!ls->n)
		return 0;
	double best = ls->v[0];
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i] <= x + EPS)
			best = ls->v[i];
	return best;
}

double load_round_up(const struct loadset *ls, double x)
{
	if (!ls->n)
		return 0;
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i] >= x - EPS)
			return ls->v[i];
	return ls->v[ls->n - 1];
}

double load_next_up(const struct loadset *ls, double x)
{
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i] > x + EPS)
			return ls->v[i];
	return x;
}

double load_lightest(const struct loadset *ls)
{
	return ls->n ? ls->v[0] : 0;
}
