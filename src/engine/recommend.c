#include "coach/recommend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/i18n.h"

static void why(struct rec_item *r, const char *fmt, ...) COACH_PRINTF(2, 3);
static void why(struct rec_item *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	LINES_VADDF(r->reasons, &r->n_reasons, fmt, ap);
	va_end(ap);
}

static bool has_goal(const struct program *p, const char *g)
{
	for (size_t i = 0; i < p->n_goals; i++)
		if (strcmp(p->goals[i], g) == 0)
			return true;
	return false;
}

/* Gentle programs: for people starting from very little or older adults. */
static bool gentle(const struct program *p)
{
	return has_goal(p, "older-adult") || (p->level == LEVEL_BEGINNER && p->minutes <= 20);
}

/* The fewest reps any slot of the program asks for (its reps_max). */
static int fewest_reps(const struct program *p)
{
	int fewest = p->defaults.reps_max;
	for (size_t d = 0; d < p->n_days; d++)
		for (size_t i = 0; i < p->days[d].n_slots; i++)
			if (p->days[d].slots[i].p.reps_max < fewest)
				fewest = p->days[d].slots[i].p.reps_max;
	return fewest;
}

/* How the program's level, days and minutes fit the person's. */
static void score_fit(const struct rec_query *q, struct rec_item *r)
{
	const struct program *p = r->p;
	if (p->level == q->level) {
		r->score += 3;
		why(r, _("written for %s level, like you"), level_word(p->level));
	} else if (p->level < q->level) {
		r->score += 1;
		why(r, _("a %s program: easy to start, below your level"), level_word(p->level));
	} else {
		r->score -= 4;
		why(r, _("written for %s level, above yours"), level_word(p->level));
	}
	int dd = p->days_per_week - q->days;
	if (dd == 0) {
		r->score += 3;
		why(r, _("%d days a week, the days you have"), p->days_per_week);
	} else if (dd < 0) {
		r->score += 2;
		why(r, _("%d days a week; you have %d, so there is room to spare"),
		    p->days_per_week, q->days);
	} else {
		r->score -= 2 * dd;
		why(r, _("%d days a week, more than the %d you have"), p->days_per_week, q->days);
	}
	if (p->minutes <= q->minutes) {
		r->score += 2;
		why(r, _("about %d min a session, within your %d"), p->minutes, q->minutes);
	} else if (p->minutes <= q->minutes + 15) {
		why(r, _("about %d min a session; the coach trims it to your %d"), p->minutes,
		    q->minutes);
	} else {
		r->score -= 2;
		why(r, _("about %d min a session, well over your %d"), p->minutes, q->minutes);
	}
}

/* The goals the program shares with the person's. */
static void score_goals(const struct rec_query *q, struct rec_item *r)
{
	const struct program *p = r->p;
	struct sbuf g = {0};
	for (size_t i = 0; i < q->n_goals; i++)
		if (has_goal(p, q->goals[i])) {
			bool core = strcmp(q->goals[i], "mood") == 0 ||
				    strcmp(q->goals[i], "anxiety") == 0;
			r->score += core ? 2 : 1;
			sbuf_printf(&g, "%s%s", g.len ? ", " : "", goal_word(q->goals[i]));
		}
	if (g.len)
		why(r, _("aims at %s"), sbuf_str(&g));
	sbuf_free(&g);
}

/* High blood pressure, age, an uncleared PAR-Q+: what the person's health asks of a program. */
static void score_health(const struct rec_query *q, const struct policy *pol, struct rec_item *r)
{
	const struct program *p = r->p;
	int fewest = fewest_reps(p);
	if (q->hypertension && fewest < pol->hypertension_min_reps) {
		r->score -= 8;
		why(r,
		    _("sets of %d reps: with high blood pressure, %d-12 reps at a lighter load "
		      "suit "
		      "you better (ACSM); the coach would raise them to %d"),
		    fewest, (int)pol->hypertension_min_reps, (int)pol->hypertension_min_reps);
	}
	if (q->age >= pol->older_age_from) {
		if (has_goal(p, "older-adult")) {
			r->score += 8;
			/* short enough for one line of the chooser at 80 columns */
			why(r, _("written for older adults (you are %d): ACSM doses, balance work"),
			    q->age);
		} else if (p->level > LEVEL_BEGINNER) {
			r->score -= 4;
			why(r,
			    _("not for older adults: at %d, balance work and a lighter start suit "
			      "you"),
			    q->age);
		}
	}
	if (!q->parq_cleared && gentle(p)) {
		r->score += 10;
		why(r, _("gentle: a good start while your PAR-Q+ follow-up is open"));
	}
}

static void score(const struct rec_query *q, const struct policy *pol, struct rec_item *r)
{
	const struct program *p = r->p;
	unsigned have = q->equipment | (1u << EQ_BODYWEIGHT);
	unsigned missing = p->equipment & ~have;
	if (missing) {
		struct sbuf b = {0};
		for (int i = 0; i < EQ_COUNT; i++)
			if (missing & (1u << i))
				sbuf_printf(&b, "%s%s", b.len ? ", " : "", equipment_word(i));
		r->excluded = true;
		snprintf(r->excluded_why, sizeof(r->excluded_why), _("needs %s"), sbuf_str(&b));
		sbuf_free(&b);
		return;
	}
	struct sbuf eq = {0};
	equipment_shown(&eq, p->equipment, ", ");
	why(r, _("fits your equipment (%s)"), sbuf_str(&eq));
	sbuf_free(&eq);
	score_fit(q, r);
	score_goals(q, r);
	score_health(q, pol, r);
}

static int by_score(const void *a, const void *b)
{
	const struct rec_item *x = a, *y = b;
	if (x->excluded != y->excluded)
		return x->excluded ? 1 : -1;
	if (x->score != y->score)
		return y->score - x->score;
	return strcmp(x->p->id, y->p->id);
}

void recommend(const struct catalog *cat, const struct rec_query *q, struct rec_item **out,
	       size_t *n)
{
	struct rec_item *v = xcalloc(cat->n_programs ? cat->n_programs : 1, sizeof(*v));
	for (size_t i = 0; i < cat->n_programs; i++) {
		v[i].p = cat->programs[i];
		score(q, &cat->policy, &v[i]);
	}
	qsort(v, cat->n_programs, sizeof(*v), by_score);
	*out = v;
	*n = cat->n_programs;
}
