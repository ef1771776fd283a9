/* warmup.c - what comes beside the work: the warm-up before it and the
 * aerobic minutes around it.  Two pure stages of rx_build (rx.h). */
#include <stdio.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/rx.h"
#include "coach/yemit.h"

/* A lift worth ramping up to: a compound pattern moved with an external
 * load, at a load found already (a calibration set is its own warm-up). */
static bool heavy_compound(const struct rx_exercise *x)
{
	if (!x->ex || x->ex->load != LOAD_EXTERNAL || x->calibration || x->seconds ||
	    x->tool == TOOL_BAND || x->tool == TOOL_NONE)
		return false;
	switch (x->ex->pattern) {
	case PAT_SQUAT:
	case PAT_HINGE:
	case PAT_LUNGE:
	case PAT_PUSH_H:
	case PAT_PUSH_V:
	case PAT_PULL_H:
	case PAT_PULL_V:
		return true;
	default:
		return false;
	}
}

/* Ramp sets at pct of the working load, rounded down to a load the person
 * can make; one that comes out at the working load (or at the one before)
 * is left out, so each ramp set is a real step. */
static void ramp(struct rx_exercise *x, const struct profile *prof, const struct policy *pol)
{
	struct loadset ls;
	loadset_for(&ls, x->ex, prof);
	const double pct[] = {pol->warmup_ramp1_pct, pol->warmup_ramp2_pct};
	const double reps[] = {pol->warmup_ramp1_reps, pol->warmup_ramp2_reps};
	double last = 0;
	for (size_t i = 0; i < RX_MAX_WARMUP && ls.n; i++) {
		double v = load_round_down(&ls, x->load * pct[i] / 100);
		if (v >= x->load - 1e-9 || v <= last + 1e-9)
			continue;
		x->warmup[x->n_warmup++] = (struct rx_warmup_set){(int)reps[i], v};
		last = v;
	}
	loadset_free(&ls);
}

void rx_warmup(const struct rx_input *in, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	for (size_t i = 0; i < rx->n_ex; i++)
		rx->ex[i].n_warmup = 0;
	rx->warmup_min = 0;
	rx->warmup_what[0] = '\0';
	if (!rx->day || rx->n_ex == 0)
		return;
	/* the short session: a shorter warm-up before its few light sets (policy) */
	rx->warmup_min = (int)(rx->short_taken ? pol->time_budget_short_warmup_min
					       : pol->time_budget_warmup_min);
	if (rx->warmup_min > 0)
		snprintf(rx->warmup_what, sizeof(rx->warmup_what),
			 _("%d minutes of easy movement: march or walk on the spot, circle "
			   "your arms and hips, then a few slow reps of the first exercise with no "
			   "weight"),
			 rx->warmup_min);
	for (size_t i = 0; i < rx->n_ex; i++)
		if (heavy_compound(&rx->ex[i])) {
			ramp(&rx->ex[i], in->prof, pol);
			break;
		}
}

const char *rx_warmup_text(const struct rx *rx, const struct rx_exercise *x, char *buf, size_t size)
{
	buf[0] = '\0';
	size_t n = 0;
	for (size_t k = 0; k < x->n_warmup && n < size; k++) {
		char v[32];
		/* TRANSLATORS: the first ramp-up set, then each further one after a comma:
		   "warm-up sets first (not counted): 8 at 8 kg, 4 at 12 kg" */
		int w = snprintf(
			buf + n, size - n,
			k ? _(", %d at %s %s") : _("warm-up sets first (not counted): %d at %s %s"),
			x->warmup[k].reps, num_text(x->warmup[k].load, v, sizeof(v)), rx->unit);
		if (w < 0)
			break;
		n += (size_t)w;
	}
	return buf;
}

/* Aerobic minutes logged from the Monday of date up to and including it. */
static int week_aerobic(const struct rx_history *h)
{
	int monday = date_monday(h->date), min = 0;
	const struct logged_list *lists[] = {&h->before, &h->today};
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; i < lists[k]->n; i++) {
			const struct logged_session *s = &lists[k]->v[i];
			if (s->date < monday || s->date > h->date)
				continue;
			for (size_t j = 0; j < s->n_aerobic; j++)
				min += s->aerobic[j].minutes;
		}
	return min;
}

void rx_aerobic(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	rx->aerobic_week_min = week_aerobic(h);
	rx->aerobic_min = 0;
	rx->aerobic_what[0] = '\0';
	int left = (int)pol->week_aerobic_min_target - rx->aerobic_week_min;
	if (left <= 0 || rx->before_start)
		return;
	if (rx->rest_day) {
		rx->aerobic_min =
			left < pol->aerobic_suggest_min ? left : (int)pol->aerobic_suggest_min;
		if (rx->aerobic_min < 10)
			rx->aerobic_min = 10;
		snprintf(rx->aerobic_what, sizeof(rx->aerobic_what),
			 _("a brisk walk of about %d minutes (or a bike ride or a swim): %d of the "
			   "week's %d aerobic minutes are done"),
			 rx->aerobic_min, rx->aerobic_week_min, (int)pol->week_aerobic_min_target);
	}
}
